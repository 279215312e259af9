import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildExplore, exploreRoutes } from '../../src/http/explore.js';
import { loadSeed } from '../../src/store/seed-load.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from '../support/chromium.js';
import { testApp } from '../support/test-app.js';
// window.__explore's type, from the page's own test hook.
export type { ExploreTestHook } from '../../explore/test-hook.js';

export const CHROMIUM = CHROMIUM_PATH;
export const ARTIFACTS = path.resolve('test-artifacts');
export { VIEWPORT };

export const hasChromium = existsSync(CHROMIUM);

/** Debian's Chromium on a fresh, throw-away profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'kg-chromium-'));
  // headless: false here because '--headless' is passed as given; Playwright would otherwise add its own.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The paths exploreRoutes answers: the explorer, the review page and their assets. */
const isPagePath = (pathname: string) => pathname === '/explore' || pathname === '/review' || pathname.startsWith('/explore/');

/** Serves one of exploreRoutes' handlers on a node request. */
async function serveExplore(routes: ReturnType<typeof exploreRoutes>, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const handler = url.pathname === '/explore' || url.pathname === '/review' ? routes[url.pathname]! : routes['/explore/*']!;
  const response = await handler(new Request(url, { method: req.method ?? 'GET' }), url);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * The service on a real port: EXPLORE_TEST_URL points at one you run (serving a test build:
 * `npm run build:explore -- --test`); otherwise an App on the test Neo4j with the seed graph
 * loaded, served by the real Yoga, with /explore and /review answered from a test build of the
 * pages (the explorer's with the window.__explore hook) made for this run; `app` is then that
 * App, for tests that make keys or read back through it.
 */
export async function startService(): Promise<{ url: string; app?: ReturnType<typeof testApp>; close: () => Promise<void> }> {
  if (process.env.EXPLORE_TEST_URL) return { url: process.env.EXPLORE_TEST_URL.replace(/\/$/, ''), close: async () => {} };
  const t = testApp();
  await loadSeed(t.app.db, t.app.config.seedDir, t.app.config.sourcesDir);
  const outDir = mkdtempSync(path.join(tmpdir(), 'kg-explore-test-'));
  await buildExplore({ outDir, mode: 'test' });
  const explore = exploreRoutes({ outDir });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (isPagePath(url.pathname)) void serveExplore(explore, req, res, url);
    else void t.yoga(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app: t,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
