/**
 * The edit-then-accept form's values: prefilled from a proposal, turned back into the
 * RelationshipInput that acceptProposal takes. Pure, so tests/unit/review-edits.test.ts checks it
 * without a browser.
 */
import type { RelationshipEdits, ReviewProposal } from './documents.js';

export const EDIT_FIELDS = ['type', 'category', 'cameo', 'status', 'when', 'until', 'deadline', 'amount', 'currency', 'amountBound', 'summary'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];
export type EditValues = Record<EditField, string>;

/** A problem the page finds before sending: the field at fault and what to do. */
export interface FormProblem {
  field: EditField;
  message: string;
}

export function prefill(p: ReviewProposal): EditValues {
  return {
    type: p.type,
    category: p.category,
    cameo: p.cameo ?? '',
    // A proposal is what one source states; the reviewer raises it to CONFIRMED by editing.
    status: 'REPORTED',
    when: p.when?.iso ?? '',
    until: p.until?.iso ?? '',
    deadline: p.deadline?.iso ?? '',
    amount: p.amount ? String(p.amount.amount) : '',
    currency: p.amount?.currency ?? '',
    amountBound: p.amount?.bound ?? '',
    summary: p.summary,
  };
}

type Category = RelationshipEdits['category'];
type Status = RelationshipEdits['status'];

/**
 * The edits to send: the proposal's ends and sentence (empty evidence means the proposal's own),
 * with the form's values; an empty optional field is left out. Numbers the page can check itself
 * are checked here; everything else is the API's to judge, and its userErrors name the field.
 */
export function editsFrom(values: EditValues, p: ReviewProposal): { edits: RelationshipEdits } | { problems: FormProblem[] } {
  const v = Object.fromEntries(EDIT_FIELDS.map((f) => [f, values[f].trim()])) as EditValues;
  const problems: FormProblem[] = [];
  if (!v.type) problems.push({ field: 'type', message: 'Give the relationship a type, e.g. THREATENED.' });
  if (!v.summary) problems.push({ field: 'summary', message: 'Write one plain sentence in your own words.' });
  let amount: number | null = null;
  if (v.amount) {
    amount = Number(v.amount.replace(/[,\s_]/g, ''));
    if (!Number.isFinite(amount)) problems.push({ field: 'amount', message: `"${v.amount}" is not a number; write digits only, e.g. 200000000.` });
    if (!v.currency) problems.push({ field: 'currency', message: 'An amount needs its currency (ISO 4217, e.g. USD).' });
  } else if (v.currency) problems.push({ field: 'amount', message: 'A currency needs an amount; clear the currency or give the amount.' });
  if (problems.length) return { problems };
  const edits: RelationshipEdits = {
    source: p.source.key,
    target: p.target.key,
    type: v.type.toUpperCase(),
    category: v.category as Category,
    status: (v.status || 'REPORTED') as Status,
    summary: v.summary,
    evidence: [],
    ...(v.cameo ? { cameo: v.cameo } : {}),
    ...(v.when ? { when: v.when } : {}),
    ...(v.until ? { until: v.until } : {}),
    ...(v.deadline ? { deadline: v.deadline } : {}),
    ...(amount !== null ? { amount: { amount, currency: v.currency.toUpperCase() } } : {}),
    ...(amount !== null && v.amountBound ? { amountBound: v.amountBound } : {}),
  };
  return { edits };
}

/** The form field a userError's path names (["input", "when"], ["edits", "amount", "currency"]), if the form has one. */
export function fieldOfError(path: readonly string[] | null | undefined): EditField | null {
  for (const part of [...(path ?? [])].reverse()) if ((EDIT_FIELDS as readonly string[]).includes(part)) return part as EditField;
  return null;
}
