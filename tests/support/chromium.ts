import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags the env documentation gives: without the networking ones Chromium dials out to a closed network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The issue asks for legible labels at this size; the browser tests and the render bench use it. */
export const VIEWPORT = { width: 1280, height: 720 };

/**
 * Debian's Chromium for the browser tests: installed with apt-get when missing and running as root.
 * Elsewhere the browser suites skip with a message saying what to install, except in CI, where a
 * missing browser is a failure: CI must run them.
 */
export function ensureChromium(log: (m: string) => void): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const root = process.getuid?.() === 0;
  if (root) {
    log('installing Debian chromium with apt-get (first run on this machine)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
        stdio: 'ignore',
        timeout: 600_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (e) {
      log(`apt-get install chromium failed: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (existsSync(CHROMIUM_PATH)) return;
  const message = `BROWSER TESTS NEED CHROMIUM: ${CHROMIUM_PATH} is missing. Install it with \`sudo apt-get install chromium\` (or set CHROMIUM_PATH).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\nThe browser suites will be SKIPPED.\n${'!'.repeat(100)}\n`);
}
