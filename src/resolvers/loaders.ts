import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import type { Props } from '../model/stored-temporal.js';
import type { StoredProposal } from '../ingest/stored-proposals.js';
import { proposalsByIds } from '../store/proposal-reads.js';
import * as store from '../store/read-store.js';
import type { DisputeRows, DocumentRow, EntityRow, PageRequest, PageRows, RelRow, SideTables } from '../store/read-store.js';
import { projectionOf } from './operation-plan.js';

/**
 * Per-request DataLoaders: every load by key is batched into one round trip per kind, whatever
 * the list sizes. Statements that return side tables (endpoints, evidence documents) prime them,
 * so nested fields are answered from what the parent's statement already read.
 */
const perView = new WeakMap<object, ReturnType<typeof makeLoaders>>();

/**
 * The loaders of a request's current view of the graph. A mutation moves the request to the
 * version it wrote (read-your-writes), and so to fresh loaders: nothing read before it is reused.
 */
export function loaders(ctx: Context) {
  let l = perView.get(ctx.db);
  if (!l) {
    l = makeLoaders(ctx);
    perView.set(ctx.db, l);
  }
  return l;
}

function makeLoaders(ctx: Context) {
  const plan = ctx.plan!;
  const pages = new Map<string, DataLoader<string, { anchor: EntityRow | null; rows: PageRows }>>();
  const keyed = new Map<string, DataLoader<string, string[]>>();
  const keyLists = (name: string, limit: number, fetch: (keys: readonly string[], limit: number) => Promise<string[][]>) => {
    const id = `${name}:${limit}`;
    let loader = keyed.get(id);
    if (!loader) {
      loader = new DataLoader((keys) => fetch(keys, limit));
      keyed.set(id, loader);
    }
    return loader;
  };
  // Made when first used: most requests use one or two of these, and a request is small enough
  // that building all five showed in its CPU profile.
  let entity: DataLoader<string, EntityRow | null> | undefined;
  let document: DataLoader<string, DocumentRow | null> | undefined;
  let relationship: DataLoader<string, RelRow | null> | undefined;
  let dispute: DataLoader<string, DisputeRows | null> | undefined;
  let proposal: DataLoader<string, StoredProposal | null> | undefined;
  const l = {
    get entity() {
      return (entity ??= new DataLoader((keys) => store.entitiesByKeys(ctx.db, keys, plan.entity)));
    },
    get document() {
      return (document ??= new DataLoader((keys) => store.documentsByKeys(ctx.db, keys, plan.document)));
    },
    get relationship() {
      return (relationship ??= new DataLoader((keys) => store.relationshipsByKeys(ctx.db, keys, projectionOf(plan))));
    },
    get dispute() {
      return (dispute ??= new DataLoader((keys) => store.disputesByKeys(ctx.db, keys)));
    },
    get proposal() {
      return (proposal ??= new DataLoader((ids) => proposalsByIds(ctx.db, ids)));
    },
    facts: (limit: number) => factLoaders(limit),
    documentKeysOfEntity: (limit: number) => keyLists('entity-documents', limit, (k, n) => store.documentKeysOfEntities(ctx.db, k, n)),
    entityKeysOfDocument: (limit: number) => keyLists('document-entities', limit, (k, n) => store.entityKeysOfDocuments(ctx.db, k, n)),
    disputeKeysAbout: (limit: number) => keyLists('disputes-about', limit, (k, n) => store.disputeKeysAbout(ctx.db, k, n)),
    /** Entity.relationships: one loader per distinct set of arguments, batching over parent entities. */
    relationshipPage(id: string, request: PageRequest) {
      let loader = pages.get(id);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const { pages: found, missing } = await store.relationshipPagesOfEntities(ctx.db, keys, request);
          if (missing.length) throw new NotFoundError('Entity', missing[0]!);
          return keys.map((k) => {
            const page = found.get(k);
            if (page) prime(page.rows);
            return page ?? { anchor: null, rows: { total: 0, items: [], hasNextPage: false, entities: [], documents: [] } };
          });
        });
        pages.set(id, loader);
      }
      return loader;
    },
  };
  const factLoaders = memo((limit: number) => new DataLoader<string, Props[]>((keys) => store.factsOfEntities(ctx.db, keys, limit)));
  // What the side tables already hold, answered without a promise: a neighbourhood resolves
  // hundreds of relationship ends, and a promise per end (DataLoader always returns one) doubled
  // the GraphQL layer's CPU per request.
  const entitiesAtHand = new Map<string, EntityRow>();
  const documentsAtHand = new Map<string, DocumentRow>();
  /** Side tables of a statement answer later loads by key. */
  const prime = (side: SideTables) => {
    for (const e of side.entities) {
      if (!e) continue;
      l.entity.prime(e.key, e);
      entitiesAtHand.set(e.key, e);
    }
    for (const d of side.documents) {
      if (!d) continue;
      l.document.prime(d.key, d);
      documentsAtHand.set(d.key, d);
    }
  };
  // Assigned, not spread: a spread would read (and so build) every loader.
  return Object.assign(l, { prime, entitiesAtHand: entitiesAtHand as ReadonlyMap<string, EntityRow>, documentsAtHand: documentsAtHand as ReadonlyMap<string, DocumentRow> });
}

function memo<A, R>(make: (a: A) => R): (a: A) => R {
  const made = new Map<A, R>();
  return (a) => {
    let r = made.get(a);
    if (r === undefined) {
      r = make(a);
      made.set(a, r);
    }
    return r;
  };
}

/** An entity that must exist: a missing key is NOT_FOUND, an outage stays an outage. */
export async function requireEntity(ctx: Context, key: string): Promise<EntityRow> {
  const e = await loaders(ctx).entity.load(key);
  if (!e) throw new NotFoundError('Entity', key);
  return e;
}

/**
 * Objects for keys that must resolve: a load error (an outage) is thrown as it is, and a key that
 * no longer resolves is an internal inconsistency, never silently dropped.
 */
export async function loadAll<T>(loader: DataLoader<string, T | null>, keys: readonly string[]): Promise<T[]> {
  const found = await loader.loadMany(keys);
  return found.map((v, i) => {
    if (v instanceof Error) throw v;
    if (v === null) throw new Error(`a reference to "${keys[i]}" did not resolve`);
    return v;
  });
}

/**
 * node(id) answers: an id that names nothing (or names an entity under another kind) is the
 * client's NOT_FOUND; an outage stays an outage.
 */
export function nodeLoad<T>(load: Promise<T | null>, what: string, key: string, accept: (v: T) => boolean = () => true): Promise<T> {
  return load.then((v) => (v !== null && accept(v) ? v : Promise.reject(new NotFoundError(what, key))));
}
