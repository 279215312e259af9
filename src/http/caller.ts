import type { CallerLookup, CallerState } from '../context.js';
import { looksLikeKey } from '../model/keys.js';
import type { Executor } from '../store/executor.js';
import { callerOf } from '../store/key-store.js';

/**
 * Who sent a request: nobody (no Authorization header), a key that is not ours or was revoked,
 * or the key's owner. Looked up at most once per request, and only when a field needs it.
 */
export function callerFor(request: Request, db: Executor): CallerLookup {
  let state: Promise<CallerState> | null = null;
  const lookup: CallerLookup = () => {
    state ??= (async (): Promise<CallerState> => {
      const header = request.headers.get('authorization');
      if (!header) return { kind: 'anonymous' };
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token || !looksLikeKey(token)) return { kind: 'invalid' };
      const caller = await callerOf(db, token);
      return caller ? { kind: 'key', caller } : { kind: 'invalid' };
    })().then((s) => (lookup.known = s));
    return state;
  };
  return lookup;
}
