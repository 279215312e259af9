/** One pending proposal as the reviewer reads it: the sentence in its paragraph, the claim, and the actions. */
import { h, verb, type Child } from '../dom.js';
import { describeTemporal } from '../format/temporal-format.js';
import type { ReviewEnd, ReviewProposal, ReviewTemporal } from './documents.js';

export interface CardActions {
  accept: () => void;
  edit: () => void;
  reject: () => void;
}

/** The paragraph with the sentence marked; the quote alone when the text is not held. */
function passage(p: ReviewProposal): HTMLElement {
  const quote = p.evidence.quote ?? '';
  const para = p.paragraph;
  const start = para && p.evidence.start !== null && p.evidence.start !== undefined ? p.evidence.start - para.start : -1;
  const end = para && p.evidence.end !== null && p.evidence.end !== undefined ? p.evidence.end - para.start : -1;
  const mark = (text: string) => h('mark', { 'data-testid': 'sentence' }, text);
  if (!para || start < 0 || end > para.text.length || end <= start) return h('blockquote', { class: 'passage', 'data-testid': 'paragraph' }, mark(quote));
  return h('blockquote', { class: 'passage', 'data-testid': 'paragraph' }, para.text.slice(0, start), mark(para.text.slice(start, end)), para.text.slice(end));
}

function end(e: ReviewEnd, role: 'source' | 'target'): HTMLElement {
  if (e.isNew) {
    return h('span', { class: 'end', 'data-testid': role }, e.name, ' ', h('span', { class: 'badge', 'data-testid': `${role}-new`, title: 'Accepting creates this entity' }, `new${e.kind ? ` ${e.kind.toLowerCase().replace(/_/g, ' ')}` : ''}`));
  }
  return h('a', { class: 'end', href: `/explore?entity=${encodeURIComponent(e.key)}`, 'data-testid': role, 'data-key': e.key }, e.name);
}

function dated(t: ReviewTemporal | null | undefined, phrase: string | null | undefined): Child {
  if (!t) return null;
  return h('span', {}, h('time', { datetime: t.iso }, describeTemporal(t)), ` · ${t.precision.toLowerCase()}`, phrase ? ` · from “${phrase}”` : null);
}

const row = (label: string, value: Child, testid: string): Child[] => (value === null || value === undefined || value === '' ? [] : [h('dt', {}, label), h('dd', { 'data-testid': testid }, value)]);

export function money(a: NonNullable<ReviewProposal['amount']>): string {
  const bound = a.bound && a.bound !== 'EXACT' ? `${a.bound.toLowerCase().replace('_', ' ')} ` : '';
  return `${bound}${a.currency} ${a.amount.toLocaleString('en-US')}`;
}

export function proposalCard(p: ReviewProposal, index: number, actions: CardActions): HTMLLIElement {
  const titleId = `proposal-${index}-title`;
  const title = h('h3', { id: titleId, class: 'claim' }, end(p.source, 'source'), ' ', h('span', { class: 'verb', 'data-testid': 'verb' }, verb(p.type)), ' ', end(p.target, 'target'));
  const facts = h(
    'dl',
    { class: 'facts' },
    ...row('Type', h('code', {}, p.type), 'type'),
    ...row('Category', p.category.toLowerCase(), 'category'),
    ...row('CAMEO', p.cameo ?? '—', 'cameo'),
    ...row('Date', dated(p.when, p.whenPhrase) ?? 'undated', 'when'),
    ...row('Until', dated(p.until, null), 'until'),
    ...row('Deadline', dated(p.deadline, p.deadlinePhrase), 'deadline'),
    ...row('Amount', p.amount ? h('span', {}, money(p.amount), p.amountPhrase ? ` · from “${p.amountPhrase}”` : null) : null, 'amount'),
    ...row('Role', p.role, 'role'),
    ...row('Confidence', `${Math.round(p.confidence * 100)}%`, 'confidence'),
    ...row('Matches', p.addsEvidenceTo ? h('span', {}, 'existing relationship ', h('code', {}, p.addsEvidenceTo.key), ': accepting adds this sentence to its evidence') : null, 'adds-evidence-to'),
  );
  const reasons = p.reasons.length ? h('details', { class: 'reasons' }, h('summary', {}, 'Why the engine proposes it'), h('ul', { 'data-testid': 'reasons' }, ...p.reasons.map((r) => h('li', {}, r)))) : null;
  const act = (label: string, key: string, run: () => void, testid: string) => {
    const b = h('button', { type: 'button', 'data-testid': testid, 'aria-keyshortcuts': key, 'aria-describedby': titleId }, label, ' ', h('kbd', { 'aria-hidden': 'true' }, key));
    b.addEventListener('click', run);
    return b;
  };
  const bar = h('div', { class: 'actions', role: 'group', 'aria-label': 'Decide' }, act('Accept', 'a', actions.accept, 'accept'), act('Edit, then accept', 'e', actions.edit, 'edit'), act('Reject', 'r', actions.reject, 'reject'));
  return h(
    'li',
    { class: 'proposal', tabindex: '0', 'data-testid': 'proposal', 'data-id': p.id, 'aria-labelledby': titleId },
    title,
    passage(p),
    facts,
    reasons,
    bar,
    h('ul', { class: 'user-errors', 'data-testid': 'card-errors', role: 'alert' }),
    h('div', { class: 'form-slot' }),
  );
}
