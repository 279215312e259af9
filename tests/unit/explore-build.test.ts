import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExplore, exploreRoutes } from '../../src/http/explore.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'kg-explore-build-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function get(routes: ReturnType<typeof exploreRoutes>, pathname: string): Promise<Response> {
  const url = new URL(pathname, 'http://test');
  const handler = pathname === '/explore' || pathname === '/review' ? routes[pathname]! : routes['/explore/*']!;
  return handler(new Request(url), url);
}

describe('the explorer bundle', () => {
  it('in production has no test hook and no source maps, and none is served', async () => {
    const dir = tmp();
    const manifest = await buildExplore({ outDir: dir, mode: 'production' });
    const files = readdirSync(dir);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const js = readFileSync(path.join(dir, manifest.script), 'utf8');
    expect(js).not.toContain('__explore');
    expect(js).not.toContain('sourceMappingURL');
    // A stray map in the folder is still not served by a production build.
    writeFileSync(path.join(dir, `${manifest.script}.map`), '{}');
    const routes = exploreRoutes({ outDir: dir });
    expect((await get(routes, '/explore')).status).toBe(200);
    expect((await get(routes, `/explore/${manifest.script}`)).status).toBe(200);
    expect((await get(routes, `/explore/${manifest.script}.map`)).status).toBe(404);
  }, 60_000);

  it('builds /review beside the explorer: its own page and bundle, under the same CSP, without the test hook', async () => {
    const dir = tmp();
    const manifest = await buildExplore({ outDir: dir, mode: 'production' });
    const routes = exploreRoutes({ outDir: dir });
    const page = await get(routes, '/review');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy');
    expect(csp).toBe((await get(routes, '/explore')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('script-src');
    const html = await page.text();
    expect(html).toContain(`<script type="module" src="/explore/${manifest.reviewScript}"></script>`);
    expect(html).toContain(`/explore/${manifest.reviewStyles}`);
    // No inline script: every <script> has a src.
    expect(html.match(/<script\b[^>]*>/g)!.every((tag) => / src="\/explore\//.test(tag))).toBe(true);
    const js = await get(routes, `/explore/${manifest.reviewScript}`);
    expect(js.status).toBe(200);
    expect(await js.text()).not.toContain('__explore');
    // The page under its asset name gets the same headers as under /review.
    expect((await get(routes, '/explore/review.html')).headers.get('content-security-policy')).toBe(csp);
  }, 60_000);

  it('for tests has the hook and linked source maps', async () => {
    const dir = tmp();
    const manifest = await buildExplore({ outDir: dir, mode: 'test' });
    const js = readFileSync(path.join(dir, manifest.script), 'utf8');
    expect(js).toContain('__explore');
    expect(js).toContain(`sourceMappingURL=${manifest.script}.map`);
    expect((await get(exploreRoutes({ outDir: dir }), `/explore/${manifest.script}.map`)).status).toBe(200);
  }, 60_000);

  it('is never built by a request: without a build the page says how to make one', async () => {
    const dir = tmp();
    const res = await get(exploreRoutes({ outDir: dir }), '/explore');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:explore');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('serves a rebuild on the next page load, keeping the old assets for pages still open', async () => {
    const dir = tmp();
    const first = await buildExplore({ outDir: dir, mode: 'production' });
    const routes = exploreRoutes({ outDir: dir });
    expect(await (await get(routes, '/explore')).text()).toContain(first.script);
    // A changed bundle under a new name, with a newer manifest.
    await new Promise((r) => setTimeout(r, 20));
    const oldJs = readFileSync(path.join(dir, first.script));
    const second = await buildExplore({ outDir: dir, mode: 'test' });
    expect(await (await get(routes, '/explore')).text()).toContain(second.script);
    const stale = await get(routes, `/explore/${first.script}`);
    expect(stale.status).toBe(200);
    expect(Buffer.from(await stale.arrayBuffer()).equals(oldJs)).toBe(true);
  }, 60_000);
});
