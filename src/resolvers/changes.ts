import type { Context } from '../context.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { changesByIds, changesPage, type ChangeRow } from '../store/read-store.js';
import { DEFAULTS } from './defaults.js';

export interface ChangeConnection {
  edges: { cursor: string; node: ChangeRow }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  total: number | null;
}

const encode = (c: Pick<ChangeRow, 'version' | 'idx'>) => Buffer.from(JSON.stringify([c.version, c.idx])).toString('base64url');

function decode(cursor: string | null | undefined): { version: number; idx: number } | null {
  if (!cursor) return null;
  try {
    const [version, idx] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (Number.isSafeInteger(version) && Number.isSafeInteger(idx)) return { version: version as number, idx: idx as number };
  } catch {
    /* not ours */
  }
  throw new BadInputError('`after` is not a cursor this API issued', { argument: 'after' });
}

export async function changeFeed(ctx: Context, args: { since?: string | null; subject?: string | null; first?: number | null; after?: string | null }): Promise<ChangeConnection> {
  const sinceMs = args.since ? Date.parse(args.since) : null;
  if (sinceMs !== null && Number.isNaN(sinceMs)) throw new BadInputError(`since "${args.since}" is not an instant`, { argument: 'since' });
  const page = await changesPage(ctx.db, {
    sinceMs,
    subject: args.subject ?? null,
    first: args.first ?? DEFAULTS.changesFirst,
    after: decode(args.after),
    withTotal: ctx.plan?.changeTotals ?? true,
  });
  return { edges: page.items.map((node) => ({ cursor: encode(node), node })), hasNextPage: page.hasNextPage, hasPreviousPage: !!args.after, total: page.total };
}

export async function loadChange(ctx: Context, id: string): Promise<ChangeRow> {
  const [c] = await changesByIds(ctx.db, [id]);
  if (!c) throw new NotFoundError('Change', id);
  return c;
}
