import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');
const pomFile = path.join(projectRoot, 'neo4j/pom.xml');
const launcherSource = path.join(projectRoot, 'neo4j/Launcher.java');

/** A failure the user can act on: the message says what to do. */
export class ProvisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvisionError';
  }
}

export function neo4jVersion(): string {
  const match = /<neo4j.version>([^<]+)<\/neo4j.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match?.[1]) throw new ProvisionError(`${pomFile} does not name a neo4j.version`);
  return match[1];
}

export interface Runtime {
  version: string;
  classpath: string;
  java: string;
}

async function javaMajor(java: string): Promise<number> {
  try {
    const { stderr, stdout } = await run(java, ['-version']);
    const m = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
    const major = Number(m?.[1]);
    return major === 1 ? Number(m?.[2]) : major;
  } catch {
    throw new ProvisionError('Java was not found. Neo4j 5.26 needs Java 17 or 21: install a JDK (e.g. `apt-get install openjdk-17-jdk-headless`) or set JAVA_HOME.');
  }
}

function javaBinary(name: 'java' | 'javac'): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', name) : name;
}

/**
 * Makes sure the Neo4j jars and the compiled launcher are under `home`. The first call downloads
 * from Maven Central with the machine's Maven; later calls reuse what is there.
 */
export async function provisionRuntime(home: string, log: (msg: string) => void = () => {}): Promise<Runtime> {
  const version = neo4jVersion();
  const java = javaBinary('java');
  const major = await javaMajor(java);
  if (major !== 17 && major !== 21) {
    throw new ProvisionError(`Neo4j ${version} runs on Java 17 or 21, but \`${java}\` is Java ${major}. Point JAVA_HOME at a JDK 17.`);
  }
  const runtimeDir = path.join(home, `runtime-${version}`);
  const libDir = path.join(runtimeDir, 'lib');
  if (!existsSync(path.join(libDir, '.complete'))) {
    log(`downloading Neo4j Community ${version} from Maven Central (first start only, ~125 MB)…`);
    try {
      await run('mvn', ['-v']);
    } catch {
      throw new ProvisionError('Maven (`mvn`) was not found. It fetches Neo4j from Maven Central on the first start: install it (e.g. `apt-get install maven`), or set NEO4J_URI to use a Neo4j you already run.');
    }
    const tmp = `${libDir}.partial`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    try {
      await run('mvn', ['-q', '-B', '-f', pomFile, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`], { maxBuffer: 16 * 1024 * 1024 });
    } catch (e) {
      const out = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
      const tail = out.split('\n').filter((l) => /ERROR/.test(l)).slice(0, 3).join(' | ');
      rmSync(tmp, { recursive: true, force: true });
      throw new ProvisionError(`Downloading Neo4j ${version} from Maven Central failed (${tail || 'no output'}). Check network access to Maven Central and any proxy or mirror in ~/.m2/settings.xml, then start again; or set NEO4J_URI to use your own Neo4j.`);
    }
    writeFileSync(path.join(tmp, '.complete'), `${version}\n`);
    rmSync(libDir, { recursive: true, force: true });
    renameSync(tmp, libDir);
  }
  const classesDir = path.join(runtimeDir, 'launcher');
  const stamp = path.join(classesDir, '.source-sha256');
  const sourceHash = createHash('sha256').update(readFileSync(launcherSource)).digest('hex');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== sourceHash) {
    rmSync(classesDir, { recursive: true, force: true });
    mkdirSync(classesDir, { recursive: true });
    try {
      await run(javaBinary('javac'), ['-cp', `${libDir}/*`, '-d', classesDir, launcherSource]);
    } catch (e) {
      throw new ProvisionError(`Compiling the Neo4j launcher failed; a full JDK (with javac) is needed: ${(e as Error).message.split('\n')[0]}`);
    }
    writeFileSync(stamp, sourceHash);
  }
  const jars = readdirSync(libDir).filter((f) => f.endsWith('.jar'));
  if (jars.length < 50) throw new ProvisionError(`${libDir} holds only ${jars.length} jars; delete ${runtimeDir} and start again to re-download.`);
  return { version, classpath: `${classesDir}${path.delimiter}${libDir}/*`, java };
}

/** The password for a provisioned server: NEO4J_PASSWORD, else one generated once and kept (0600) under home. */
export function localPassword(home: string, configured: string | null): string {
  if (configured) return configured;
  const file = path.join(home, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(home, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
