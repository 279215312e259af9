/**
 * The raw side: a minimal graphql-yoga server, plain SDL and resolvers (no Pothos, no DataLoader,
 * no operation plan at run time), each root field running the very statement our server runs for
 * the same operation (./statements.ts) with the same parameters and graph version. It is the floor
 * for our own statements: the gap between it and ours is what our GraphQL layer costs.
 */
import { readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { readEvidence } from '../../../src/model/stored-evidence.js';
import { readMoney } from '../../../src/model/stored-records.js';
import { readTemporal, type Props } from '../../../src/model/stored-temporal.js';
import { rerank } from '../../../src/search/rerank.js';
import { cypher } from '../../../src/store/cypher-files.js';
import type { Statement } from '../../../src/store/executor.js';
import { toParams } from '../../../src/store/neo4j-values.js';
import type { DocumentRow, EntityRow, PathRow, RelRow, SearchCandidate } from '../../../src/store/read-store.js';
import { serveSide, sideDriver, sideEnv } from '../side-server.js';
import { entitiesStatement, rawStatement, type RawArgs, type RawField } from './statements.js';

const env = sideEnv();
const counter = { calls: 0 };
const driver = sideDriver(env, counter, { disableLosslessIntegers: true });

/** The graph version every statement reads at, as our server pins it. */
const version = (await driver.executeQuery(cypher('queries/graph-version'), {}, { database: env.database, routing: neo4j.routing.READ })).records[0]!.get('version') as number;

/** Each statement in an auto-commit transaction, as our executor reads: the same transport, so raw stays the floor. */
async function run<T>(s: Statement): Promise<T[]> {
  const session = driver.session({ database: env.database, defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(s.text, toParams({ ...s.params, v: version }) as Record<string, unknown>);
    return records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}
const statement = <T, F extends RawField = RawField>(field: F, args: RawArgs[F]) => run<T>(rawStatement(field, args));

/** A request's side tables: the entities and documents its statement returned, by key. */
interface Ctx {
  entities: Map<string, EntityRow>;
  documents: Map<string, DocumentRow>;
}
function keep(ctx: Ctx, side: { entities?: (EntityRow | null)[]; documents?: (DocumentRow | null)[] }) {
  for (const e of side.entities ?? []) if (e) ctx.entities.set(e.key, e);
  for (const d of side.documents ?? []) if (d) ctx.documents.set(d.key, d);
}
/** Entities the field's statement did not return, loaded as our server loads them. */
async function loadEntities(ctx: Ctx, field: RawField, keys: string[]) {
  if (keys.length === 0) return;
  keep(ctx, { entities: (await run<{ entity: EntityRow }>(entitiesStatement(field, keys))).map((r) => r.entity) });
}
const entityOf = (ctx: Ctx, key: string) => {
  const e = ctx.entities.get(key);
  if (!e) throw new Error(`entity ${key} is not in the statement's side table`);
  return e;
};

type PageRow = { page: RelRow[]; entities?: EntityRow[]; documents?: DocumentRow[] };

const resolvers = {
  Query: {
    async entity(_: unknown, a: { key: string; first: number }, ctx: Ctx) {
      const [row] = await statement<PageRow & { anchor: EntityRow | null }>('entity', a);
      if (!row?.anchor) return null;
      keep(ctx, row);
      return { ...row.anchor, relationships: row.page.slice(0, a.first) };
    },
    async entityByKey(_: unknown, a: { key: string }) {
      return (await statement<{ entity: EntityRow }>('entityByKey', a))[0]?.entity ?? null;
    },
    async pressures(_: unknown, a: { target?: string | null; from: string; to: string }, ctx: Ctx) {
      const [row] = await statement<PageRow>('pressures', a);
      keep(ctx, row!);
      return row!.page.slice(0, 1000);
    },
    async relationships(_: unknown, a: { first: number; from?: string | null; to?: string | null }, ctx: Ctx) {
      const [row] = await statement<PageRow>('relationships', a);
      keep(ctx, row!);
      return row!.page.slice(0, a.first);
    },
    async relationship(_: unknown, a: { key: string }, ctx: Ctx) {
      const rel = (await statement<{ rel: RelRow }>('relationship', a))[0]?.rel ?? null;
      if (!rel) return null;
      // Its ends, as our server loads them: one statement for both.
      await loadEntities(ctx, 'relationship', [rel.source, rel.target]);
      return rel;
    },
    async neighborhood(_: unknown, a: { key: string; depth: number; limit: number }, ctx: Ctx) {
      const [row] = await statement<{ nodes: string[]; rels: RelRow[]; entities: EntityRow[] }>('neighborhood', a);
      if (!row) throw new Error(`no entity ${a.key}`);
      keep(ctx, row);
      return { nodes: row.nodes.map((k) => entityOf(ctx, k)), relationships: row.rels };
    },
    async paths(_: unknown, a: { from: string; to: string; maxHops: number; first: number }, ctx: Ctx) {
      const [row] = await statement<{ fromFound: boolean; toFound: boolean; paths: PathRow[]; entities?: EntityRow[] }>('paths', a);
      if (!row!.fromFound || !row!.toFound) throw new Error('no such entity');
      keep(ctx, row!);
      if (!row!.entities) await loadEntities(ctx, 'paths', row!.paths.flatMap((p) => p.nodes));
      return row!.paths.map((p) => ({ length: p.keys.length, nodes: p.nodes.map((k) => entityOf(ctx, k)), relationships: p.rows }));
    },
    async search(_: unknown, a: { text: string; first: number }) {
      const candidates = await statement<SearchCandidate>('search', a);
      const byKey = new Map(candidates.map((c) => [c.key, c.entity]));
      return rerank(a.text, candidates, a.first).map((h) => ({ score: h.score, entity: byKey.get(h.key)! }));
    },
  },
  Entity: {
    name: (e: EntityRow) => (e.name as string | undefined) ?? e.key,
    aliases: (e: EntityRow) => (e.aliases as string[] | undefined) ?? [],
    description: (e: EntityRow) => (e.description as string | undefined) ?? null,
  },
  Relationship: {
    summary: (r: RelRow) => (r.summary as string | undefined) ?? '',
    source: (r: RelRow, _: unknown, ctx: Ctx) => entityOf(ctx, r.source),
    target: (r: RelRow, _: unknown, ctx: Ctx) => entityOf(ctx, r.target),
    when: (r: Props) => readTemporal(r, 'when'),
    deadline: (r: Props) => readTemporal(r, 'deadline'),
    amount: (r: Props) => readMoney(r),
    evidence: (r: RelRow, _: unknown, ctx: Ctx) => readEvidence(r).map((e) => ({ document: ctx.documents.get(e.doc) ?? null, quote: e.quote })),
  },
};

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
serveSide(createSchema<Ctx>({ typeDefs, resolvers }), counter, driver, env.port, () => ({ entities: new Map(), documents: new Map() }));
