import { beforeAll, describe, expect, it } from 'vitest';
import { UPSERT_ENTITY, accepted, as, keyFor } from '../support/writes.js';
import { testApp } from '../support/test-app.js';

/**
 * RESPONSE_CACHE=true (issue 11 §7, read-your-writes): answers are cached under the graph's version,
 * so the read after a write never sees the answer from before it.
 */

const t = testApp({ RESPONSE_CACHE: 'true', RESPONSE_CACHE_TTL_MS: '600000' });
const READ = '{ entity(key: "cache-test-org") { name version } }';
let edit: ReturnType<typeof as>;

const read = async (headers: Record<string, string> = {}) => {
  const res = await t.gql<{ entity: { name: string; version: number } | null }>(READ, {}, headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { name: res.data!.entity?.name ?? null, hit: (res.extensions as { responseCache?: { hit?: boolean } } | undefined)?.responseCache?.hit ?? false };
};

beforeAll(async () => {
  await t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
  await t.app.db.refreshVersion();
  edit = as(t, (await keyFor(t, 'EDIT')).key);
  accepted(await edit(UPSERT_ENTITY, { input: { key: 'cache-test-org', name: 'Cache Test Org', kind: 'ORGANIZATION' } }), 'upsertEntity');
});

describe('the response cache', () => {
  it('answers a repeated anonymous read from the cache', async () => {
    expect(await read()).toEqual({ name: 'Cache Test Org', hit: false });
    expect(await read()).toEqual({ name: 'Cache Test Org', hit: true });
  });

  it('regression: a write is visible to the next read, however long the cache would keep the old answer', async () => {
    accepted(await edit(UPSERT_ENTITY, { input: { key: 'cache-test-org', name: 'Cache Test Organisation', kind: 'ORGANIZATION' } }), 'upsertEntity');
    expect(await read()).toEqual({ name: 'Cache Test Organisation', hit: false });
    expect(await read()).toEqual({ name: 'Cache Test Organisation', hit: true });
  });

  it('never serves a request with a key from the cache (its scope and revocation are checked each time)', async () => {
    const reader = await keyFor(t, 'READ');
    expect(await read({ authorization: `Bearer ${reader.key}` })).toEqual({ name: 'Cache Test Organisation', hit: false });
    expect(await read({ authorization: `Bearer ${reader.key}` })).toEqual({ name: 'Cache Test Organisation', hit: false });
  });

  it('does not keep answers with errors', async () => {
    const q = '{ entity(key: "cache-test-org") { name } paths(from: "cache-test-org", to: "nobody-at-all") { length } }';
    const first = await t.gql(q);
    expect(first.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const second = await t.gql(q);
    expect((second.extensions as { responseCache?: { hit?: boolean } } | undefined)?.responseCache?.hit ?? false).toBe(false);
  });
});
