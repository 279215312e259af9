import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Python side of the tests: a virtualenv in `.venv/` (git-ignored) with notebooks/requirements.txt
 * installed. It is made on first use and remade only when requirements.txt (or the Python it was
 * made with) changes: `.venv/.kg-requirements.sha256` records what was installed.
 *
 * Where Python cannot be had (no python3, no venv module, pip cannot reach the index), the answer is
 * `{ reason }`, naming what to install, so the suite can skip loudly. In CI (`CI` set) that is an
 * error instead: CI must run these tests, not skip them.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VENV_DIR = path.join(ROOT, '.venv');
export const REQUIREMENTS = path.join(ROOT, 'notebooks', 'requirements.txt');
const STAMP = path.join(VENV_DIR, '.kg-requirements.sha256');
const PIP_LOG = path.join(ROOT, 'test-artifacts', 'pip-install.log');
const MIN_PYTHON: [number, number] = [3, 11];

export type PythonEnv =
  | { python: string; installed: boolean; ms: number; reason?: undefined }
  | { reason: string; python?: undefined };

const venvPython = () => path.join(VENV_DIR, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
export const inCI = () => !!process.env.CI && !['0', 'false', 'no'].includes(process.env.CI.toLowerCase());

const HOW_TO_INSTALL =
  'Install Python 3.11 or newer with its venv module (Debian/Ubuntu: `apt-get install python3 python3-venv python3-pip`), ' +
  'or make the notebook environment yourself: `python3 -m venv .venv && .venv/bin/pip install -r notebooks/requirements.txt`.';

/** Fast, synchronous: can this machine make the virtualenv at all? null when it can (or already has). */
export function pythonEnvProblem(): string | null {
  if (existsSync(venvPython()) && run(venvPython(), ['-c', 'import sys']).ok) return null;
  const probe = run('python3', ['-c', 'import sys, venv, ensurepip; print("%d.%d" % sys.version_info[:2])']);
  if (probe.missing) return `python3 is not on PATH. ${HOW_TO_INSTALL}`;
  if (!probe.ok) {
    return `python3 cannot make virtualenvs (the venv/ensurepip modules are missing: ${lastLine(probe.stderr)}). ${HOW_TO_INSTALL}`;
  }
  const [major = 0, minor = 0] = probe.stdout.trim().split('.').map(Number);
  if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
    return `python3 is ${major}.${minor}, but the notebook's pinned packages (pandas 3, numpy 2.4) need ${MIN_PYTHON.join('.')} or newer. ${HOW_TO_INSTALL}`;
  }
  return null;
}

/**
 * Makes or reuses the virtualenv and returns its python. Slow the first time (pip downloads about
 * 70 MB of wheels): give the calling hook a long timeout. Throws instead of returning a reason in CI.
 */
export async function ensurePythonEnv(log: (msg: string) => void = (m) => console.log(`[python env] ${m}`)): Promise<PythonEnv> {
  const started = performance.now();
  const fail = (reason: string): PythonEnv => {
    if (inCI()) throw new Error(`CI must run the notebook tests, but the Python environment is not available: ${reason}`);
    return { reason };
  };
  const problem = pythonEnvProblem();
  if (problem) return fail(problem);
  // Two test runs at once in this checkout must not pip-install into one .venv/ together.
  const unlock = await lock(log);
  try {
    return await makeOrReuse(started, fail, log);
  } finally {
    unlock();
  }
}

async function makeOrReuse(started: number, fail: (reason: string) => PythonEnv, log: (msg: string) => void): Promise<PythonEnv> {
  const requirements = readFileSync(REQUIREMENTS);
  const python = venvPython();
  const version = existsSync(python) ? run(python, ['-c', 'import sys; print(sys.version)']) : null;
  const wanted = stampFor(requirements, version?.ok ? version.stdout : '');
  if (version?.ok && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === wanted) {
    return { python, installed: false, ms: Math.round(performance.now() - started) };
  }

  if (!version?.ok) {
    // None, or a broken one (moved folder, removed interpreter): make it anew.
    rmSync(VENV_DIR, { recursive: true, force: true });
    log(`creating ${path.relative(ROOT, VENV_DIR)}/ with python3 -m venv`);
    const made = await runAsync('python3', ['-m', 'venv', VENV_DIR]);
    if (made.code !== 0) return fail(`\`python3 -m venv .venv\` failed: ${lastLine(made.output)}. ${HOW_TO_INSTALL}`);
  }
  rmSync(STAMP, { force: true });
  log(`installing notebooks/requirements.txt into .venv/ (first run or requirements changed; this takes a few minutes). pip's output: ${path.relative(ROOT, PIP_LOG)}`);
  mkdirSync(path.dirname(PIP_LOG), { recursive: true });
  const pip = await runAsync(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '-r', REQUIREMENTS], PIP_LOG);
  if (pip.code !== 0) {
    return fail(
      `\`pip install -r notebooks/requirements.txt\` failed (exit ${pip.code}; no access to the package index?): ${lastLine(pip.output)} ` +
        `Full log: ${path.relative(ROOT, PIP_LOG)}. Install the requirements into .venv/ by hand, or run where PyPI is reachable.`,
    );
  }
  const installedVersion = run(python, ['-c', 'import sys; print(sys.version)']);
  writeFileSync(STAMP, `${stampFor(requirements, installedVersion.stdout)}\n`);
  const ms = Math.round(performance.now() - started);
  log(`.venv/ ready in ${(ms / 1000).toFixed(1)} s`);
  return { python, installed: true, ms };
}

/** A loud, boxed console message, for a suite that skips. */
export function warnSkipped(suite: string, reason: string): void {
  const lines = [`SKIPPED: ${suite}`, '', ...wrap(reason, 94)];
  const width = Math.max(...lines.map((l) => l.length));
  const bar = '!'.repeat(width + 4);
  console.warn(['', bar, ...lines.map((l) => `! ${l.padEnd(width)} !`), bar, ''].join('\n'));
}

/** A lock folder beside the system's temp files, one per checkout; a lock older than 20 minutes is stale. */
async function lock(log: (msg: string) => void): Promise<() => void> {
  const dir = path.join(tmpdir(), `kg-venv-${createHash('sha256').update(VENV_DIR).digest('hex').slice(0, 12)}.lock`);
  let said = false;
  for (;;) {
    try {
      mkdirSync(dir);
      const release = () => rmSync(dir, { recursive: true, force: true });
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = Date.now() - (statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 20 * 60_000) rmSync(dir, { recursive: true, force: true });
      else {
        if (!said) log(`another test run is setting up .venv/; waiting for it (lock: ${dir})`);
        said = true;
        await new Promise((r) => setTimeout(r, 2_000));
      }
    }
  }
}

function stampFor(requirements: Buffer, pythonVersion: string): string {
  return createHash('sha256').update(requirements).update('\0').update(pythonVersion.trim()).digest('hex');
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { ok: r.status === 0, missing, stdout: r.stdout ?? '', stderr: r.stderr || String(r.error ?? '') };
}

/** Asynchronous, so a long pip install never blocks the test worker; output is kept (and teed to a log file). */
function runAsync(cmd: string, args: string[], logFile?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const file = logFile ? createWriteStream(logFile) : null;
    let output = '';
    const take = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      file?.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (e) => take(Buffer.from(String(e))));
    child.on('close', (code) => {
      file?.end();
      resolve({ code: code ?? 1, output });
    });
  });
}

function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(-3)
      .join(' / ') || 'no output'
  );
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
