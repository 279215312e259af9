import { keyHash, newKey, type KeyScope } from '../model/keys.js';
import { named, type Executor } from './executor.js';

export interface Caller {
  name: string;
  scope: KeyScope;
}

export class KeyNameTaken extends Error {}

/** Makes a key and returns it: the only time it exists outside the caller's hands is this return value. */
export async function createKey(db: Executor, name: string, scope: KeyScope): Promise<string> {
  const key = newKey();
  try {
    await db.writeTransaction((run) => run(named('keys/create-key', { name, scope, hash: keyHash(key), at: new Date().toISOString() })));
  } catch (e) {
    if ((e as { causeCode?: string }).causeCode === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw new KeyNameTaken(`a key named "${name}" exists already (revoked keys keep their names)`);
    throw e;
  }
  return key;
}

/** True when a live key had that name. */
export async function revokeKey(db: Executor, name: string): Promise<boolean> {
  const rows = await db.writeTransaction((run) => run(named('keys/revoke-key', { name, at: new Date().toISOString() })));
  return rows.length > 0;
}

export async function callerOf(db: Executor, key: string): Promise<Caller | null> {
  const [row] = await db.read<Caller>(named('keys/key-by-hash', { hash: keyHash(key) }));
  return row ?? null;
}

export async function listKeys(db: Executor) {
  return db.read<{ name: string; scope: KeyScope; createdAt: string; revokedAt: string | null }>(named('keys/list-keys'));
}
