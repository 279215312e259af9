/**
 * The explorer and GraphiQL as a person uses them: Debian's Chromium, driven by playwright-core,
 * against the real service. Screenshots land in test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM, hasChromium, launchBrowser, startService } from './browser.js';

if (!hasChromium) {
  console.warn(`\n*** browser tests SKIPPED: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium ***\n`);
}

// Month index used by the page's sliders: 0 = January 2021.
const month = (y: number, m: number) => (y - 2021) * 12 + (m - 1);

describe.skipIf(!hasChromium)('explorer in Chromium', () => {
  let service: Awaited<ReturnType<typeof startService>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    service = await startService();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(service.url) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  const count = () => page.evaluate(() => ({ nodes: window.__explore.cy.nodes().length, edges: window.__explore.cy.edges().length, visible: window.__explore.visibleEdgeCount() }));
  const idle = () => page.evaluate(() => window.__explore.idle());

  it('opens on the neighbourhood of Anthropic, coloured by kind and category, with legends', async () => {
    const res = await page.goto(`${service.url}/explore`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-type']).toMatch(/^text\/html/);
    await page.waitForFunction(() => window.__explore !== undefined);
    await page.evaluate(() => window.__explore.ready);
    await idle();
    const c = await count();
    expect(c.nodes).toBeGreaterThan(3);
    expect(c.edges).toBeGreaterThan(3);
    const anthropic = await page.evaluate(() => {
      const n = window.__explore.cy.getElementById('anthropic');
      return { exists: n.nonempty(), color: n.style('background-color'), focus: n.hasClass('focus') };
    });
    expect(anthropic).toMatchObject({ exists: true, focus: true });
    // Kinds and categories really change the colours.
    const colours = await page.evaluate(() => ({
      kinds: new Set(window.__explore.cy.nodes().map((n) => `${n.data('kind')}=${n.style('background-color')}`)).size,
      categories: new Set(window.__explore.cy.edges().map((e) => `${e.data('category')}=${e.style('line-color')}`)).size,
    }));
    expect(colours.kinds).toBeGreaterThan(1);
    expect(colours.categories).toBeGreaterThan(1);
    await expect(page.locator('[data-testid=legend-kinds] li').count()).resolves.toBe(6);
    await expect(page.locator('[data-testid=legend-categories] li').count()).resolves.toBeGreaterThanOrEqual(7);
    expect(await page.locator('[data-testid=status]').textContent()).toMatch(/\d+ entities/);
    expect(foreignRequests).toEqual([]);
  });

  it('clicking a node expands its neighbourhood', async () => {
    const before = await count();
    const box = (await page.locator('[data-testid=graph]').boundingBox())!;
    // Prefer well-connected neighbours; any unexpanded node whose expansion adds nodes will do.
    const candidates = await page.evaluate(() => {
      const { cy, state } = window.__explore;
      const preferred = ['us-department-of-defense', 'pete-hegseth', 'openai', 'donald-trump'];
      const keys = cy.nodes().map((n) => n.id()).filter((k) => !state.expanded.has(k));
      return [...preferred.filter((k) => keys.includes(k)), ...keys.filter((k) => !preferred.includes(k))];
    });
    let grew = false;
    for (const key of candidates.slice(0, 8)) {
      const pos = await page.evaluate((k) => window.__explore.cy.getElementById(k).renderedPosition(), key);
      await page.mouse.click(box.x + pos.x, box.y + pos.y);
      await page.waitForFunction((k) => window.__explore.state.expanded.has(k) || !!document.querySelector('[data-testid=error]:not([hidden])'), key, { timeout: 15_000 }).catch(() => {});
      await idle();
      if ((await count()).nodes > before.nodes) {
        grew = true;
        // The details panel names the clicked entity.
        await expect(page.locator('[data-testid=entity-panel]').count()).resolves.toBe(1);
        break;
      }
    }
    expect(grew).toBe(true);
    expect((await count()).edges).toBeGreaterThan(before.edges);
  });

  it('clicking a relationship shows its type, dates, status and evidence', async () => {
    const box = (await page.locator('[data-testid=graph]').boundingBox())!;
    // Isolate one relationship (the ultimatum when present) so the click cannot land on a neighbour;
    // should it miss all the same (parallel edges, labels), the next candidate is tried.
    const panel = page.locator('[data-testid=relationship-panel]');
    for (let attempt = 0; attempt < 4; attempt++) {
      const t = await page.evaluate((i) => {
        const { cy } = window.__explore;
        const ranked = [...cy.edges().filter((e) => e.data('type') === 'ISSUED_ULTIMATUM'), ...cy.edges().filter((e) => e.data('category') === 'PRESSURE'), ...cy.edges()];
        const edge = ranked[i]!;
        cy.fit(edge.connectedNodes(), 200);
        const m = edge.renderedMidpoint();
        return { id: edge.id(), type: edge.data('type') as string, x: m.x, y: m.y };
      }, attempt);
      await page.mouse.click(box.x + t.x, box.y + t.y);
      if (await panel.waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
    }
    await page.locator('[data-testid=evidence-item]').first().waitFor({ timeout: 15_000 });
    const types = await page.evaluate(() => window.__explore.cy.edges().map((e) => e.data('type') as string));
    const shownType = (await page.locator('[data-testid=rel-type]').textContent())!;
    expect(types).toContain(shownType);
    expect(await page.locator('[data-testid=rel-category]').textContent()).toMatch(/^[A-Z_]+$/);
    expect(await page.locator('[data-testid=rel-status]').textContent()).toMatch(/^(REPORTED|ALLEGED|DISPUTED|CONFIRMED)$/);
    expect(await page.locator('[data-testid=rel-when]').textContent()).toBeTruthy();
    expect((await page.locator('[data-testid=rel-summary]').textContent())!.length).toBeGreaterThan(10);
    expect((await page.locator('[data-testid=evidence-title]').first().textContent())!.length).toBeGreaterThan(3);
    expect(await page.locator('[data-testid=evidence-reliability]').first().textContent()).toMatch(/(high|medium|low) reliability/);
    if (shownType === 'ISSUED_ULTIMATUM') expect(await page.locator('[data-testid=rel-deadline]').textContent()).toMatch(/2026-02-27/);
    await page.evaluate(() => {
      window.__explore.cy.fit(undefined, 40);
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore.png') });
  });

  it('narrowing the time window drops relationships outside it', async () => {
    const before = await count();
    expect(before.visible).toBe(before.edges);
    await page.locator('[data-testid=undated-toggle]').uncheck();
    await page.locator('[data-testid=time-from]').fill(String(month(2026, 2)));
    await page.locator('[data-testid=time-to]').fill(String(month(2026, 2)));
    expect(await page.locator('[data-testid=time-label]').textContent()).toBe('Feb 2026 – Feb 2026');
    await idle();
    const after = await count();
    expect(after.visible).toBeLessThan(before.visible);
    expect(after.visible).toBeGreaterThan(0);
    // Every edge still drawn overlaps February 2026.
    // Instants, not strings: the API writes offsets as Z, +00:00 or -05:00, which do not sort as text.
    await idle();
    const outside = await page.evaluate(() => {
      const { cy, state } = window.__explore;
      const from = Date.parse('2026-02-01T00:00:00Z');
      const to = Date.parse('2026-02-28T23:59:59.999Z');
      return cy
        .edges()
        .filter((e) => e.visible())
        .map((e) => state.rels.get(e.id())!)
        .filter((r) => !r.when || Date.parse(r.when.end) < from || Date.parse(r.when.start) > to)
        .map((r) => `${r.type} ${r.when ? `${r.when.start}..${r.when.end}` : 'undated'}`);
    });
    expect(outside).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-feb-2026.png') });
    // Widen again: everything is back.
    await page.locator('[data-testid=time-from]').fill('0');
    await page.locator('[data-testid=time-to]').fill(String(month(2026, 12)));
    await page.locator('[data-testid=undated-toggle]').check();
    expect((await count()).visible).toBe(before.visible);
  });

  it('the search box jumps to an entity', async () => {
    await page.locator('[data-testid=search-input]').fill('Hegseth');
    const hit = page.locator('[data-testid=search-result]').first();
    await hit.waitFor({ timeout: 15_000 });
    const key = (await hit.getAttribute('data-key'))!;
    await page.locator('[data-testid=search-input]').press('Enter');
    await page.waitForFunction((k) => window.__explore.cy.getElementById(k).selected() && window.__explore.state.expanded.has(k), key, { timeout: 15_000 });
    expect(await page.locator('[data-testid=entity-panel] h2').textContent()).toMatch(/Hegseth/);
  });

  it('the pressure view shows only PRESSURE relationships over time', async () => {
    await page.locator('[data-testid=view-pressure]').click();
    await page.waitForFunction(() => window.__explore.pcy.edges('.rel').length > 0, undefined, { timeout: 15_000 });
    await idle();
    const p = await page.evaluate(() => {
      const { pcy, state } = window.__explore;
      const rels = pcy.edges('.rel');
      // Left to right in time order.
      const xs = rels
        .filter((e) => !!e.data('when'))
        .map((e) => ({ t: Date.parse(state.pressures!.find((r) => r.id === e.id())!.when!.start), x: pcy.getElementById(e.data('source') as string).position('x') }))
        .sort((a, b) => a.t - b.t);
      return {
        count: rels.length,
        categories: [...new Set(rels.map((e) => state.pressures!.find((r) => r.id === e.id())!.category))],
        ordered: xs.every((v, i) => i === 0 || v.x >= xs[i - 1]!.x),
        ticks: pcy.nodes('.tick').map((n) => n.data('name') as string),
      };
    });
    expect(p.count).toBeGreaterThan(0);
    expect(p.categories).toEqual(['PRESSURE']);
    expect(p.ordered).toBe(true);
    expect(p.ticks.some((t) => /20\d\d/.test(t))).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-pressure.png') });
    expect(pageErrors).toEqual([]);
  });

  it('GraphiQL runs its preset query and shows the answer', async () => {
    const gpage = await browser.context.newPage();
    const res = await gpage.goto(`${service.url}/graphql`);
    expect(res?.headers()['content-type']).toMatch(/text\/html/);
    await gpage.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // The editor needs the schema before it runs anything.
    await gpage.waitForTimeout(500);
    await gpage.locator('.graphiql-execute-button').click();
    await gpage.waitForFunction(() => /ISSUED_ULTIMATUM|anthropic/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), undefined, { timeout: 30_000 });
    await gpage.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
    await gpage.close();
  });
});
