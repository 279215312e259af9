import { describe, expect, it } from 'vitest';
import type { IngestInput, KnownEntity } from '../../src/ingest/input.js';
import { proposeClaims } from '../../src/ingest/propose.js';

// Invented actors and sentences only: no article text enters the repository.
const known: KnownEntity[] = [
  { key: 'acme', name: 'Acme Robotics', kind: 'ORGANIZATION', aliases: ['Acme'], orgType: 'COMPANY' },
  { key: 'ministry', name: 'Ministry of Transport', kind: 'ORGANIZATION', aliases: ['Transport Ministry'], orgType: 'GOVERNMENT_BODY' },
  { key: 'deepwell', name: 'DeepWell', kind: 'ORGANIZATION', aliases: [], orgType: 'COMPANY' },
  { key: 'jane-roe', name: 'Jane Roe', kind: 'PERSON', aliases: [] },
  { key: 'tom-poe', name: 'Tom Poe', kind: 'PERSON', aliases: [] },
  { key: 'orbit-2', name: 'Orbit-2', kind: 'AI_MODEL', aliases: ['Orbit'] },
  { key: 'lumen', name: 'Lumen', kind: 'AI_MODEL', aliases: [] },
  { key: 'safety-charter', name: 'Safety Charter', kind: 'POLICY', aliases: [], policyType: 'CORPORATE_POLICY' },
  { key: 'road-act', name: 'Road Safety Act', kind: 'POLICY', aliases: [], policyType: 'LAW' },
  { key: 'settlement', name: 'Acme settlement over scraped manuals', kind: 'EVENT', aliases: [] },
];
const run = (text: string, extra: Partial<IngestInput> = {}) =>
  proposeClaims({ text, knownEntities: known, publishedOn: { iso: '2026-02-27', precision: 'DAY' }, documentKey: 'doc-test', language: 'en', ...extra });
const keyOf = (e: { key: string } | { candidate: unknown }) => ('key' in e ? e.key : null);
const find = (r: ReturnType<typeof run>, source: string, target: string, category?: string) =>
  r.proposals.find((p) => keyOf(p.source) === source && keyOf(p.target) === target && (!category || p.category === category));

describe('category rules of the graph', () => {
  it('makes dropping a party\'s own policy CREATION, and repealing a law REGULATION', () => {
    const r = run('Acme Robotics scrapped its Safety Charter in March. The Transport Ministry repealed the Road Safety Act in April.');
    expect(find(r, 'acme', 'safety-charter')?.category).toBe('CREATION');
    expect(find(r, 'ministry', 'road-act')?.category).toBe('REGULATION');
  });

  it('reads suspending one model as an administrative sanction, not rule-making', () => {
    const r = run('The Transport Ministry suspended Orbit-2 on May 3.');
    const p = find(r, 'ministry', 'orbit-2')!;
    expect(p.category).toBe('PRESSURE');
    expect(p.cameo).toBe('172');
  });
});

describe('subjects and objects', () => {
  it('skips a noun of the wrong kind when looking for the subject', () => {
    const r = run('A court heard that Acme Robotics had paid a settlement over scraped manuals to train Orbit-2.');
    expect(find(r, 'acme', 'orbit-2', 'CREATION')).toBeDefined();
    expect(r.proposals.some((p) => keyOf(p.source) === 'settlement')).toBe(false);
  });

  it('takes the noun before "which" as the subject of the relative clause', () => {
    const r = run('Acme Robotics shipped Lumen, which is a version of Orbit with fewer limits.');
    expect(find(r, 'lumen', 'orbit-2', 'COMPETITION')?.type).toBe('DERIVED_FROM');
  });

  it('does not read an aside after a dash as the object', () => {
    const r = run('Acme Robotics criticised the plan—DeepWell had drafted it.');
    expect(r.proposals.some((p) => keyOf(p.target) === 'deepwell')).toBe(false);
  });
});

describe('reference', () => {
  it('resolves "him" to the last person other than the subject of its clause', () => {
    const r = run('Jane Roe met with Tom Poe on May 2.\nTom Poe gave him an ultimatum the next day.');
    expect(r.mentions.find((m) => m.text === 'him')?.key).toBe('jane-roe');
  });

  it('aims pressure at a representative at the organisation they hold a role in', () => {
    const r = run('Acme CEO Jane Roe met Tom Poe on May 2. The next day Tom Poe gave her an ultimatum.');
    const p = find(r, 'tom-poe', 'acme', 'PRESSURE')!;
    expect(p.type).toBe('ISSUED_ULTIMATUM');
    expect(p.matched.join(' ')).toMatch(/represents/);
  });

  it('lets "the ministry" point back to a department named only in a title', () => {
    const r = run('Transport Minister Tom Poe spoke on May 2. The ministry accused Acme of hiding crash data.');
    expect(find(r, 'ministry', 'acme', 'PRESSURE')).toBeDefined();
  });
});
