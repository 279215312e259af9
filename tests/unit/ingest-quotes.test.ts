import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/ingest/input.js';
import { engineOn, find, keyOf } from '../support/ingest.js';

// Invented actors and sentences only: no article text enters the repository.
const known: KnownEntity[] = [
  { key: 'acme', name: 'Acme Robotics', kind: 'ORGANIZATION', aliases: ['Acme'], orgType: 'COMPANY' },
  { key: 'ministry', name: 'Ministry of Transport', kind: 'ORGANIZATION', aliases: ['Transport Ministry'], orgType: 'GOVERNMENT_BODY' },
  { key: 'deepwell', name: 'DeepWell', kind: 'ORGANIZATION', aliases: [], orgType: 'COMPANY' },
  { key: 'jane-roe', name: 'Jane Roe', kind: 'PERSON', aliases: [] },
  { key: 'tom-poe', name: 'Tom Poe', kind: 'PERSON', aliases: [] },
  { key: 'ledger', name: 'Daily Ledger', kind: 'ORGANIZATION', aliases: [], orgType: 'MEDIA' },
  { key: 'dock-strike', name: 'Harbour dock strike', kind: 'EVENT', aliases: ['dock strike'] },
];
const run = engineOn(known, '2026-05-06');

describe('quotations', () => {
  it('reads a question put to "you" as criticism of the party named before it', () => {
    const r = run('DeepWell was sued by Acme Robotics on May 2.\nTom Poe said: "You copy everyone, and then you sue them for copying?"');
    const p = find(r, 'tom-poe', 'acme', 'PRESSURE')!;
    expect(p.cameo).toBe('111');
    expect(p.matched).toContain('quotation');
  });

  it('reads words of theft about a named party as an accusation', () => {
    const p = find(run('Tom Poe posted: "DeepWell stole our maps. Everyone knows it."'), 'tom-poe', 'deepwell', 'PRESSURE')!;
    expect(p.cameo).toBe('112');
  });

  it('reads praise as support, with the speaker after the quotation', () => {
    const r = run('“If they hold the line, it will improve my opinion of Acme Robotics,” said Jane Roe.');
    expect(find(r, 'jane-roe', 'acme', 'SUPPORT')?.cameo).toBe('051');
  });

  it('reads a neutral remark to an outlet as a comment on what the section is about, carried by the outlet', () => {
    const r = run('The Dock Strike Spreads\nJane Roe told the Daily Ledger: "The line between a strike and a lockout is thin."');
    expect(find(r, 'jane-roe', 'dock-strike', 'COMMUNICATION')?.cameo).toBe('010');
    expect(find(r, 'ledger', 'dock-strike', 'COMMUNICATION')?.type).toBe('REPORTED_ON');
  });

  it('reads "we" in a block quote as the organisation that wrote it', () => {
    const r = run('Acme Robotics wrote in a statement:\nWe will sue DeepWell over the stolen maps. We regret it.');
    expect(r.mentions.find((m) => m.text === 'We')?.key).toBe('acme');
    expect(r.proposals.find((p) => p.type === 'SUED' && keyOf(p.source) === 'acme' && keyOf(p.target) === 'deepwell')).toBeDefined();
  });

  it('reads "we" in a spokesperson\'s quotation as their organisation defending its own move', () => {
    const r = run('Acme CEO Jane Roe spoke on May 2.\nThe Dock Strike Spreads\nJane Roe told reporters: "We felt that closing the dock would help nobody."');
    expect(find(r, 'jane-roe', 'dock-strike', 'SUPPORT')?.type).toBe('DEFENDED');
  });

  it('dates an undated reaction between the last date before it and publication', () => {
    const r = run('DeepWell was sued by Acme Robotics on May 2.\nTom Poe said: "You copy everyone, and then you sue them for copying?"');
    const when = find(r, 'tom-poe', 'acme', 'PRESSURE')!.when!.value;
    expect(when).toMatchObject({ iso: '2026-05', precision: 'MONTH', qualifier: 'EARLY', estimated: true });
    expect(when.basis).toMatch(/before publication/);
  });
});

describe('reports', () => {
  it('reads "According to X, …" as X reporting on the event of the clause', () => {
    const r = run('According to the Daily Ledger, the dock strike began at dawn.');
    expect(find(r, 'ledger', 'dock-strike', 'COMMUNICATION')?.type).toBe('REPORTED_ON');
  });

  it('reads "…, as noted by X" as X reporting on the party of the clause', () => {
    const r = run('The pressure from the Transport Ministry shows it needs Acme, as noted by the Daily Ledger.');
    expect(find(r, 'ledger', 'ministry', 'COMMUNICATION')).toBeDefined();
  });
});
