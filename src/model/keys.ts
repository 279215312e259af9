import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys. A key is 32 random bytes; only its sha256 is stored, so a leaked database gives no
 * usable key (a slow password hash buys nothing against 256 random bits). Scopes nest: ADMIN can
 * do what REVIEW can, REVIEW what EDIT can; READ only reads (for when reading needs a key).
 */
export const KEY_SCOPES = ['READ', 'EDIT', 'REVIEW', 'ADMIN'] as const;
export type KeyScope = (typeof KEY_SCOPES)[number];

const RANK: Record<KeyScope, number> = { READ: 0, EDIT: 1, REVIEW: 2, ADMIN: 3 };

export function allows(held: KeyScope, needed: KeyScope): boolean {
  return RANK[held] >= RANK[needed];
}

const PREFIX = 'kg_';

export function newKey(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function keyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A bearer token that could be one of ours; anything else is refused before any lookup. */
export function looksLikeKey(token: string): boolean {
  return /^kg_[A-Za-z0-9_-]{43}$/.test(token);
}

export const keyNameSchemaPattern = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
