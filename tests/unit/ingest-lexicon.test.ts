import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/ingest/input.js';
import { proposeClaims } from '../../src/ingest/propose.js';
import { engineOn, find, keyOf } from '../support/ingest.js';

// Invented actors, contracts and sentences only: no article text enters the repository.
const known: KnownEntity[] = [
  { key: 'acme', name: 'Acme Robotics', kind: 'ORGANIZATION', aliases: ['Acme'], orgType: 'COMPANY' },
  { key: 'ministry', name: 'Ministry of Transport', kind: 'ORGANIZATION', aliases: ['Transport Ministry'], orgType: 'GOVERNMENT_BODY' },
  { key: 'deepwell', name: 'DeepWell', kind: 'ORGANIZATION', aliases: [], orgType: 'COMPANY' },
  { key: 'jane-roe', name: 'Jane Roe', kind: 'PERSON', aliases: [] },
  { key: 'orbit-2', name: 'Orbit-2', kind: 'AI_MODEL', aliases: ['Orbit'] },
  { key: 'lumen', name: 'Lumen', kind: 'AI_MODEL', aliases: [] },
  { key: 'road-contract', name: 'Acme–Transport Ministry road contract', kind: 'CONTRACT', aliases: [] },
];
const run = engineOn(known, '2026-05-06');

describe('verbs whose object is not simply the next noun', () => {
  it('makes the one whose order was received the agent of the pressure', () => {
    const r = run('On May 2, Acme received the Transport Ministry\'s order to hand over its crash logs.');
    const p = find(r, 'ministry', 'acme', 'PRESSURE');
    expect(p?.cameo).toBe('172');
    expect(find(r, 'acme', 'ministry', 'PRESSURE')).toBeUndefined();
  });

  it('takes the possessor after "provider of" as the client', () => {
    const r = run('DeepWell is the main provider of Acme\'s cloud storage.');
    expect(find(r, 'deepwell', 'acme', 'TRANSACTION')?.type).toBe('PROVIDES_SERVICES_TO');
  });

  it('gives an estimate every model named after "estimated that" in its clause', () => {
    const r = run('Jane Roe estimated that Orbit-2 and Lumen cost about the same to train.');
    expect(find(r, 'jane-roe', 'orbit-2')?.type).toBe('ESTIMATED');
    expect(find(r, 'jane-roe', 'lumen')?.type).toBe('ESTIMATED');
  });

  it('takes the model named before "extracting its skills" as what was distilled', () => {
    const r = run('Through countless chats with Orbit-2, DeepWell kept extracting its reasoning capabilities.');
    expect(find(r, 'deepwell', 'orbit-2', 'COMPETITION')?.type).toBe('DISTILLED');
  });

  it('makes each member of a plural subject compete with the other when no rival follows', () => {
    const r = run('Acme and DeepWell are both competing for drivers in Oslo.');
    expect(find(r, 'acme', 'deepwell', 'COMPETITION')?.type).toBe('COMPETES_WITH');
    expect(find(r, 'deepwell', 'acme', 'COMPETITION')?.type).toBe('COMPETES_WITH');
  });

  it('answers "was not buying it" to the last party that argued something', () => {
    const r = run('Acme argued that the rule would slow its trucks. Jane Roe wasn\'t buying it.');
    expect(find(r, 'jane-roe', 'acme')?.type).toBe('REJECTED');
    expect(run('Jane Roe wasn\'t buying it.').proposals.some((p) => p.type === 'REJECTED')).toBe(false);
  });

  it('reads pointing to a party\'s indifference as criticism of that party', () => {
    const r = run('Jane Roe pointed to Acme\'s indifference about safety.');
    expect(find(r, 'jane-roe', 'acme', 'PRESSURE')?.type).toBe('CRITICIZED');
  });
});

describe('contracts', () => {
  it('makes the parties a contract is named after, when named nearby, parties to it when it is won', () => {
    const r = run('The Transport Ministry needed new roads. Acme secured the road contract in April.');
    expect(find(r, 'acme', 'road-contract')?.type).toBe('PARTY_TO');
    expect(find(r, 'ministry', 'road-contract')?.type).toBe('PARTY_TO');
    expect(find(r, 'ministry', 'acme', 'TRANSACTION')?.type).toBe('AWARDED_CONTRACT');
  });

  it('proposes no party when nothing is won, awarded or signed', () => {
    const r = run('The Transport Ministry talked about the road contract with Acme.');
    expect(r.proposals.some((p) => p.type === 'PARTY_TO' || p.type === 'AWARDED_CONTRACT')).toBe(false);
  });
});

describe('noun phrases', () => {
  it('reads "Brazilian President Roe" as a role even when the title is part of the alias', () => {
    const r = proposeClaims({
      text: 'Brazilian President Roe spoke in Oslo.',
      knownEntities: [
        { key: 'roe', name: 'Jane Roe', kind: 'PERSON', aliases: ['Brazilian President Roe', 'Roe'] },
        { key: 'brazil', name: 'Brazil', kind: 'ORGANIZATION', aliases: [], orgType: 'GOVERNMENT_BODY' },
      ],
      language: 'en',
    });
    expect(r.proposals.some((p) => keyOf(p.source) === 'roe' && keyOf(p.target) === 'brazil' && p.category === 'AFFILIATION')).toBe(true);
  });

  it('gives a company title with no organisation before it to the company the section was last about', () => {
    const r = run('Acme Robotics and the Transport Ministry have argued for weeks. The company wants fewer checks.\nCEO Jane Roe met with officials in Oslo.');
    const role = find(r, 'jane-roe', 'acme', 'AFFILIATION');
    expect(role?.type).toBe('HOLDS_ROLE');
    expect(role?.role).toBe('CEO');
    expect(find(r, 'jane-roe', 'ministry')).toBeUndefined();
  });

  it('gives a bare company title to nobody when the section has named no company', () => {
    const r = run('The Transport Ministry met in Oslo.\nCEO Jane Roe spoke first.');
    expect(r.proposals.some((p) => p.type === 'HOLDS_ROLE')).toBe(false);
  });

  it('reads models in brackets after an organisation as the organisation\'s models', () => {
    const r = run('| Trait | DeepWell (Orbit-2/Lumen) |\n| Speed | fast |');
    expect(find(r, 'deepwell', 'orbit-2', 'CREATION')?.type).toBe('DEVELOPED');
    expect(find(r, 'deepwell', 'lumen', 'CREATION')?.type).toBe('DEVELOPED');
    expect(find(run('Acme Robotics (a rival of DeepWell) praised Orbit-2.'), 'acme', 'orbit-2', 'CREATION')).toBeUndefined();
  });

  it('reads a favourable comparison whose rivals have version numbers with dots', () => {
    const r = engineOn([...known, { key: 'nova', name: 'Nova 4.8', kind: 'AI_MODEL', aliases: [] }], '2026-05-06')('Lumen makes other models, including Nova 4.8 and Orbit-2, seem slow.');
    expect(find(r, 'lumen', 'nova', 'COMPETITION')?.type).toBe('COMPARED_FAVOURABLY_WITH');
    expect(find(r, 'lumen', 'orbit-2', 'COMPETITION')?.type).toBe('COMPARED_FAVOURABLY_WITH');
  });
});
