import { describe, expect, it } from 'vitest';
import { flat } from '../../src/http/export.js';
import { claimRecord, documentRecord, edgeRecord, factRecord, nodeRecord, reliabilityOf, temporalFields } from '../../src/http/export-records.js';
import { writeEvidence } from '../../src/model/stored-evidence.js';
import { writeTemporal } from '../../src/model/stored-temporal.js';
import type { RelRow } from '../../src/store/read-store.js';

/**
 * Export records from stored properties, without a database: the stored shape is made by the
 * model's own writers (writeTemporal, writeEvidence), so these tests follow the one mapping.
 */

const TEXT = 'Alpha said no. Beta 🙂 said yes. Gamma stayed quiet.';
const quoteOf = (doc: string, start: number, end: number) => (doc === 'doc-a' ? TEXT.slice(start, end) : null);
const span = (doc: string, quote: string) => ({ doc, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, sha256: 'f'.repeat(64) });
const reliability = reliabilityOf([
  { key: 'doc-a', reliability: 'HIGH' },
  { key: 'doc-b', reliability: 'LOW' },
]);

const rel = (extra: Record<string, unknown> = {}): RelRow => ({
  key: 'a-pressed-b',
  type: 'PRESSED',
  sortMs: 0,
  source: 'a',
  target: 'b',
  category: 'PRESSURE',
  ...writeEvidence([span('doc-a', 'Beta 🙂 said yes.'), span('doc-b', 'Alpha said no.'), span('doc-a', 'Alpha said no.')], quoteOf),
  ...extra,
});

describe('temporal fields', () => {
  it('keep the value, precision, UTC bounds, qualifier, estimate, basis, zone and relative phrase', () => {
    const stored = writeTemporal('deadline', {
      iso: '2026-02-27T17:01-05:00',
      precision: 'MINUTE',
      timezone: 'America/New_York',
      estimated: true,
      basis: 'the zone is assumed',
      relative: { phrase: 'on Friday', anchor: 'doc-a' },
    });
    expect(temporalFields(stored, 'deadline')).toEqual({
      deadline: '2026-02-27T17:01-05:00',
      deadlinePrecision: 'MINUTE',
      deadlineStart: '2026-02-27T22:01:00.000Z',
      deadlineEnd: '2026-02-27T22:01:59.999Z',
      deadlineQualifier: null,
      deadlineEstimated: true,
      deadlineBasis: 'the zone is assumed',
      deadlineTimezone: 'America/New_York',
      deadlineRelativePhrase: 'on Friday',
      deadlineRelativeAnchor: 'doc-a',
    });
  });

  it('narrow a qualified month to its third, and say a stated date is not estimated', () => {
    const t = temporalFields(writeTemporal('when', { iso: '2026-02', precision: 'MONTH', qualifier: 'LATE' }), 'when');
    expect(t).toMatchObject({ when: '2026-02', whenQualifier: 'LATE', whenEstimated: false, whenEnd: '2026-02-28T23:59:59.999Z' });
    expect(Date.parse(t.whenStart as string)).toBeGreaterThan(Date.parse('2026-02-19T00:00:00Z'));
  });

  it('are all null without a value, and can be renamed (an entity’s own date is `date`)', () => {
    expect(Object.values(temporalFields({}, 'until')).every((v) => v === null)).toBe(true);
    expect(Object.keys(temporalFields(writeTemporal('releasedOn', { iso: '2025', precision: 'YEAR' }), 'releasedOn', 'date'))).toContain('dateStart');
  });
});

describe('evidence', () => {
  it('lists every piece with its UTF-16 span, quote and document reliability, and the documents once', () => {
    const r = edgeRecord(rel(), reliability);
    expect(r.evidence).toEqual(['doc-a', 'doc-b']);
    expect(r.evidenceItems).toEqual([
      { document: 'doc-a', start: 15, end: 32, sha256: 'f'.repeat(64), quote: 'Beta 🙂 said yes.', note: null, reliability: 'HIGH' },
      // The service holds no text for doc-b: a span, but no quote.
      { document: 'doc-b', start: 0, end: 14, sha256: 'f'.repeat(64), quote: null, note: null, reliability: 'LOW' },
      { document: 'doc-a', start: 0, end: 14, sha256: 'f'.repeat(64), quote: 'Alpha said no.', note: null, reliability: 'HIGH' },
    ]);
  });

  it('under asOf keeps only the pieces from documents known then (evKnown)', () => {
    const r = edgeRecord(rel({ evKnown: ['doc-b'] }), reliability);
    expect(r.evidence).toEqual(['doc-b']);
    expect((r.evidenceItems as { document: string }[]).map((i) => i.document)).toEqual(['doc-b']);
  });

  it('is flattened to ";"-joined keys and JSON text, which parses back to the items', () => {
    const r = edgeRecord(rel(), reliability);
    const f = flat(r);
    expect(f.evidence).toBe('doc-a;doc-b');
    expect(JSON.parse(f.evidenceItems as string)).toEqual(r.evidenceItems);
    expect(flat({ aliases: [] }).aliases).toBeNull();
  });
});

describe('records', () => {
  it('relationships carry money, CAMEO and the three temporal groups', () => {
    const r = edgeRecord(rel({ amount: 2e8, currency: 'USD', amountBound: 'UP_TO', cameo: '010', cameoLabel: 'Make statement', quadClass: 1, ...writeTemporal('until', { iso: '2026-03', precision: 'MONTH' }) }), reliability);
    expect(r).toMatchObject({ amount: 2e8, currency: 'USD', amountBound: 'UP_TO', cameo: '010', quadClass: 1, until: '2026-03', untilEnd: '2026-03-31T23:59:59.999Z', when: null });
  });

  it('an entity’s date comes from its kind’s own field; a contract’s value keeps its bound', () => {
    const n = nodeRecord({ key: 'c', kind: 'CONTRACT', labels: ['Entity', 'Contract'], name: 'C', valueAmount: 2e8, valueCurrency: 'USD', valueBound: 'UP_TO', ...writeTemporal('awardedOn', { iso: '2025-07', precision: 'MONTH' }) });
    expect(n).toMatchObject({ id: 'c', date: '2025-07', datePrecision: 'MONTH', valueAmount: 2e8, valueCurrency: 'USD', valueBound: 'UP_TO', labels: ['Entity', 'Contract'] });
  });

  it('documents, facts and claims', () => {
    expect(documentRecord({ key: 'doc-a', title: 'T', reliability: 'HIGH', reliabilityReason: 'why', hasText: true, ...writeTemporal('published', { iso: '2026-Q2', precision: 'QUARTER', estimated: true, basis: 'b' }) })).toMatchObject({
      key: 'doc-a',
      published: '2026-Q2',
      publishedPrecision: 'QUARTER',
      publishedEstimated: true,
      publishedBasis: 'b',
      reliabilityReason: 'why',
      hasText: true,
    });
    const fact = factRecord({ key: 'a/revenue', entity: 'a', label: 'Revenue', amount: 1.4e10, currency: 'USD', status: 'REPORTED', ...writeEvidence([span('doc-a', 'Alpha said no.')], quoteOf) }, reliability);
    expect(fact).toMatchObject({ key: 'a/revenue', entity: 'a', amount: 1.4e10, currency: 'USD', amountBound: null, evidence: ['doc-a'] });
    const claim = claimRecord({ key: 'd', topic: 'Value', subjects: ['c'] }, { key: 'd/1', position: 0, value: '$2 billion', standing: 'SITE_SUMMARY', relationships: [], ...writeEvidence([], quoteOf) }, reliability);
    expect(claim).toMatchObject({ dispute: 'd', subjects: ['c'], claim: 'd/1', position: 0, standing: 'SITE_SUMMARY', evidence: [], evidenceItems: [] });
  });
});
