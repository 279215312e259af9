import { describe, expect, it } from 'vitest';
import { exportEdgesText } from '../../src/store/translate/export.js';
import { exportDisputesText, exportDocumentsText, exportFactsText } from '../../src/store/translate/export-tables.js';
import { filterParams, NO_FILTER, type RelationshipFilter } from '../../src/store/translate/relationship-filter.js';

/** The exports' statements without a database: the filter's rules, values only as parameters. */

const VERSIONED = (x: string) => new RegExp(`${x}\\.txFrom <= \\$v AND \\(${x}\\.txTo IS NULL OR ${x}\\.txTo > \\$v\\)`);
const ANCHORED = (x: string) => new RegExp(`${x}\\.createdTx <= \\$v AND \\(${x}\\.txTo IS NULL OR ${x}\\.txTo > \\$v\\)`);
const variable = (text: string, label: string) => new RegExp(`\\((\\w+):${label}\\b`).exec(text)![1]!;

describe('export edges', () => {
  const involving: RelationshipFilter = { ...NO_FILTER, involving: ["pete-hegseth' OR 1=1", 'anthropic'] };

  it('involving: one UNION branch per end, each starting from a key, no user value in the text', () => {
    const text = exportEdgesText(involving);
    expect(text).toMatch(/UNION\n/);
    expect(text).not.toMatch(/UNION ALL/);
    expect(text.match(/\.key IN \$involving/g)).toHaveLength(2);
    expect(text).not.toContain('pete-hegseth');
    expect(filterParams(involving)).toMatchObject({ involving: involving.involving });
  });

  it('without endpoints, one MATCH; under asOf the rows carry the documents known then', () => {
    expect(exportEdgesText(NO_FILTER)).not.toContain('UNION');
    expect(exportEdgesText(NO_FILTER)).not.toContain('evKnown');
    expect(exportEdgesText({ ...NO_FILTER, asOfMs: 1 })).toMatch(/evKnown: \[\w+ IN \w+\.evDocs WHERE EXISTS/);
  });
});

describe('export tables', () => {
  it('facts are versioned rows of anchored entities; window and knowledge time only when asked for', () => {
    const plain = exportFactsText(false, NO_FILTER);
    const f = variable(plain, 'Fact');
    expect(plain).toMatch(VERSIONED(f));
    expect(plain).toMatch(ANCHORED(variable(plain, 'Entity')));
    expect(plain).not.toMatch(/\$keys|\$fromMs|\$asOfMs/);
    const filtered = exportFactsText(true, { ...NO_FILTER, window: { fromMs: 1, toMs: 2, includeUndated: false }, asOfMs: 3 });
    expect(filtered).toMatch(/\.key IN \$keys/);
    expect(filtered).toMatch(/whenEndMs >= \$fromMs/);
    expect(filtered).toMatch(/publishedEndMs <= \$asOfMs/);
    expect(filtered).toContain('evKnown');
  });

  it('disputes and their claims are versioned rows; filtered by subjects or claim relationships', () => {
    const text = exportDisputesText(true, true);
    expect(text).toMatch(VERSIONED(variable(text, 'Dispute')));
    expect(text).toMatch(VERSIONED(variable(text, 'Claim')));
    expect(text).toMatch(/any\(\w+ IN \w+\.subjects WHERE \w+ IN \$keys\)/);
    expect(text).toMatch(/any\(\w+ IN \w+\.relationships WHERE \w+ IN \$keys\)/);
    expect(exportDisputesText(false, false)).not.toMatch(/\$keys|\$asOfMs/);
  });

  it('documents are anchors, read as they were at $v', () => {
    const text = exportDocumentsText(true, ['title']);
    expect(text).toMatch(ANCHORED(variable(text, 'Document')));
    expect(text).toMatch(/STATE_OF/);
    expect(text).toMatch(/\.key IN \$keys/);
  });
});
