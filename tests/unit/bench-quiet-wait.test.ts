import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntilQuiet } from '../../bench/peer/cpu.js';

/** The scale bench waits for Neo4j to go quiet before each measured run; this is that wait. */
describe('waitUntilQuiet', () => {
  let child: ChildProcess | null = null;
  afterEach(() => {
    child?.kill('SIGKILL');
    child = null;
  });
  const start = (script: string) => {
    child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    return child.pid!;
  };

  it('returns after two quiet windows for a process that does nothing', async () => {
    const pid = start('setTimeout(() => {}, 60000)');
    const waited = await waitUntilQuiet(pid, { windowMs: 250, share: 0.02, timeoutMs: 10_000 });
    expect(waited).toBeGreaterThanOrEqual(500);
    expect(waited).toBeLessThan(10_000);
  });

  it('keeps waiting, up to its timeout, while the process keeps a core busy', async () => {
    const pid = start('for (;;) {}');
    const waited = await waitUntilQuiet(pid, { windowMs: 250, share: 0.02, timeoutMs: 1_500 });
    expect(waited).toBeGreaterThanOrEqual(1_500);
  });
});
