import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { loadSeedFromConfig } from '../../src/seed/load-seed.js';
import { testApp } from '../support/test-app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags the env documentation gives: without the networking ones Chromium dials out to a closed network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const ARTIFACTS = path.resolve('test-artifacts');

export const hasChromium = existsSync(CHROMIUM);

/** Debian's Chromium on a fresh, throw-away profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'kg-chromium-'));
  // headless: false here because '--headless' is passed as given; Playwright would otherwise add its own.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The service on a real port: EXPLORE_TEST_URL points at one you run; otherwise an App on the test
 * Neo4j with the seed graph loaded, served by the real Yoga (which serves /explore too).
 */
export async function startService(): Promise<{ url: string; close: () => Promise<void> }> {
  if (process.env.EXPLORE_TEST_URL) return { url: process.env.EXPLORE_TEST_URL.replace(/\/$/, ''), close: async () => {} };
  const t = testApp();
  await loadSeedFromConfig(t.app);
  const server: Server = createServer((req, res) => void t.yoga(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}


interface ExploreRel { id: string; type: string; category: string; when: { iso: string; start: string; end: string } | null }
declare global {
  /** What explore/main.ts puts on window for tests (see the page for the full shape). */
  interface Window {
    __explore: {
      ready: Promise<void>;
      cy: import('cytoscape').Core;
      pcy: import('cytoscape').Core;
      state: { expanded: Set<string>; rels: Map<string, ExploreRel>; pressures: ExploreRel[] | null; focus: string; view: string };
      idle: () => Promise<void>;
      visibleEdgeCount: () => number;
      setWindow: (from: number | string, to: number | string) => void;
      setView: (view: 'network' | 'pressure') => void;
      jumpTo: (key: string) => Promise<void>;
    };
  }
}
