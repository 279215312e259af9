/**
 * The explorer and GraphiQL as a person uses them: Debian's Chromium at 1280×720, driven by
 * playwright-core, against the real service. Screenshots land in test-artifacts/; with
 * DOCS_SCREENSHOTS=1 the ones the documentation shows are written into docs/ as well.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM, hasChromium, launchBrowser, startService, VIEWPORT } from './browser.js';

if (!hasChromium) {
  console.warn(`\n*** browser tests SKIPPED: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium ***\n`);
}

const PERMALINK = '/explore?entity=pete-hegseth&from=2026-02&to=2026-02&categories=PRESSURE&view=pressure';

async function screenshot(page: Page, name: string, docs?: string): Promise<void> {
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  if (docs && process.env.DOCS_SCREENSHOTS === '1') copyFileSync(file, path.resolve('docs', docs));
}

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
      if (!r.url().startsWith(service.url) && !/^(data|blob):/.test(r.url())) foreignRequests.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  /** Opens a page of the explorer and waits until it has drawn and loaded everything. */
  async function open(p: Page, url: string): Promise<void> {
    const res = await p.goto(`${service.url}${url}`);
    expect(res?.status()).toBe(200);
    await p.waitForFunction(() => window.__explore !== undefined);
    await p.evaluate(() => window.__explore.ready);
    await settle(p);
  }
  const settle = async (p: Page = page) => {
    await p.evaluate(() => window.__explore.idle());
    expect(await p.locator('[data-testid=error]').isHidden()).toBe(true);
  };
  const state = (p: Page = page) => p.evaluate(() => window.__explore.state());
  const query = (p: Page = page) => p.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));

  it('opens on a view that answers a question: who pressured Anthropic, with the state in the URL', async () => {
    await open(page, '/explore');
    expect(await query()).toMatchObject({ entity: 'anthropic', categories: 'PRESSURE', view: 'network' });
    expect(await page.locator('[data-testid=preset-pressure]').getAttribute('aria-pressed')).toBe('true');
    const drawn = await page.evaluate(() => {
      const { network } = window.__explore;
      return {
        nodes: network.nodes().length,
        categories: [...new Set(network.edges().map((e) => e.data('category') as string))],
        anthropic: network.getElementById('anthropic').hasClass('focus'),
      };
    });
    expect(drawn.nodes).toBeGreaterThan(3);
    expect(drawn.categories).toEqual(['PRESSURE']);
    expect(drawn.anthropic).toBe(true);
    // The count of what is hidden is on screen.
    expect(await page.locator('[data-testid=status]').textContent()).toMatch(/\d+ entities · \d+ of \d+ relationships shown/);
    expect(await page.locator('[data-testid=undated-label]').textContent()).toMatch(/^Include undated \(\d+\)$/);
    await expect(page.locator('[data-testid=legend-kinds] li').count()).resolves.toBe(6);
    await expect(page.locator('[data-testid=legend-categories] li').count()).resolves.toBe(11);
    // The focused name is drawn above every edge, on an opaque box: no edge can cut letters out of it.
    const label = await page.evaluate(() => {
      const { network } = window.__explore;
      const focus = network.getElementById('anthropic');
      return { z: Number(focus.style('z-index')), box: Number(focus.style('text-background-opacity')), edges: Math.max(...network.edges().map((e) => Number(e.style('z-index')))) };
    });
    expect(label.z).toBeGreaterThan(label.edges);
    expect(label.box).toBe(1);
    expect(foreignRequests).toEqual([]);
  });

  it('presets and "only this category" set the categories in one click', async () => {
    await page.locator('[data-testid=preset-stances]').click();
    await settle();
    expect((await state()).categories).toEqual(['OPPOSITION', 'SUPPORT']);
    expect(await page.evaluate(() => [...new Set(window.__explore.network.edges().map((e) => e.data('category') as string))].sort())).toEqual(['OPPOSITION', 'SUPPORT']);
    await page.locator('[data-testid=preset-all]').click();
    await settle();
    expect((await query()).categories).toBe('all');
    await page.locator('[data-only=AFFILIATION]').click();
    await settle();
    expect((await query()).categories).toBe('AFFILIATION');
    expect(await page.evaluate(() => [...new Set(window.__explore.network.edges().map((e) => e.data('category') as string))])).toEqual(['AFFILIATION']);
  });

  it('back and forward move through the states; "copy link" copies the address of this one', async () => {
    // The three clicks of the test above are three entries.
    await page.goBack();
    await settle();
    expect((await query()).categories).toBe('all');
    await page.goBack();
    await settle();
    expect((await state()).categories).toEqual(['OPPOSITION', 'SUPPORT']);
    expect(await page.evaluate(() => [...new Set(window.__explore.network.edges().map((e) => e.data('category') as string))].sort())).toEqual(['OPPOSITION', 'SUPPORT']);
    await page.goForward();
    await settle();
    expect((await query()).categories).toBe('all');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: service.url });
    await page.locator('[data-testid=copy-link]').click();
    await page.locator('[data-testid=copy-status]').filter({ hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  it('opening a permalink restores the state it names', async () => {
    const p = await browser.context.newPage();
    await open(p, PERMALINK);
    expect(await state(p)).toMatchObject({ entity: 'pete-hegseth', from: '2026-02', to: '2026-02', categories: ['PRESSURE'], view: 'pressure' });
    expect(await p.locator('[data-testid=view-pressure]').getAttribute('aria-pressed')).toBe('true');
    expect(await p.locator('[data-testid=pressure-graph]').isVisible()).toBe(true);
    expect(await p.locator('[data-testid=time-label]').textContent()).toBe('Feb 2026 – Feb 2026');
    // Only February's pressure is drawn, and undated relationships are hidden in a narrowed window.
    const drawn = await p.evaluate(() => {
      const { timeline, data } = window.__explore;
      return timeline.edges('.rel').map((e) => {
        const r = data.relationships.get(e.id())!;
        return { category: r.category, start: r.when?.start ?? null, end: r.when?.end ?? null };
      });
    });
    expect(drawn.length).toBeGreaterThan(0);
    for (const r of drawn) {
      expect(r.category).toBe('PRESSURE');
      expect(r.start).not.toBeNull();
      expect(Date.parse(r.end!)).toBeGreaterThanOrEqual(Date.parse('2026-02-01T00:00:00Z'));
      expect(Date.parse(r.start!)).toBeLessThan(Date.parse('2026-03-01T00:00:00Z'));
    }
    // A selection and expansions come back too.
    await open(p, '/explore?entity=anthropic&expand=pete-hegseth&categories=PRESSURE&view=network&rel=hegseth-ultimatum-anthropic');
    expect(await p.evaluate(() => window.__explore.network.getElementById('hegseth-ultimatum-anthropic').selected())).toBe(true);
    expect(await p.locator('[data-testid=rel-type]').getAttribute('data-type')).toBe('ISSUED_ULTIMATUM');
    expect(await p.evaluate(() => window.__explore.network.getElementById('pete-hegseth').hasClass('expanded'))).toBe(true);
    await p.close();
  });

  it('two loads give identical positions, and so does the same state reached by clicking', async () => {
    const read = (p: Page) => p.evaluate(() => Object.fromEntries(window.__explore.network.nodes().map((n) => [n.id(), n.position()])));
    const positions = async (url: string) => {
      const p = await browser.context.newPage();
      await open(p, url);
      const pos = await read(p);
      await p.close();
      return pos;
    };
    const url = '/explore?entity=anthropic&expand=pete-hegseth&categories=all&view=network';
    const first = await positions(url);
    const second = await positions(url);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
    // The same state reached through other states: the drawing depends on the state, not the way there.
    const p = await browser.context.newPage();
    await open(p, '/explore?entity=anthropic&expand=pete-hegseth&categories=SUPPORT&view=network');
    await p.locator('[data-testid=preset-all]').click();
    await settle(p);
    expect(await read(p)).toEqual(first);
    await p.close();
  });

  it('the pressure timeline places every item between its month’s ticks, legibly, and draws the deadline', async () => {
    const p = await browser.context.newPage();
    await open(p, '/explore?view=pressure&categories=PRESSURE');
    const t = await p.evaluate(() => {
      const { timeline, data } = window.__explore;
      const ticks = Object.fromEntries(timeline.nodes('.tick[month]').map((n) => [n.data('month') as string, n.position('x')]));
      const items = timeline.edges('.rel').map((e) => ({ key: e.id(), start: data.relationships.get(e.id())!.when?.start ?? null, x: e.source().position('x'), x2: e.target().position('x') }));
      const deadline = timeline.nodes('.deadline').map((d) => ({ at: d.data('at') as string, text: d.data('text') as string, x: d.position('x') }));
      const line = timeline.getElementById('dl:hegseth-ultimatum-anthropic');
      const zoom = timeline.zoom();
      const shown = timeline.edges('.rel').filter((e) => !e.hasClass('quiet'));
      return {
        ticks,
        items,
        deadline,
        line: line.nonempty() ? { from: line.source().position('x'), to: line.target().position('x'), style: line.style('line-style') } : null,
        labels: shown.map((e) => ({ key: e.id(), rotation: e.style('text-rotation'), px: parseFloat(e.style('font-size')) * zoom, box: e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) })),
        hidden: timeline.edges('.rel.quiet').map((e) => e.id()),
        rangeMax: (document.querySelector('[data-testid=time-to]') as HTMLInputElement).max,
        timeLabel: document.querySelector('[data-testid=time-label]')!.textContent,
      };
    });
    const month = (iso: string) => new Date(Date.parse(iso)).toISOString().slice(0, 7);
    const next = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 1)).toISOString().slice(0, 7);
    const dated = t.items.filter((i) => i.start);
    expect(dated.length).toBeGreaterThan(10);
    // Regression: two items of 2026-02-27 used to sit right of the "Mar 2026" tick.
    for (const item of dated) {
      const m = month(item.start!);
      expect(t.ticks[m], `tick for ${m}`).toBeDefined();
      expect(t.ticks[next(m)], `tick after ${m}`).toBeDefined();
      expect(item.x, item.key).toBeGreaterThan(t.ticks[m]!);
      expect(item.x, item.key).toBeLessThan(t.ticks[next(m)]!);
      expect(item.x2).toBe(item.x);
    }
    // The ultimatum's deadline: Friday 27 February, 17:01 in New York, inside February.
    const deadline = t.deadline.find((d) => Date.parse(d.at) === Date.parse('2026-02-27T22:01:00Z'));
    expect(deadline, JSON.stringify(t.deadline)).toBeDefined();
    // The seed marks it estimated: the sources give no time zone, so New York time is assumed.
    expect(deadline!.text).toBe('deadline Fri 27 Feb 2026, 17:01 ET (estimated)');
    expect(deadline!.x).toBeGreaterThan(t.ticks['2026-02']!);
    expect(deadline!.x).toBeLessThan(t.ticks['2026-03']!);
    const ultimatum = t.items.find((i) => i.key === 'hegseth-ultimatum-anthropic')!;
    expect(t.line).toEqual({ from: ultimatum.x, to: deadline!.x, style: 'dashed' });
    expect(deadline!.x).toBeGreaterThan(ultimatum.x);
    // Labels: horizontal, at least 11 px on screen at 1280×720, and never on top of each other.
    expect(t.labels.length).toBeGreaterThan(3);
    for (const l of t.labels) {
      expect(l.rotation).toBe('none');
      expect(l.px).toBeGreaterThanOrEqual(11);
    }
    const overlaps = t.labels.flatMap((a, i) => t.labels.slice(i + 1).filter((b) => a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2).map((b) => `${a.key} × ${b.key}`));
    expect(overlaps).toEqual([]);
    // The slider's range is the data's (Oct 2025 to Jun 2026 for the pressure timeline), not a fixed span.
    expect(t.timeLabel).toBe('All dates (Oct 2025 – Jun 2026)');
    expect(t.rangeMax).toBe('8');
    await screenshot(p, 'explore-pressure.png', 'explorer-pressure.png');

    // A crowded item's label waits for the pointer, then shows.
    expect(t.hidden.length).toBeGreaterThan(0);
    const hidden = t.hidden[0]!;
    const box = (await p.locator('[data-testid=pressure-graph]').boundingBox())!;
    const at = await p.evaluate((k) => {
      const e = window.__explore.timeline.getElementById(k);
      const s = e.source().renderedPosition();
      const d = e.target().renderedPosition();
      return { x: s.x, y: (s.y + d.y) / 2 };
    }, hidden);
    await p.mouse.move(box.x + at.x, box.y + at.y);
    await p.waitForFunction((k) => window.__explore.timeline.getElementById(k).hasClass('hover'), hidden, { timeout: 5_000 });
    // Zooming in makes room: more labels fit.
    await p.evaluate(() => {
      const { timeline } = window.__explore;
      timeline.zoom({ level: timeline.zoom() * 4, renderedPosition: { x: timeline.width() / 2, y: timeline.height() / 2 } });
    });
    await p.waitForFunction((before) => window.__explore.timeline.edges('.rel.quiet').length < before, t.hidden.length, { timeout: 5_000 });
    await p.close();
  });

  it('the path view highlights a path and steps through the paths found', async () => {
    const p = await browser.context.newPage();
    await open(p, '/explore?view=paths&pathFrom=david-sacks&pathTo=deepseek');
    const highlighted = () =>
      p.evaluate(() => {
        const { paths } = window.__explore;
        return {
          edges: paths.edges('.on-path').map((e) => e.id()).sort(),
          nodes: paths.nodes('.on-path').map((n) => n.id()).sort(),
          dimmed: paths.elements('.dimmed').length,
          position: document.querySelector('[data-testid=path-position]')?.textContent ?? '',
        };
      });
    const found = await p.evaluate(() =>
      window.__explore.data.findPaths('david-sacks', 'deepseek', false, null).then((ps) => ps.map((x) => ({ nodes: x.nodes.map((n) => n.key).sort(), rels: x.relationships.map((r) => r.key).sort() }))),
    );
    expect(found.length).toBeGreaterThan(1);
    const first = await highlighted();
    expect(first.edges).toEqual(found[0]!.rels);
    expect(first.nodes).toEqual([...new Set(found[0]!.nodes)]);
    expect(first.nodes).toEqual(expect.arrayContaining(['david-sacks', 'deepseek']));
    expect(first.position).toMatch(new RegExp(`^Path 1 of ${found.length}`));
    await p.locator('[data-testid=path-next]').click();
    await settle(p);
    expect((await query(p)).step).toBe('2');
    const second = await highlighted();
    expect(second.edges).toEqual(found[1]!.rels);
    expect(second.position).toMatch(/^Path 2 of/);
    await screenshot(p, 'explore-paths.png', 'explorer-paths.png');
    // Time-respecting paths: every step dated, none earlier than the one before.
    await p.locator('[data-testid=path-time]').click();
    await settle(p);
    expect(await query(p)).toMatchObject({ paths: 'time' });
    const timed = await p.evaluate(() => {
      const { paths, data } = window.__explore;
      return paths.edges('.on-path').map((e) => data.relationships.get(e.id())!.when);
    });
    expect(timed.length).toBeGreaterThan(0);
    expect(timed.every((w) => w !== null)).toBe(true);
    await p.close();
  });

  it('a keyboard-only walk reaches a relationship’s evidence through the list of what is shown', async () => {
    const p = await browser.context.newPage();
    await open(p, '/explore');
    // The list holds exactly what the drawing shows.
    const inStep = await p.evaluate(() => {
      const { network } = window.__explore;
      const listed = [...document.querySelectorAll<HTMLElement>('[data-testid=list-relationship]')].map((b) => b.dataset.key).sort();
      const entities = [...document.querySelectorAll<HTMLElement>('[data-testid=list-entity]')].map((b) => b.dataset.key).sort();
      return { same: JSON.stringify(listed) === JSON.stringify(network.edges().map((e) => e.id()).sort()), entities: JSON.stringify(entities) === JSON.stringify(network.nodes().map((n) => n.id()).sort()), n: listed.length };
    });
    expect(inStep).toEqual({ same: true, entities: true, n: expect.any(Number) });
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-to-list');
    await p.keyboard.press('Enter');
    let key: string | undefined;
    for (let i = 0; i < 80 && !key; i++) {
      await p.keyboard.press('Tab');
      key = await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid === 'list-relationship' ? (document.activeElement as HTMLElement).dataset.key : undefined);
    }
    expect(key, 'Tab never reached a relationship in the list').toBeDefined();
    await p.keyboard.press('Enter');
    await p.locator('[data-testid=evidence-item]').first().waitFor({ timeout: 15_000 });
    await settle(p);
    // Focus followed to the details; the drawing and the URL show the same selection.
    expect(await p.evaluate(() => !!document.activeElement?.closest('[data-testid=relationship-panel]'))).toBe(true);
    expect(await p.evaluate((k) => window.__explore.network.getElementById(k!).selected(), key)).toBe(true);
    expect((await query(p)).rel).toBe(key);
    expect(await p.locator(`[data-testid=list-relationship][data-key="${key}"]`).getAttribute('aria-current')).toBe('true');
    // Tabbing on reaches the article's link.
    let link: string | null = null;
    for (let i = 0; i < 12 && !link; i++) {
      await p.keyboard.press('Tab');
      link = await p.evaluate(() => (document.activeElement?.getAttribute('data-testid') === 'evidence-link' ? (document.activeElement as HTMLAnchorElement).href : null));
    }
    expect(link).toMatch(/^https?:\/\//);
    await p.close();
  });

  it('the evidence panel gives what a journalist cites', async () => {
    const p = await browser.context.newPage();
    await open(p, '/explore?entity=anthropic&categories=PRESSURE&view=network&rel=hegseth-ultimatum-anthropic');
    await p.locator('[data-testid=evidence-item]').first().waitFor({ timeout: 15_000 });
    expect(await p.locator('[data-testid=rel-deadline]').textContent()).toMatch(/^Fri 27 Feb 2026, 17:01 ET/);
    expect(await p.locator('[data-testid=rel-when]').textContent()).toBe('Tue 24 Feb 2026');
    const first = p.locator('[data-testid=evidence-item]').first();
    expect(await first.locator('[data-testid=evidence-link]').getAttribute('href')).toMatch(/^https?:\/\//);
    expect((await first.locator('[data-testid=evidence-reliability-reason]').textContent())!.trim().length).toBeGreaterThan(20);
    expect(await first.locator('[data-testid=evidence-reliability]').textContent()).toMatch(/^(high|medium|low) reliability$/);
    expect((await first.locator('[data-testid=evidence-quote]').textContent())!.length).toBeGreaterThan(10);
    await screenshot(p, 'explore.png', 'explorer.png');
    // Character offsets only when asked for.
    expect(await first.locator('[data-testid=evidence-offsets]').isVisible()).toBe(false);
    await first.locator('details.offsets summary').click();
    expect(await first.locator('[data-testid=evidence-offsets]').textContent()).toMatch(/^Characters \d+–\d+ \(UTF-16\)/);
    // Season codes in words.
    await open(p, '/explore?entity=anthropic&categories=all&view=network&rel=pentagon-awards-anthropic-contract');
    expect(await p.locator('[data-testid=rel-when]').textContent()).toMatch(/^summer 2025/);
    await p.close();
  });

  it('exports the current view as PNG and SVG, and links the data exports with the same filters', async () => {
    const p = await browser.context.newPage();
    await open(p, '/explore?entity=anthropic&from=2026-02&to=2026-02&categories=PRESSURE&view=network');
    await p.locator('[data-testid=export-menu]').click();
    const [png] = await Promise.all([p.waitForEvent('download'), p.locator('[data-testid=export-png]').click()]);
    expect(png.suggestedFilename()).toMatch(/^explore_network_anthropic_2026-02_2026-02\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: the drawing as shown, at twice the pixels.
    const stage = (await p.locator('[data-testid=graph]').boundingBox())!;
    expect(bytes.readUInt32BE(16)).toBe(Math.round(stage.width) * 2);
    expect(bytes.readUInt32BE(20)).toBe(Math.round(stage.height) * 2);
    expect(bytes.length).toBeGreaterThan(20_000);
    const [svg] = await Promise.all([p.waitForEvent('download'), p.locator('[data-testid=export-svg]').click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/<svg[\s>]/);
    expect(svgText).toContain('Anthropic');
    const href = await p.locator('[data-testid="export-graph.json"]').getAttribute('href');
    expect(href).toBe('/export/graph.json?category=PRESSURE&during=2026-02-01..2026-02-28&involving=anthropic');
    const res = await p.request.get(`${service.url}${href}`);
    expect(res.status()).toBe(200);
    const graph = (await res.json()) as { edges: { category: string; source: string; target: string }[] };
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(new Set(graph.edges.map((e) => e.category))).toEqual(new Set(['PRESSURE']));
    expect(graph.edges.every((e) => e.source === 'anthropic' || e.target === 'anthropic')).toBe(true);
    await p.close();
  });

  // Cytoscape resizes its canvases on a ResizeObserver, a frame after the stage changes. Until
  // then a canvas taller than a shrunk stage overflowed the page: a scrollbar came and went, the
  // stage lost its width for a frame, and a PNG exported in that frame had another size (CI).
  it('regression: the drawing never makes the page scroll while the stage shrinks', async () => {
    const p = await browser.context.newPage();
    await open(p, '/explore?entity=anthropic&categories=PRESSURE&view=network');
    const overflow = await p.evaluate(() => {
      const bar = document.querySelector('.timebar')!;
      const spacer = document.createElement('div');
      spacer.style.cssText = 'height: 40px; flex-basis: 100%';
      bar.append(spacer);
      // Layout now, before any ResizeObserver has run.
      const root = document.documentElement;
      const scroll = root.scrollHeight - root.clientHeight;
      spacer.remove();
      return scroll;
    });
    expect(overflow).toBe(0);
    await p.close();
  });

  it('clicking an entity centres on it and adds its neighbourhood; the search box jumps', async () => {
    await open(page, '/explore?entity=anthropic&categories=all&view=network');
    const before = await page.evaluate(() => window.__explore.network.nodes().length);
    // The node's place on screen, read in one go once the page has stopped moving: a notice that
    // appears above the graph shifts it down, and a click computed before that lands on an edge.
    const where = () =>
      page.evaluate(() => {
        const r = document.querySelector('[data-testid=graph]')!.getBoundingClientRect();
        const p = window.__explore.network.getElementById('pete-hegseth').renderedPosition();
        return { x: Math.round(r.left + p.x), y: Math.round(r.top + p.y) };
      });
    let at = await where();
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(250);
      const again = await where();
      if (again.x === at.x && again.y === at.y) break;
      at = again;
    }
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => window.__explore.state().entity === 'pete-hegseth', undefined, { timeout: 15_000 });
    await settle();
    expect(await query()).toMatchObject({ entity: 'pete-hegseth', expand: 'anthropic' });
    expect(await page.evaluate(() => window.__explore.network.nodes().length)).toBeGreaterThan(before);
    expect(await page.locator('[data-testid=entity-panel] h2').textContent()).toMatch(/Hegseth/);

    await page.locator('[data-testid=search-input]').fill('OpenAI');
    const hit = page.locator('[data-testid=search-result]').first();
    await hit.waitFor({ timeout: 15_000 });
    const key = (await hit.getAttribute('data-key'))!;
    await page.locator('[data-testid=search-input]').press('Enter');
    await page.waitForFunction((k) => window.__explore.state().entity === k, key, { timeout: 15_000 });
    await settle();
    expect(await page.evaluate((k) => window.__explore.network.getElementById(k).hasClass('focus'), key)).toBe(true);
    expect(VIEWPORT.width).toBe(1280);
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
