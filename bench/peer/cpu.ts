import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ). */
export function ticksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** User plus system CPU time a process (all its threads) has used, in clock ticks. */
export function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may hold spaces, start at state (field 3); utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until a process uses less than `share` of one core over a `windowMs` window, twice in a
 * row, or `timeoutMs` has passed. After a load run the JVM still compiles the code paths it just
 * ran hot, collects garbage and flushes; started at once, the next run is charged for that work.
 * Returns how long it waited.
 */
export async function waitUntilQuiet(pid: number, { share = 0.1, windowMs = 300, timeoutMs = 20_000 } = {}): Promise<number> {
  const started = Date.now();
  const perWindow = (ticksPerSecond() * windowMs * share) / 1000;
  let quiet = 0;
  while (quiet < 2 && Date.now() - started < timeoutMs) {
    const before = cpuTicks(pid);
    await new Promise((r) => setTimeout(r, windowMs));
    quiet = cpuTicks(pid) - before <= perWindow ? quiet + 1 : 0;
  }
  return Date.now() - started;
}
