import { BadInputError } from '../errors.js';

/**
 * Opaque keyset cursors: the item's position in timeline order (sort instant, key), so a cursor
 * stays valid when items are added before or after it.
 */
export function encodeCursor(sortMs: number, key: string): string {
  return Buffer.from(JSON.stringify([sortMs, key])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): { sortMs: number; key: string } | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const [sortMs, key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortMs === 'number' && Number.isSafeInteger(sortMs) && typeof key === 'string') return { sortMs, key };
  } catch {
    /* not ours: fall through */
  }
  throw new BadInputError('`after` is not a cursor this API issued', { argument: 'after' });
}
