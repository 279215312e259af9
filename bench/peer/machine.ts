import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';

const require = createRequire(import.meta.url);

function javaVersion(): string {
  // java -version writes to stderr.
  const r = spawnSync(process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java', ['-version'], { encoding: 'utf8' });
  return `${r.stderr ?? ''}${r.stdout ?? ''}`.split('\n')[0]!.trim() || 'unknown';
}

function packageVersion(name: string): string {
  const file = require.resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
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
