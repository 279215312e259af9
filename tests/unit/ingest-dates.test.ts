import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/ingest/input.js';
import { engineOn, find } from '../support/ingest.js';

// Invented actors and sentences only: no article text enters the repository.
const known: KnownEntity[] = [
  { key: 'acme', name: 'Acme Robotics', kind: 'ORGANIZATION', aliases: ['Acme'], orgType: 'COMPANY' },
  { key: 'ministry', name: 'Ministry of Transport', kind: 'ORGANIZATION', aliases: ['Transport Ministry'], orgType: 'GOVERNMENT_BODY' },
  { key: 'deepwell', name: 'DeepWell', kind: 'ORGANIZATION', aliases: [], orgType: 'COMPANY' },
  { key: 'jane-roe', name: 'Jane Roe', kind: 'PERSON', aliases: [] },
  { key: 'tom-poe', name: 'Tom Poe', kind: 'PERSON', aliases: [] },
  { key: 'orbit-2', name: 'Orbit-2', kind: 'AI_MODEL', aliases: [] },
  { key: 'dock-strike', name: 'Harbour dock strike', kind: 'EVENT', aliases: ['dock strike'] },
  { key: 'ledger', name: 'Daily Ledger', kind: 'ORGANIZATION', aliases: [], orgType: 'MEDIA' },
  { key: 'contract', name: 'Acme–Ministry road contract', kind: 'CONTRACT', aliases: [] },
];
const run = engineOn(known, '2026-05-06');

describe('dates of standing ties', () => {
  it('attests a role on the day its holder acts in the sentence', () => {
    const r = run('On May 2, Acme CEO Jane Roe met with Tom Poe.');
    expect(find(r, 'jane-roe', 'acme', 'AFFILIATION')?.when?.value.iso).toBe('2026-05-02');
  });

  it('attests a role with no dated act, and any other standing tie, as of publication', () => {
    const r = run('Acme CEO Jane Roe said: "The line is thin."\nAcme Robotics is an investor in DeepWell.');
    const role = find(r, 'jane-roe', 'acme', 'AFFILIATION')!.when!;
    expect(role.value.iso).toBe('2026-05-06');
    expect(role.value.relative).toEqual({ phrase: 'as of publication', anchor: 'doc-test' });
    expect(find(r, 'acme', 'deepwell', 'AFFILIATION')?.when?.value.iso).toBe('2026-05-06');
  });
});

describe('dates of acts by clause', () => {
  it('dates an act done "subsequently" to the year of the date before it, not to that date', () => {
    const r = run('The Transport Ministry sued Acme last summer. The ministry subsequently sued DeepWell.');
    expect(find(r, 'ministry', 'acme')?.when?.value).toMatchObject({ iso: '2025-22', precision: 'SEASON' });
    const later = find(r, 'ministry', 'deepwell')?.when?.value;
    expect(later).toMatchObject({ iso: '2025', precision: 'YEAR', estimated: true });
  });

  it('dates the revelation, not what was revealed', () => {
    const r = run('In April, it was revealed that Orbit-2 was used in the dock strike.');
    expect(find(r, 'orbit-2', 'dock-strike')?.when).toBeUndefined();
  });

  it('does not give a report the date of the events it reports', () => {
    const r = run('According to the Daily Ledger, the dock strike began in April.');
    const when = find(r, 'ledger', 'dock-strike')!.when!.value;
    expect(when).toMatchObject({ iso: '2026-Q2', precision: 'QUARTER', estimated: true });
  });

  it('reads "as of publication" as the publication date', () => {
    const r = run('Acme Robotics sued DeepWell on May 2.\nAs of publication, Acme Robotics says it will not back down to DeepWell.');
    expect(r.proposals.filter((p) => p.type === 'REFUSED_TO_YIELD').map((p) => p.when?.value.iso)).toContain('2026-05-06');
  });

  it('places an act "just after" a dated one in that month, as an estimate', () => {
    const r = run('On April 14, Acme Robotics sued DeepWell. It came just after the Transport Ministry suspended Orbit-2.');
    expect(find(r, 'ministry', 'orbit-2')?.when?.value).toMatchObject({ iso: '2026-04', precision: 'MONTH', estimated: true });
  });

  it('counts "three years later" from the year before it in the same sentence', () => {
    const r = run('On May 2, Acme Robotics sued DeepWell.\nA truce seemed possible in 2023, but three years later Acme Robotics criticised DeepWell again.');
    expect(find(r, 'acme', 'deepwell', 'PRESSURE') && r.proposals.filter((p) => p.type === 'CRITICIZED')[0]?.when?.value.iso).toBe('2026');
  });

  it('does not take a deadline for the day "the same day" refers to', () => {
    const r = run('On May 2, Acme Robotics sued DeepWell and set a deadline of 5 PM on Friday.\nOn the same day, Tom Poe criticised Acme Robotics.');
    expect(find(r, 'tom-poe', 'acme')?.when?.value.iso).toBe('2026-05-02');
  });
});

describe('weekdays', () => {
  it('regression: a deadline "by Friday" is the Friday after the day named before it, not the nearest one', () => {
    // May 4, 2026 is a Monday: the nearest Friday (May 1) is behind it, the deadline is May 8.
    const r = run('On May 4, the Transport Ministry demanded that Acme Robotics stop by Friday, 5 PM.');
    const deadline = find(r, 'ministry', 'acme')?.deadline?.value;
    expect(deadline?.iso.slice(0, 10)).toBe('2026-05-08');
    expect(deadline?.basis).toMatch(/first Friday on or after/);
  });

  it('"last Friday" looks back from the day it counts from', () => {
    const r = run('Acme Robotics sued DeepWell last Friday.');
    // Published Wednesday May 6: the Friday before is May 1.
    expect(find(r, 'acme', 'deepwell')?.when?.value.iso).toBe('2026-05-01');
  });
});

describe('amounts', () => {
  it('gives a sum the bound the text states for it elsewhere', () => {
    const r = run('The Transport Ministry threatened to cancel the $90 million contract with Acme Robotics on May 2.\nThe contract, worth up to $90 million, was signed last year.');
    const p = r.proposals.find((x) => x.type === 'THREATENED_TO_CANCEL_CONTRACT')!;
    expect(p.amount).toMatchObject({ amount: 90_000_000, bound: 'UP_TO' });
  });
});

describe('new entity candidates', () => {
  it('regression: a date read as a proper noun ("March 2") is no entity, and "Industries" makes an organisation', () => {
    const r = run('On March 2, Zorblax Industries criticised Acme Robotics. Zorblax Industries later sued DeepWell on March 4.');
    expect(r.newEntities.map((e) => e.name)).not.toContain('March 2');
    expect(r.newEntities.map((e) => e.name)).not.toContain('March 4');
    expect(r.newEntities.find((e) => e.name === 'Zorblax Industries')?.kind).toBe('ORGANIZATION');
  });
});
