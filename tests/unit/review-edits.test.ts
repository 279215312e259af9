import { describe, expect, it } from 'vitest';
import type { ReviewProposal } from '../../explore/review/documents.js';
import { editsFrom, fieldOfError, prefill } from '../../explore/review/edits.js';

// An invented proposal, shaped as the API serves it.
const proposal: ReviewProposal = {
  id: 'UHJvcG9zYWw6cC0x',
  status: 'PENDING',
  type: 'THREATENED',
  category: 'PRESSURE',
  cameo: '130',
  confidence: 0.8,
  reasons: ['verb "threaten"'],
  summary: 'The ministry threatened the company.',
  role: null,
  source: { key: 'ministry', name: 'Ministry', kind: 'ORGANIZATION', isNew: false },
  target: { key: 'acme-robotics', name: 'Acme Robotics', kind: 'ORGANIZATION', isNew: true },
  when: { iso: '2026-02-20', precision: 'DAY', qualifier: null, estimated: false, timezone: null, relativePhrase: null },
  whenPhrase: 'February 20',
  until: null,
  deadline: { iso: '2026-03-06', precision: 'DAY', qualifier: null, estimated: false, timezone: null, relativePhrase: null },
  deadlinePhrase: 'by March 6',
  amount: { amount: 2_000_000, currency: 'USD', bound: 'UP_TO' },
  amountPhrase: 'up to $2 million',
  evidence: { start: 10, end: 40, quote: 'x' },
  paragraph: null,
  addsEvidenceTo: null,
};

describe('the edit-then-accept form', () => {
  it('is prefilled from the proposal', () => {
    expect(prefill(proposal)).toEqual({
      type: 'THREATENED',
      category: 'PRESSURE',
      cameo: '130',
      status: 'REPORTED',
      when: '2026-02-20',
      until: '',
      deadline: '2026-03-06',
      amount: '2000000',
      currency: 'USD',
      amountBound: 'UP_TO',
      summary: 'The ministry threatened the company.',
    });
  });

  it('sends the proposal unchanged as edits with its ends and its own sentence', () => {
    expect(editsFrom(prefill(proposal), proposal)).toEqual({
      edits: {
        source: 'ministry',
        target: 'acme-robotics',
        type: 'THREATENED',
        category: 'PRESSURE',
        status: 'REPORTED',
        summary: 'The ministry threatened the company.',
        evidence: [],
        cameo: '130',
        when: '2026-02-20',
        deadline: '2026-03-06',
        amount: { amount: 2_000_000, currency: 'USD' },
        amountBound: 'UP_TO',
      },
    });
  });

  it('sends an edited date, leaves cleared fields out, and reads amounts with separators', () => {
    const values = { ...prefill(proposal), when: ' 2026-02 ', deadline: '', cameo: '', amount: '1,500,000', currency: 'eur', amountBound: '' };
    const made = editsFrom(values, proposal);
    expect(made).toMatchObject({ edits: { when: '2026-02', amount: { amount: 1_500_000, currency: 'EUR' } } });
    const edits = (made as { edits: Record<string, unknown> }).edits;
    expect(edits).not.toHaveProperty('deadline');
    expect(edits).not.toHaveProperty('cameo');
    expect(edits).not.toHaveProperty('amountBound');
  });

  it('names the field of what the page can check before sending', () => {
    expect(editsFrom({ ...prefill(proposal), amount: 'lots' }, proposal)).toEqual({ problems: [{ field: 'amount', message: expect.stringContaining('not a number') }] });
    expect(editsFrom({ ...prefill(proposal), currency: '' }, proposal)).toEqual({ problems: [{ field: 'currency', message: expect.any(String) }] });
    expect(editsFrom({ ...prefill(proposal), amount: '' }, proposal)).toEqual({ problems: [{ field: 'amount', message: expect.any(String) }] });
    expect(editsFrom({ ...prefill(proposal), summary: ' ', type: '' }, proposal)).toMatchObject({ problems: [{ field: 'type' }, { field: 'summary' }] });
  });

  it('finds the form field a userError names', () => {
    expect(fieldOfError(['edits', 'when'])).toBe('when');
    expect(fieldOfError(['edits', 'amount', 'currency'])).toBe('currency');
    expect(fieldOfError(['id'])).toBeNull();
    expect(fieldOfError(null)).toBeNull();
  });
});
