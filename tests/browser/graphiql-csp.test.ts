/**
 * GraphiQL and the explorer under their Content-Security-Policy, in Chromium: the policy must
 * block nothing they need (it is easy to write one that breaks the page), and they must load
 * nothing from another origin.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchBrowser, startService } from './browser.js';

if (!hasChromium) console.warn(`\n*** GraphiQL CSP browser test SKIPPED: ${CHROMIUM} is missing ***\n`);

describe.skipIf(!hasChromium)('pages work under their CSP', () => {
  let service: Awaited<ReturnType<typeof startService>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    service = await startService();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  /** CSP violations the page reports, console errors and requests to other origins. */
  async function watch(page: Page) {
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(service.url) && !/^(data|blob):/.test(r.url())) problems.push(`foreign request ${r.url()}`);
    });
    return problems;
  }

  it('GraphiQL loads the schema and runs its preset query with no CSP violation', async () => {
    const page = await browser.context.newPage();
    const problems = await watch(page);
    const res = await page.goto(`${service.url}/graphql`);
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => /"pressures"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), undefined, { timeout: 60_000 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the explorer draws its graph with no CSP violation', async () => {
    const page = await browser.context.newPage();
    const problems = await watch(page);
    const res = await page.goto(`${service.url}/explore`);
    expect(res?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
    await page.waitForFunction(() => (window as unknown as { __explore?: { ready: Promise<void> } }).__explore !== undefined, undefined, { timeout: 60_000 });
    await page.evaluate(() => (window as unknown as { __explore: { ready: Promise<void> } }).__explore.ready);
    expect(await page.evaluate(() => (window as unknown as { __explore: { network: { nodes(): { length: number } } } }).__explore.network.nodes().length)).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.close();
  });
});
