import type { Context } from '../context.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { EngineTimeout } from '../ingest/engine-thread.js';
import type { EntityCandidate } from '../ingest/proposal.js';
import { PROPOSAL_STATUSES, type ProposalStatus, type StoredProposal } from '../ingest/stored-proposals.js';
import { MAX_USER_ERRORS, relationshipRecordFromInput, type RelationshipInput, type UserProblem } from '../model/write-inputs.js';
import { ingestSource, proposalsPage } from '../store/proposal-reads.js';
import { acceptProposal, rejectProposal, saveProposals } from '../store/writes/proposals.js';
import { DEFAULTS } from './defaults.js';
import { loaders } from './loaders.js';
import { actor, payload } from './writes.js';

/** Time kept back from the engine for storing what it proposed. */
const STORE_MARGIN_MS = 750;

export interface ProposalsResult {
  proposals: StoredProposal[];
  userErrors: UserProblem[];
  language: string | null;
  newEntities: EntityCandidate[];
  truncated: boolean;
  created: number;
}

const refused = (userErrors: UserProblem[], language: string | null = null): ProposalsResult => ({ proposals: [], userErrors, language, newEntities: [], truncated: false, created: 0 });

/**
 * proposeClaims: reads the document's stored text in the engine's thread, within what is left of
 * the request's deadline, and stores the proposals. What the engine cannot read (no text, only
 * site furniture, another language, too long for the deadline) is a userError with nothing stored.
 */
export async function proposeClaimsResolver(ctx: Context, doc: string): Promise<ProposalsResult> {
  const who = actor(ctx);
  const source = await ingestSource(ctx.db, doc);
  if ('missing' in source) return refused([{ code: 'NOT_FOUND', field: ['document'], message: `document "${doc}" was not found` }]);
  if ('noText' in source) return refused([{ code: 'NO_TEXT', field: ['document'], message: `document "${doc}" has no stored text to read` }]);
  const budget = ctx.deadlineAt - Date.now() - STORE_MARGIN_MS;
  let result;
  try {
    result = await ctx.engine.propose(source.input, budget);
  } catch (e) {
    if (!(e instanceof EngineTimeout)) throw e;
    const limit = `this request's deadline (${(Math.max(0, budget) / 1000).toFixed(1)} s for reading, of REQUEST_TIMEOUT_MS=${ctx.config.requestTimeoutMs})`;
    return refused([{ code: 'TEXT_TOO_LARGE', field: ['document'], message: `reading the document's ${source.text.length} characters did not finish within ${limit}; split it into smaller documents, or have the operator raise REQUEST_TIMEOUT_MS` }]);
  }
  if (result.problems.length) return refused(result.problems.slice(0, MAX_USER_ERRORS).map((p) => ({ code: p.code, field: ['document'], message: p.message })), result.language);
  const saved = await payload(ctx, () => saveProposals(ctx.db, who, doc, source.text, source.names, result));
  if (!saved.value) return refused(saved.userErrors, result.language);
  const found = await loaders(ctx).proposal.loadMany(saved.value.ids);
  return {
    proposals: found.filter((p): p is StoredProposal => p !== null && !(p instanceof Error)),
    userErrors: [],
    language: result.language,
    newEntities: result.newEntities,
    truncated: result.truncated,
    created: saved.value.created,
  };
}

/** A proposal's id as served (the Relay global id) or as stored: both are accepted. */
export function proposalIdOf(id: string): string {
  if (id.startsWith('p-')) return id;
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  if (decoded.startsWith('Proposal:p-')) return decoded.slice('Proposal:'.length);
  return id;
}

export const acceptProposalResolver = (ctx: Context, id: string, edits: RelationshipInput | null | undefined) =>
  payload(ctx, (who) => {
    // Edits are checked before anything is read, like addRelationship's input.
    if (edits) relationshipRecordFromInput({ ...edits, evidence: edits.evidence.length ? edits.evidence : [{ document: 'checked-later', start: 0, end: 1 }] });
    return acceptProposal(ctx.db, who, proposalIdOf(id), edits ?? null);
  });

export const rejectProposalResolver = (ctx: Context, id: string, reason: string) => payload(ctx, (who) => rejectProposal(ctx.db, who, proposalIdOf(id), reason));

export async function loadProposal(ctx: Context, id: string): Promise<StoredProposal> {
  const p = await loaders(ctx).proposal.load(id);
  if (!p) throw new NotFoundError('Proposal', id);
  return p;
}

export interface ProposalConnection {
  edges: { cursor: string; node: StoredProposal }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  total: number | null;
}

const encode = (p: StoredProposal) => Buffer.from(String(p.props.sortKey)).toString('base64url');

function decode(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (/^[^|]+\|\d{9}\|p-[0-9a-f]+$/.test(key)) return key;
  throw new BadInputError('`after` is not a cursor this API issued', { argument: 'after' });
}

export async function proposalList(
  ctx: Context,
  args: { document?: string | null; status?: ProposalStatus | null; first?: number | null; after?: string | null },
): Promise<ProposalConnection> {
  if (args.status && !PROPOSAL_STATUSES.includes(args.status)) throw new BadInputError(`unknown status ${args.status}`, { argument: 'status' });
  const page = await proposalsPage(ctx.db, {
    doc: args.document ?? null,
    status: args.status ?? null,
    first: args.first ?? DEFAULTS.proposalsFirst,
    after: decode(args.after),
    withTotal: true,
  });
  for (const p of page.items) loaders(ctx).proposal.prime(p.id, p);
  return { edges: page.items.map((node) => ({ cursor: encode(node), node })), hasNextPage: page.hasNextPage, hasPreviousPage: !!args.after, total: page.total };
}
