import type { EndPoint, Proposal } from './proposal.js';
import type { EntityKind, RelationshipRecord, TemporalValue } from '../model/seed-schema.js';
import { sha256 } from '../model/spans.js';
import { sliceQuote } from '../model/stored-evidence.js';
import { clean, moneyProps } from '../model/stored-records.js';
import { temporalValueOf, writeTemporal, type Props } from '../model/stored-temporal.js';

/**
 * How a proposal is stored: one (:Proposal) node with flat properties, written when the engine
 * proposes and read by the API and by acceptance. Proposals are the reviewers' work queue, not
 * knowledge: they are not versioned, but every change of status is a recorded Change.
 */

export const PROPOSAL_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What a proposal's end is: an entity in the graph (key), or a new one to create on acceptance. */
export interface StoredEnd {
  key: string | null;
  name: string;
  kind: EntityKind | null;
}

export interface StoredProposal {
  id: string;
  doc: string;
  status: ProposalStatus;
  type: string;
  category: RelationshipRecord['category'];
  cameo: string | null;
  source: StoredEnd;
  target: StoredEnd;
  when: TemporalValue | undefined;
  whenPhrase: string | null;
  until: TemporalValue | undefined;
  deadline: TemporalValue | undefined;
  deadlinePhrase: string | null;
  amount: { amount: number; currency: string; bound?: 'EXACT' | 'UP_TO' | 'AT_LEAST' | 'ABOUT' } | undefined;
  amountPhrase: string | null;
  role: string | null;
  confidence: number;
  evStart: number;
  evEnd: number;
  evSha: string;
  evQuote: string | null;
  addsEvidenceTo: string | null;
  reasons: string[];
  proposedVersion: number;
  proposedBy: string;
  decidedVersion: number | null;
  decidedBy: string | null;
  rejectReason: string | null;
  relationship: string | null;
  props: Props;
}

/** The id a stored proposal has: the engine's, which is stable for the same document, sentence and claim. */
export const proposalId = (p: Pick<Proposal, 'id'>) => `p-${p.id}`;

function endProps(prefix: 'src' | 'tgt', e: EndPoint, names: ReadonlyMap<string, string>): Props {
  if ('key' in e) return { [`${prefix}Key`]: e.key, [`${prefix}Name`]: names.get(e.key) ?? e.key };
  return { [`${prefix}Name`]: e.candidate.name, [`${prefix}Kind`]: e.candidate.kind };
}

/**
 * The stored form of an engine proposal for document `doc` (whose text is `text`). The sentence is
 * the evidence: its span, its sha256 and its exact UTF-16 slice, as for any evidence.
 */
export function proposalProps(p: Proposal, doc: string, text: string, names: ReadonlyMap<string, string>): Props {
  const quote = sliceQuote(text, p.evidence.start, p.evidence.end);
  return clean({
    id: proposalId(p),
    doc,
    type: p.type,
    category: p.category,
    cameo: p.cameo,
    ...endProps('src', p.source, names),
    ...endProps('tgt', p.target, names),
    ...writeTemporal('when', p.when?.value),
    whenPhrase: p.when?.phrase,
    ...writeTemporal('until', p.until?.value),
    ...writeTemporal('deadline', p.deadline?.value),
    deadlinePhrase: p.deadline?.phrase,
    ...moneyProps(p.amount ? { amount: p.amount.amount, currency: p.amount.currency, bound: p.amount.bound } : undefined),
    amountPhrase: p.amount?.phrase,
    role: p.role,
    confidence: p.confidence,
    evStart: p.evidence.start,
    evEnd: p.evidence.end,
    evSha: sha256(quote ?? ''),
    evQuote: quote,
    addsEvidenceTo: p.addsEvidenceTo,
    reasons: p.matched,
  });
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export function readProposal(p: Props): StoredProposal {
  const amount = num(p.amount);
  const currency = str(p.currency);
  return {
    id: p.id as string,
    doc: p.doc as string,
    status: p.status as ProposalStatus,
    type: p.type as string,
    category: p.category as StoredProposal['category'],
    cameo: str(p.cameo),
    source: { key: str(p.srcKey), name: p.srcName as string, kind: (str(p.srcKind) as EntityKind | null) ?? null },
    target: { key: str(p.tgtKey), name: p.tgtName as string, kind: (str(p.tgtKind) as EntityKind | null) ?? null },
    when: temporalValueOf(p, 'when'),
    whenPhrase: str(p.whenPhrase),
    until: temporalValueOf(p, 'until'),
    deadline: temporalValueOf(p, 'deadline'),
    deadlinePhrase: str(p.deadlinePhrase),
    amount: amount !== null && currency ? { amount, currency, ...(str(p.amountBound) ? { bound: p.amountBound as 'EXACT' } : {}) } : undefined,
    amountPhrase: str(p.amountPhrase),
    role: str(p.role),
    confidence: num(p.confidence) ?? 0,
    evStart: p.evStart as number,
    evEnd: p.evEnd as number,
    evSha: p.evSha as string,
    evQuote: str(p.evQuote),
    addsEvidenceTo: str(p.addsEvidenceTo),
    reasons: (p.reasons as string[] | undefined) ?? [],
    proposedVersion: num(p.proposedVersion) ?? 0,
    proposedBy: str(p.proposedBy) ?? '',
    decidedVersion: num(p.decidedVersion),
    decidedBy: str(p.decidedBy),
    rejectReason: str(p.rejectReason),
    relationship: str(p.relationship),
    props: p,
  };
}

/** A key for an entity the graph lacks, from its name: "Emil Michael" → "emil-michael". */
export function entityKeyFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 70)
    .replace(/-$/, '');
  return slug || 'entity';
}

/** A plain summary in the service's own words, for a proposal accepted without edits. */
export function proposalSummary(p: StoredProposal): string {
  const verb = p.type.toLowerCase().replace(/_/g, ' ');
  return `${p.source.name} ${verb} ${p.target.name}, as proposed from the document's text and accepted by a reviewer.`.slice(0, 400);
}
