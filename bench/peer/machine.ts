import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

function javaVersion(): string {
  // java -version writes to stderr.
  const r = spawnSync(process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java', ['-version'], { encoding: 'utf8' });
  return `${r.stderr ?? ''}${r.stdout ?? ''}`.split('\n')[0]!.trim() || 'unknown';
}

/** An installed package's version (its exports may hide package.json, so it is found on disk). */
function packageVersion(name: string): string {
  try {
    let dir = path.dirname(require.resolve(name));
    while (dir !== path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? 'unknown';
      }
      dir = path.dirname(dir);
    }
  } catch {
    // Not installed: say so rather than fail the report.
  }
  return 'unknown';
}

/** What the numbers were measured on: they mean nothing without it. */
export function describeMachine(neo4jVersion: string) {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    ram: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: javaVersion(),
    neo4j: `${neo4jVersion} Community`,
    neo4jGraphql: packageVersion('@neo4j/graphql'),
    graphqlYoga: packageVersion('graphql-yoga'),
    autocannon: packageVersion('autocannon'),
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}
export type Machine = ReturnType<typeof describeMachine>;
