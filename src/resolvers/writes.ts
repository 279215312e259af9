import type { Context } from '../context.js';
import { entityRecordFromInput, Refused, relationshipRecordFromInput, type DocumentInput, type EntityInput, type EvidenceInput, type RelationshipInput, type UserProblem } from '../model/write-inputs.js';
import { addDocument } from '../store/writes/documents.js';
import { mergeEntities, upsertEntity } from '../store/writes/entities.js';
import { addEvidence, addRelationship, retractRelationship } from '../store/writes/relationships.js';
import type { StoredChange, Written } from '../store/writes/write-tx.js';

export interface Payload<T> {
  value: T | null;
  change: StoredChange | null;
  userErrors: UserProblem[];
}

/** The name of the key the request was made with: the author of what it writes. */
export function actor(ctx: Context): string {
  const state = ctx.caller.known;
  if (state?.kind !== 'key') throw new Error('a write reached its resolver without a key');
  return state.caller.name;
}

/**
 * Runs a write and answers in payload form: what the client got wrong becomes userErrors (nothing
 * was written); anything else (an outage) stays an error. After a write the request reads the
 * version it wrote, so the payload and later mutations in the same request see it.
 */
export async function payload<T>(ctx: Context, work: (actor: string) => Promise<Written<T>>): Promise<Payload<T>> {
  try {
    const written = await work(actor(ctx));
    if (written.version !== null) ctx.db = ctx.db.atVersion(written.version);
    return { value: written.value, change: written.changes[0] ?? null, userErrors: [] };
  } catch (e) {
    if (e instanceof Refused) return { value: null, change: null, userErrors: e.problems };
    throw e;
  }
}

export const addDocumentResolver = (ctx: Context, input: DocumentInput) => payload(ctx, (who) => addDocument(ctx.db, who, input, ctx.config.maxDocumentChars));

export const upsertEntityResolver = (ctx: Context, input: EntityInput, expectedVersion: number | null | undefined) =>
  payload(ctx, async (who) => upsertEntity(ctx.db, who, entityRecordFromInput(input), expectedVersion ?? null));

export const mergeEntitiesResolver = (ctx: Context, keep: string, merge: string) => payload(ctx, (who) => mergeEntities(ctx.db, who, keep, merge));

export const addRelationshipResolver = (ctx: Context, input: RelationshipInput) =>
  payload(ctx, async (who) => {
    const { record, evidence } = relationshipRecordFromInput(input);
    return addRelationship(ctx.db, who, record, evidence);
  });

export const addEvidenceResolver = (ctx: Context, key: string, evidence: EvidenceInput[]) => payload(ctx, (who) => addEvidence(ctx.db, who, key, evidence));

export const retractRelationshipResolver = (ctx: Context, key: string, reason: string) => payload(ctx, (who) => retractRelationship(ctx.db, who, key, reason));
