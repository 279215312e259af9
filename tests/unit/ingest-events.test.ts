import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/ingest/input.js';
import { engineOn, find, keyOf } from '../support/ingest.js';

// Invented actors, events and sentences only: no article text enters the repository.
const known: KnownEntity[] = [
  { key: 'acme', name: 'Acme Robotics', kind: 'ORGANIZATION', aliases: ['Acme'], orgType: 'COMPANY' },
  { key: 'ministry', name: 'Ministry of Transport', kind: 'ORGANIZATION', aliases: ['Transport Ministry'], orgType: 'GOVERNMENT_BODY' },
  { key: 'jane-roe', name: 'Jane Roe', kind: 'PERSON', aliases: [] },
  { key: 'tom-poe', name: 'Tom Poe', kind: 'PERSON', aliases: [] },
  { key: 'road-act', name: 'Road Safety Act', kind: 'POLICY', aliases: [], policyType: 'LAW' },
  { key: 'roe-poe-meeting', name: 'Roe–Poe meeting in Oslo', kind: 'EVENT', aliases: [] },
  { key: 'acme-dispute', name: 'Acme–Transport Ministry dispute over crash data', kind: 'EVENT', aliases: [] },
  { key: 'acme-founding', name: 'Founding of Acme Robotics', kind: 'EVENT', aliases: [] },
  { key: 'roe-resignation', name: 'Resignation of Jane Roe', kind: 'EVENT', aliases: [] },
  { key: 'ministry-ultimatum', name: 'Ministry ultimatum to Acme', kind: 'EVENT', aliases: ['ultimatum'] },
];
const run = engineOn(known, '2026-05-06');

describe('events named after their parties', () => {
  it('makes both sides of a meeting a verb reports attend the known meeting named after them', () => {
    const r = run('Jane Roe met with Tom Poe on May 2.');
    expect(find(r, 'jane-roe', 'roe-poe-meeting')?.type).toBe('ATTENDED');
    expect(find(r, 'tom-poe', 'roe-poe-meeting')?.type).toBe('ATTENDED');
  });

  it('finds "the meeting" from the words of the sentence before it', () => {
    const r = run('Jane Roe sat across from Tom Poe in Oslo. The mood of the meeting was cold.');
    expect(r.mentions.some((m) => m.key === 'roe-poe-meeting' && m.via === 'description' && m.text === 'meeting')).toBe(true);
  });

  it('reads "disagreements between A and B" as the known dispute, with both taking part', () => {
    const r = run('Disagreements have arisen between Acme and the Transport Ministry over crash data.');
    expect(find(r, 'acme', 'acme-dispute', 'PARTICIPATION')?.type).toBe('TOOK_PART_IN');
    expect(find(r, 'ministry', 'acme-dispute', 'PARTICIPATION')).toBeDefined();
  });

  it('reads a founding as establishing its organisation, and a resignation as its person\'s', () => {
    expect(find(run('Acme Robotics was founded in 2019 in Oslo.'), 'acme-founding', 'acme', 'CREATION')?.type).toBe('ESTABLISHED');
    expect(find(run('Jane Roe resigned in May.'), 'jane-roe', 'roe-resignation', 'PARTICIPATION')?.type).toBe('RESIGNED');
  });
});

describe('ultimatums and what they hold out', () => {
  const text = 'On May 2, the Transport Ministry gave Acme an ultimatum. Otherwise, the Road Safety Act would be invoked against it.';

  it('makes the issuer deliver and the target receive the ultimatum', () => {
    const r = run(text);
    expect(find(r, 'ministry', 'ministry-ultimatum')?.type).toBe('DELIVERED');
    expect(find(r, 'acme', 'ministry-ultimatum')?.type).toBe('RECEIVED');
  });

  it('reads a consequence after "Otherwise" as a threat in the ultimatum, by its issuer', () => {
    const r = run(text);
    expect(find(r, 'road-act', 'ministry-ultimatum')?.type).toBe('THREATENED_IN');
    const threat = r.proposals.find((p) => p.type === 'THREATENED_TO_INVOKE');
    expect(threat && keyOf(threat.source)).toBe('ministry');
    expect(threat && keyOf(threat.target)).toBe('acme');
    expect(threat?.when?.value.iso).toBe('2026-05-02');
  });

  it('holds nothing out once the text has moved to another section', () => {
    const r = run('On May 2, the Transport Ministry gave Acme an ultimatum.\nRoad News\nThe Road Safety Act would be amended next year.');
    expect(find(r, 'road-act', 'ministry-ultimatum')).toBeUndefined();
  });
});
