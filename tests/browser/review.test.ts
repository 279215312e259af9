/**
 * The review page as a reviewer uses it: Debian's Chromium driving /review against the real
 * service on the test Neo4j. The document is written here (known seed actors, invented sentences),
 * proposed through the page, decided through the page, and read back through GraphQL.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/store/key-store.js';
import { ARTIFACTS, CHROMIUM, hasChromium, launchBrowser, startService } from './browser.js';

if (!hasChromium) console.warn(`\n*** browser tests SKIPPED: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium ***\n`);

// Invented text: a furniture line, a headline, two paragraphs of body, a furniture line.
const TEXT = [
  'Markets desk | Subscribe',
  'Pentagon sets a deadline for OpenAI',
  'The Pentagon threatened OpenAI on February 20, demanding changes to its safety terms by March 6. OpenAI rejected the demand two days later.',
  'Microsoft invested $2 billion in Zentrix Labs on January 12.',
  'Share this story',
].join('\n');
const BODY = { start: TEXT.indexOf('Pentagon sets'), end: TEXT.indexOf('\nShare') };
const THREAT = 'The Pentagon threatened OpenAI on February 20, demanding changes to its safety terms by March 6.';
const PARAGRAPH = TEXT.split('\n')[2]!;

const ADD_DOCUMENT = `mutation($input: DocumentInput!) { addDocument(input: $input) { document { key } userErrors { code message } } }`;

describe.skipIf(!hasChromium || !!process.env.EXPLORE_TEST_URL)('review page in Chromium', () => {
  let service: Awaited<ReturnType<typeof startService>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let doc: string;
  let editKey: string;
  let reviewKey: string;
  const cspReports: string[] = [];
  const pageErrors: string[] = [];
  const t = () => service.app!;
  const wipe = () => t().app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t().app.config.neo4j.database });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    service = await startService();
    editKey = await createKey(t().app.db, `review-test-edit-${process.pid}`, 'EDIT');
    reviewKey = await createKey(t().app.db, `review-test-review-${process.pid}`, 'REVIEW');
    const added = await t().gql(
      ADD_DOCUMENT,
      { input: { title: 'Pentagon sets a deadline for OpenAI', publishedOn: '2026-03-01', reliability: 'MEDIUM', reliabilityReason: 'Invented by the review test.', text: TEXT, body: [BODY] } },
      { authorization: `Bearer ${editKey}` },
    );
    expect(added.data.addDocument.userErrors).toEqual([]);
    doc = added.data.addDocument.document.key;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    // Reported by the browser itself, whatever the page's code does.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => {
      if (/Content Security Policy|CSP violation/i.test(m.text())) cspReports.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    if (service?.app) await wipe();
    await service?.close();
  });

  // The engine reads in a worker thread on a shared, slow machine: proposing may take a while.
  const idle = () => page.waitForFunction(() => document.body.dataset.busy === 'false', undefined, { timeout: 80_000 });
  const status = () => page.locator('[data-testid=status]').textContent();
  const card = (sentence: RegExp) => page.locator('[data-testid=proposal]').filter({ has: page.locator('[data-testid=sentence]', { hasText: sentence }) });
  const focused = () => page.evaluate(() => ({ testid: document.activeElement?.getAttribute('data-testid') ?? null, tag: document.activeElement?.tagName ?? null }));

  it('serves /review under the CSP, asks for the key once per session, and keeps it out of the URL and localStorage', async () => {
    const res = await page.goto(`${service.url}/review?document=${doc}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("default-src 'self'");
    await idle();
    expect(await page.locator('[data-testid=document-select]').inputValue()).toBe(doc);
    expect(await page.locator('[data-testid=key-form]').isVisible()).toBe(true);
    await page.locator('[data-testid=key-input]').fill(editKey);
    await page.locator('[data-testid=key-submit]').click();
    expect(await page.locator('[data-testid=key-form]').isHidden()).toBe(true);
    expect(await page.evaluate(() => ({ session: Object.values(sessionStorage), local: localStorage.length }))).toEqual({ session: [editKey], local: 0 });
    expect(page.url()).not.toContain(editKey);
    // A reload in the same tab keeps it: entered once per session.
    await page.reload();
    await idle();
    expect(await page.locator('[data-testid=key-form]').isHidden()).toBe(true);
  });

  it('proposes, and lists the proposals with the sentence marked in its paragraph, the ends linked or new, the dates and the amount', async () => {
    await page.locator('[data-testid=propose]').click();
    await page.waitForFunction(() => document.body.dataset.busy === 'false' && !document.querySelector('[data-testid=status]')!.textContent!.startsWith('Reading'), undefined, { timeout: 80_000 });
    expect(await page.locator('[data-testid=error]').isHidden(), await page.locator('[data-testid=error]').textContent() ?? '').toBe(true);
    expect(await status()).toMatch(/^Proposed \d+ claims/);
    expect(await page.locator('[data-testid=proposal]').count()).toBeGreaterThanOrEqual(3);
    const threat = card(/threatened OpenAI/);
    expect(await threat.locator('[data-testid=sentence]').textContent()).toBe(THREAT);
    expect(await threat.locator('[data-testid=paragraph]').textContent()).toBe(PARAGRAPH);
    expect(await threat.locator('[data-testid=source]').getAttribute('href')).toBe('/explore?entity=us-department-of-defense');
    expect(await threat.locator('[data-testid=target]').getAttribute('href')).toBe('/explore?entity=openai');
    expect(await threat.locator('[data-testid=type]').textContent()).toBe('THREATENED');
    expect(await threat.locator('[data-testid=category]').textContent()).toBe('pressure');
    expect(await threat.locator('[data-testid=cameo]').textContent()).toBe('130');
    expect(await threat.locator('[data-testid=when]').textContent()).toMatch(/20 Feb 2026 · day · from “February 20”/);
    expect(await threat.locator('[data-testid=deadline]').textContent()).toMatch(/6 Mar 2026 · day · from “March 6”/);
    expect(await threat.locator('[data-testid=confidence]').textContent()).toMatch(/^\d+%$/);
    expect(await threat.locator('[data-testid=reasons] li').count()).toBeGreaterThan(0);
    const invest = card(/Zentrix Labs/);
    expect(await invest.locator('[data-testid=target-new]').textContent()).toMatch(/^new/);
    expect(await invest.locator('[data-testid=target]').evaluate((e) => e.tagName)).toBe('SPAN');
    expect(await invest.locator('[data-testid=amount]').textContent()).toContain('USD 2,000,000,000');
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-proposals.png'), fullPage: true });
  }, 180_000);

  it('every action is reachable by Tab, with a visible focus ring', async () => {
    await page.locator('[data-testid=document-select]').focus();
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (f.testid) seen.push(f.testid);
      if (f.tag === 'BODY') continue;
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline, `focus ring on ${f.testid ?? f.tag}`).not.toBe('none');
    }
    expect(seen).toEqual(expect.arrayContaining(['propose', 'proposal', 'accept', 'edit', 'reject']));
  });

  it('accepts with an edited date by keyboard alone, asking for a key again when the one given is refused', async () => {
    // The list is in reading order (the headline may propose too): k to the top, then j down to
    // the threat; j and ArrowUp move away and back.
    const sentence = () => page.evaluate(() => document.activeElement?.closest('[data-testid=proposal]')?.querySelector('[data-testid=sentence]')?.textContent ?? null);
    await page.locator('#proposals-h').focus();
    const count = await page.locator('[data-testid=proposal]').count();
    for (let i = 0; i < count; i++) await page.keyboard.press('k');
    expect((await focused()).testid).toBe('proposal');
    for (let i = 0; i < count && (await sentence()) !== THREAT; i++) await page.keyboard.press('j');
    expect(await sentence()).toBe(THREAT);
    await page.keyboard.press('j');
    expect(await sentence()).not.toBe(THREAT);
    await page.keyboard.press('ArrowUp');
    expect(await sentence()).toBe(THREAT);
    const edit = async () => {
      await page.keyboard.press('e');
      expect((await focused()).testid).toBe('edit-type');
      // type, category, cameo, status, then the date.
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      expect((await focused()).testid).toBe('edit-when');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2026-02');
      await page.keyboard.press('Enter');
      await idle();
    };
    // The EDIT key may propose but not decide: FORBIDDEN, so the page asks for another key.
    await edit();
    expect(await page.locator('[data-testid=key-form]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=key-state]').textContent()).toContain('FORBIDDEN');
    expect((await focused()).testid).toBe('key-input');
    await page.keyboard.type(reviewKey);
    await page.keyboard.press('Enter');
    expect(await sentence()).toBe(THREAT);
    await edit();
    expect(await status()).toMatch(/^Accepted/);
    expect(await card(/threatened OpenAI/).count()).toBe(0);
    // Focus moved on to a proposal that is still pending.
    expect((await focused()).testid).toBe('proposal');
  });

  it('rejects another with a reason, and a refused edit shows its userError beside the form', async () => {
    const rejected = card(/rejected the demand/);
    await rejected.locator('[data-testid=reject]').click();
    expect((await focused()).testid).toBe('reject-reason');
    await rejected.locator('[data-testid=reject-reason]').fill('The sentence reports a reply, not a rejection of a demand made to OpenAI.');
    await rejected.locator('[data-testid=reject-submit]').click();
    await idle();
    expect(await status()).toMatch(/^Rejected/);
    // An impossible date is the API's to refuse; its message lands next to the field.
    const invest = card(/Zentrix Labs/);
    await invest.locator('[data-testid=edit]').click();
    await invest.locator('[data-testid=edit-when]').fill('2026-02-30');
    await invest.locator('[data-testid=edit-submit]').click();
    await idle();
    expect(await invest.locator('[data-testid=form-errors] li').count()).toBeGreaterThan(0);
    expect(await invest.locator('[data-testid=edit-when]').getAttribute('aria-invalid')).toBe('true');
    expect(await invest.count()).toBe(1);
  });

  it('the graph has the accepted relationship with the edited date and the marked sentence as its quote, and the rejection with its reason', async () => {
    const res = await t().gql(
      `query($doc: String!) {
        accepted: proposals(document: $doc, status: ACCEPTED) { edges { node { type relationship { key } } } }
        rejected: proposals(document: $doc, status: REJECTED) { edges { node { type rejectionReason } } }
        relationships(where: { source: "us-department-of-defense", target: "openai", types: ["THREATENED"] }) {
          edges { node { key when { iso precision } deadline { iso } evidence { document { key } quote } } }
        }
      }`,
      { doc },
    );
    expect(res.errors).toBeUndefined();
    const accepted = res.data.accepted.edges.map((e: any) => e.node);
    expect(accepted).toHaveLength(1);
    const rel = res.data.relationships.edges.map((e: any) => e.node).find((r: any) => r.key === accepted[0].relationship.key);
    expect(rel).toBeDefined();
    expect(rel.when).toEqual({ iso: '2026-02', precision: 'MONTH' });
    expect(rel.deadline.iso).toBe('2026-03-06');
    expect(rel.evidence).toEqual([{ document: { key: doc }, quote: THREAT }]);
    expect(res.data.rejected.edges.map((e: any) => e.node)).toEqual([{ type: 'REJECTED', rejectionReason: 'The sentence reports a reply, not a rejection of a demand made to OpenAI.' }]);
  });

  it('had no CSP violation and no page error', () => {
    expect(cspReports).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
