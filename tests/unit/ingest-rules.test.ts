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
  { key: 'orbit-2', name: 'Orbit-2', kind: 'AI_MODEL', aliases: ['Orbit'] },
  { key: 'lumen', name: 'Lumen', kind: 'AI_MODEL', aliases: [] },
  { key: 'safety-charter', name: 'Safety Charter', kind: 'POLICY', aliases: [], policyType: 'CORPORATE_POLICY' },
  { key: 'road-act', name: 'Road Safety Act', kind: 'POLICY', aliases: [], policyType: 'LAW' },
  { key: 'settlement', name: 'Acme settlement over scraped manuals', kind: 'EVENT', aliases: [] },
  { key: 'charter-1', name: 'Safety Charter 1.0', kind: 'POLICY', aliases: ['Charter 1.0'], policyType: 'CORPORATE_POLICY' },
  { key: 'charter-2', name: 'Safety Charter 2.0', kind: 'POLICY', aliases: ['Charter 2.0'], policyType: 'CORPORATE_POLICY' },
  { key: 'charter-3', name: 'Safety Charter 3.0', kind: 'POLICY', aliases: ['Charter 3.0'], policyType: 'CORPORATE_POLICY' },
  { key: 'orbit-preview', name: 'Orbit Preview', kind: 'AI_MODEL', aliases: [] },
  { key: 'ruritania', name: 'Ruritania', kind: 'ORGANIZATION', aliases: [], orgType: 'GOVERNMENT_BODY' },
  { key: 'data-act', name: 'Ruritania Data Act', kind: 'POLICY', aliases: [], policyType: 'LAW' },
  { key: 'ledger', name: 'Daily Ledger', kind: 'ORGANIZATION', aliases: [], orgType: 'MEDIA' },
  { key: 'dock-strike', name: 'Harbour dock strike', kind: 'EVENT', aliases: ['dock strike'] },
];
const run = engineOn(known, '2026-02-27');

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

describe('versions', () => {
  it('reads "Charter 1.0 and 2.0" as naming both versions, each a version of the charter', () => {
    const r = run('The core of Charter 1.0 and 2.0 was a pledge to stop.');
    expect(r.mentions.map((m) => m.key)).toEqual(expect.arrayContaining(['charter-1', 'charter-2']));
    expect(find(r, 'charter-2', 'safety-charter')?.type).toBe('VERSION_OF');
  });

  it('reads "the third version of its Safety Charter" as version 3, replacing version 2', () => {
    const r = run('On May 2, Acme Robotics released the third version of its Safety Charter.');
    expect(find(r, 'acme', 'charter-3', 'CREATION')?.when?.value.iso).toBe('2026-05-02');
    expect(find(r, 'charter-3', 'charter-2')?.type).toBe('SUPERSEDES');
    expect(find(r, 'acme', 'safety-charter')).toBeUndefined();
  });

  it('takes introducing a versioned policy for its first version, unless it is called new', () => {
    expect(find(run('In 2019, Acme Robotics introduced the Safety Charter.'), 'acme', 'charter-1', 'CREATION')).toBeDefined();
    expect(find(run('In 2025, Acme Robotics introduced its new Safety Charter.'), 'acme', 'charter-1', 'CREATION')).toBeUndefined();
  });

  it('reads a preview from its name', () => {
    expect(find(run('Acme Robotics showed Orbit Preview to testers.'), 'orbit-preview', 'orbit-2')?.type).toBe('PREVIEW_OF');
  });
});

describe('agents the sentence leaves out', () => {
  it('finds the jurisdiction inside a law\'s name, and makes it the one that enacted the law', () => {
    const r = run('The Ruritania Data Act backed by Acme was signed into law in June.');
    expect(r.mentions.some((m) => m.key === 'ruritania')).toBe(true);
    expect(find(r, 'ruritania', 'data-act', 'REGULATION')?.type).toBe('ENACTED');
  });

  it('gives an agentless approval of a model to the last government body named', () => {
    const r = run('The Transport Ministry reviewed new systems in May. Orbit-2 was just approved for use on public roads.');
    expect(find(r, 'ministry', 'orbit-2', 'SUPPORT')).toBeDefined();
  });

  it('does not give an agentless change of a company policy to a government', () => {
    const r = run('The Transport Ministry reviewed new systems in May. The Safety Charter was quietly approved.');
    expect(find(r, 'ministry', 'safety-charter')).toBeUndefined();
  });

  it('takes the person, not the organisation, in "supported by Acme co-founder Jane Roe"', () => {
    const r = run('DeepWell was supported by Acme co-founder Jane Roe in May.');
    expect(find(r, 'jane-roe', 'deepwell', 'SUPPORT')).toBeDefined();
    expect(find(r, 'acme', 'deepwell', 'SUPPORT')).toBeUndefined();
  });

  it('resolves a subject "it" to the subject of the clause before it', () => {
    const r = run('While the Transport Ministry presses Acme Robotics for data, it has signed a deal with DeepWell.');
    expect(find(r, 'ministry', 'deepwell', 'TRANSACTION')?.type).toBe('SIGNED_DEAL_WITH');
    expect(find(r, 'acme', 'deepwell')).toBeUndefined();
  });

  it('does not read the empty "it" of "it was revealed" as a party', () => {
    const r = run('Acme Robotics met DeepWell in May. It was revealed that Orbit-2 was used in the dock strike.');
    expect(r.mentions.some((m) => m.via === 'coreference' && m.text === 'It')).toBe(false);
  });
});

describe('modality and questions', () => {
  it('reads a coercion under "may" as a threat', () => {
    const p = find(run('After the deadline, the Transport Ministry may invoke its powers to compel Acme Robotics.'), 'ministry', 'acme', 'PRESSURE')!;
    expect(p.cameo!.startsWith('13')).toBe(true);
  });

  it('reads a potential blacklisting by someone as their threat', () => {
    const p = find(run('Acme Robotics is facing a potential blacklisting by the Transport Ministry.'), 'ministry', 'acme', 'PRESSURE')!;
    expect(p.cameo).toBe('1312');
  });

  it('proposes nothing from a question', () => {
    expect(run('Why would the Transport Ministry sanction Acme Robotics?').proposals).toHaveLength(0);
  });

  it('reads bullets run into one line as separate sentences', () => {
    const r = run('Acme Robotics sued DeepWell in May. - The Transport Ministry fined Acme Robotics.');
    expect(find(r, 'acme', 'deepwell', 'PRESSURE')!.evidence.end).toBeLessThan(40);
  });
});
