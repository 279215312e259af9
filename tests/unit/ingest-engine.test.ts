import { describe, expect, it } from 'vitest';
import { MAX_PROPOSALS, MAX_TEXT_UNITS, type KnownEntity } from '../../src/ingest/input.js';
import { proposeClaims } from '../../src/ingest/propose.js';
import { engineOn, find, keyOf } from '../support/ingest.js';
import type { IngestInput } from '../../src/ingest/input.js';

// Invented actors and sentences only: no article text enters the repository.
const known: KnownEntity[] = [
  { key: 'acme', name: 'Acme Robotics', kind: 'ORGANIZATION', aliases: ['Acme'], orgType: 'COMPANY' },
  { key: 'ministry', name: 'Ministry of Transport', kind: 'ORGANIZATION', aliases: ['Transport Ministry'], orgType: 'GOVERNMENT_BODY' },
  { key: 'deepwell', name: 'DeepWell', kind: 'ORGANIZATION', aliases: [], orgType: 'COMPANY' },
  { key: 'jane-roe', name: 'Jane Roe', kind: 'PERSON', aliases: [] },
  { key: 'orbit-2', name: 'Orbit-2', kind: 'AI_MODEL', aliases: [] },
  { key: 'nordbank', name: 'Nordbank', kind: 'ORGANIZATION', aliases: [], orgType: 'COMPANY' },
];
const run = engineOn(known, '2026-02-27');

describe('mentions of known entities', () => {
  it('finds possessive, hyphen, spacing and case variants of names', () => {
    const r = run("Acme's board met on Monday. DEEPWELL and Deep Well and Deep-Well replied. Orbit 2 was shown.");
    const texts = r.mentions.filter((m) => m.via === 'name').map((m) => `${m.key}:${m.text}`);
    expect(texts).toEqual(expect.arrayContaining(['acme:Acme', 'deepwell:DEEPWELL', 'deepwell:Deep Well', 'deepwell:Deep-Well', 'orbit-2:Orbit 2']));
    expect(r.mentions.find((m) => m.key === 'acme')!.possessive).toBe(true);
  });

  it('does not take a lower-case common word for a capitalised name', () => {
    const r = run('The nordbank of the river flooded.');
    expect(r.mentions.some((m) => m.key === 'nordbank')).toBe(false);
  });

  it('points "the ministry" and "the company" back to the last entity of that kind in the paragraph', () => {
    const r = run('Acme Robotics met the Transport Ministry on Monday. The ministry accused the company of hiding crash data.');
    const coref = r.mentions.filter((m) => m.via === 'coreference').map((m) => `${m.text}->${m.key}`);
    expect(coref).toEqual(expect.arrayContaining(['The ministry->ministry', 'the company->acme']));
    expect(find(r, 'ministry', 'acme', 'PRESSURE')?.cameo).toBe('112');
  });

  it('carries a definite description back to the paragraph before, at lower confidence, but not across a heading', () => {
    const r = run('Acme Robotics opened a plant.\nThe company accused DeepWell of theft.');
    const back = r.mentions.find((m) => m.via === 'coreference' && m.text === 'The company');
    expect(back?.key).toBe('acme');
    expect(back!.confidence).toBeLessThan(0.7);
    const headed = run('Acme Robotics opened a plant.\nA New Season\nThe company accused DeepWell of theft.');
    expect(headed.mentions.some((m) => m.via === 'coreference' && m.text === 'The company')).toBe(false);
  });
});

describe('dates against the publication date', () => {
  const whenOf = (sentence: string) => run(`Acme Robotics accused DeepWell of theft ${sentence}.`).proposals[0]?.when;
  it.each([
    ['on February 24', '2026-02-24', 'DAY', undefined],
    ['last summer', '2025-22', 'SEASON', undefined],
    ['in January of this year', '2026-01', 'MONTH', undefined],
    ['last October', '2025-10', 'MONTH', undefined],
    ['in early February', '2026-02', 'MONTH', 'EARLY'],
    ['in 2026', '2026', 'YEAR', undefined],
    ['this week', '2026-02', 'MONTH', 'LATE'],
  ])('"%s" is %s (%s)', (phrase, iso, precision, qualifier) => {
    const when = whenOf(phrase)!;
    expect(when.value.iso).toBe(iso);
    expect(when.value.precision).toBe(precision);
    expect(when.value.qualifier).toBe(qualifier);
    expect(when.phrase.toLowerCase()).toContain(phrase.replace(/^(?:on|in) /, '').toLowerCase());
  });

  it('reads "5:01 PM on Friday" as a minute in the zone the text states, as a deadline', () => {
    const r = run('On February 24, the Transport Ministry gave Acme an ultimatum to comply by 5:01 PM ET on Friday.');
    const p = find(r, 'ministry', 'acme', 'PRESSURE')!;
    expect(p.type).toBe('ISSUED_ULTIMATUM');
    expect(p.when?.value.iso).toBe('2026-02-24');
    expect(p.deadline?.value).toMatchObject({ iso: '2026-02-27T17:01-05:00', precision: 'MINUTE', timezone: 'America/New_York' });
    // The weekday is resolved (so estimated), but the zone is the text's own.
    expect(p.deadline?.value.basis).not.toMatch(/no time zone/i);
  });

  it('says so when a clock time has no zone: estimated, with the basis', () => {
    const r = run('On February 24, the Transport Ministry gave Acme an ultimatum to comply by Friday at 5:01 PM.');
    const d = find(r, 'ministry', 'acme', 'PRESSURE')!.deadline!.value;
    expect(d.precision).toBe('MINUTE');
    expect(d.estimated).toBe(true);
    expect(d.basis).toMatch(/no time zone/i);
  });

  it('counts "two months later" from the date before it in the text', () => {
    const r = run('Acme released Orbit-2 on March 3, 2025. Two months later, DeepWell accused Acme of copying it.');
    const when = find(r, 'deepwell', 'acme', 'PRESSURE')!.when!;
    expect(when.value).toMatchObject({ iso: '2025-05', precision: 'MONTH', estimated: true });
    expect(when.phrase).toBe('Two months later');
  });
});

describe('money with its bound', () => {
  it.each([
    ['up to $200 million', 200_000_000, 'UP_TO'],
    ['$1.5 billion', 1_500_000_000, 'EXACT'],
    ['nearly $3 billion', 3_000_000_000, 'ABOUT'],
    ['more than $40 million', 40_000_000, 'AT_LEAST'],
    ['over €5 million', 5_000_000, 'AT_LEAST'],
  ])('"%s"', (phrase, amount, bound) => {
    const p = run(`Nordbank invested ${phrase} in Acme Robotics.`).proposals.find((x) => x.type === 'INVESTED_IN')!;
    expect(p.amount).toMatchObject({ amount, bound });
    expect(p.category).toBe('TRANSACTION');
  });
});

describe('source and target by syntax', () => {
  it('reads the passive: "was accused by X" makes X the source', () => {
    const r = run('Acme Robotics was accused by DeepWell of stealing designs.');
    expect(find(r, 'deepwell', 'acme', 'PRESSURE')).toBeDefined();
    expect(find(r, 'acme', 'deepwell')).toBeUndefined();
  });

  it('takes each member of a list as a source, and a role as affiliation', () => {
    const r = run('Acme Robotics and DeepWell rejected the demand of the Transport Ministry. Acme CEO Jane Roe met with the Transport Ministry.');
    expect(find(r, 'acme', 'ministry', 'OPPOSITION')?.cameo).toBe('120');
    expect(find(r, 'deepwell', 'ministry', 'OPPOSITION')).toBeDefined();
    expect(find(r, 'jane-roe', 'acme', 'AFFILIATION')).toMatchObject({ type: 'HOLDS_ROLE', role: 'CEO' });
    expect(find(r, 'jane-roe', 'ministry', 'COMMUNICATION')?.cameo).toBe('040');
  });

  it('keeps categories to the CAMEO rule and drops negated acts', () => {
    const r = run('Nordbank did not support Acme Robotics. DeepWell threatened to blacklist Acme.');
    expect(find(r, 'nordbank', 'acme')).toBeUndefined();
    expect(find(r, 'deepwell', 'acme')).toMatchObject({ category: 'PRESSURE', cameo: '1312' });
  });

  it('points each proposal at its sentence in UTF-16 units', () => {
    const text = '😀 Preface. DeepWell accused Acme of theft.';
    const p = run(text).proposals[0]!;
    expect(text.slice(p.evidence.start, p.evidence.end)).toBe('DeepWell accused Acme of theft.');
  });

  it('offers a proposal that matches an existing relationship as added evidence', () => {
    const r = run('DeepWell accused Acme of theft.', { existingRelationships: [{ key: 'deepwell-accuses-acme', type: 'ACCUSED', category: 'PRESSURE', source: 'deepwell', target: 'acme', cameo: '112' }] });
    expect(r.proposals[0]!.addsEvidenceTo).toBe('deepwell-accuses-acme');
  });
});

describe('nothing to propose, and why', () => {
  it('proposes nothing from site furniture', () => {
    const text = 'DeepWell accused Acme of theft.\nRelated: Nordbank sued Acme Robotics.';
    const r = run(text, { body: [{ start: 0, end: 31 }] });
    expect(r.proposals.map((p) => keyOf(p.source))).toEqual(['deepwell']);
    const only = run(text, { body: [{ start: 31, end: 32 }] });
    expect(only.proposals).toEqual([]);
    expect(only.problems[0]!.code).toBe('ONLY_FURNITURE');
  });

  it('refuses empty text with NO_TEXT', () => {
    for (const text of ['', '   \n ']) expect(run(text).problems[0]!.code).toBe('NO_TEXT');
  });

  it('refuses a language it does not read', () => {
    const r = proposeClaims({ text: 'Die Firma Acme Robotics hat der Regierung am Montag vorgeworfen, dass sie die Daten der Fahrzeuge nicht veröffentlichen will und die Verhandlungen abbricht.', knownEntities: known });
    expect(r.proposals).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: 'UNSUPPORTED_LANGUAGE' });
    expect(r.language).toBe('de');
  });

  it('rejects body spans outside the text with BAD_INPUT', () => {
    expect(run('DeepWell accused Acme.', { body: [{ start: 5, end: 500 }] }).problems[0]).toMatchObject({ code: 'BAD_INPUT', field: 'body' });
  });

  it('refuses a 1 MB text with TEXT_TOO_LARGE, naming the limit', () => {
    const r = run('DeepWell accused Acme Robotics of theft. '.repeat(25_000));
    expect(r.proposals).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: 'TEXT_TOO_LARGE', field: 'text' });
    expect(r.problems[0]!.message).toContain(String(MAX_TEXT_UNITS));
  });

  it('reads a long repetitive text to the end and returns a bounded list', () => {
    const paragraph = 'DeepWell accused Acme Robotics of theft on February 24. The Transport Ministry met with Jane Roe.\n';
    const r = run(paragraph.repeat(Math.ceil(100_000 / paragraph.length)));
    expect(r.problems).toEqual([]);
    expect(r.proposals.length).toBeGreaterThan(1_000);
    expect(r.proposals.length).toBeLessThanOrEqual(MAX_PROPOSALS);
    expect(r.proposals.at(-1)!.evidence.end).toBeGreaterThan(95_000);
  }, 120_000);
});
