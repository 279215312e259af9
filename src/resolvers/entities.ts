import { getArgumentValues, Kind, type GraphQLField, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';
import { BadInputError, NotFoundError } from '../errors.js';
import type { EntityRow } from '../store/read-store.js';
import { LIST_FIRST } from './defaults.js';
import { loadAll, loaders } from './loaders.js';
import { entityPageLoad, type PageArgs } from './relationships.js';

/** The arguments of a `relationships` field selected directly on this entity, if there is one. */
function nestedPageArgs(info: GraphQLResolveInfo): PageArgs | null {
  const visit = (set: SelectionSetNode | undefined): PageArgs | null => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const found = visit(sel.selectionSet);
        if (found) return found;
      } else if (sel.kind === Kind.FIELD && sel.name.value === 'relationships') {
        const entity = info.schema.getType('Entity') as unknown as { getFields(): Record<string, GraphQLField<unknown, unknown>> };
        return getArgumentValues(entity.getFields().relationships!, sel, info.variableValues) as PageArgs;
      }
    }
    return null;
  };
  return visit(info.fieldNodes[0]?.selectionSet);
}

/**
 * entity(key:): null when there is no such entity (an outage is an error, never null). When the
 * selection asks for the entity's relationships, the entity comes with its first page in the
 * same statement.
 */
export async function entity(ctx: Context, key: string, info: GraphQLResolveInfo): Promise<EntityRow | null> {
  const pageArgs = nestedPageArgs(info);
  if (pageArgs) {
    try {
      const { anchor } = await entityPageLoad(ctx, key, pageArgs);
      if (anchor) {
        loaders(ctx).entity.prime(anchor.key, anchor);
        return anchor;
      }
    } catch (e) {
      // A bad argument of the nested page is that field's error, not the entity's.
      if (!(e instanceof NotFoundError || e instanceof BadInputError)) throw e;
    }
  }
  // Also how a merged entity's key finds the entity it was merged into.
  return loaders(ctx).entity.load(key);
}

export async function entityDocuments(ctx: Context, key: string, first?: number | null) {
  const keys = await loaders(ctx).documentKeysOfEntity(first ?? LIST_FIRST.entityDocuments).load(key);
  return loadAll(loaders(ctx).document, keys);
}
export const entityFacts = (ctx: Context, key: string, first?: number | null) => loaders(ctx).facts(first ?? LIST_FIRST.entityFacts).load(key);
export async function entityDisputes(ctx: Context, key: string, first?: number | null) {
  const keys = await loaders(ctx).disputeKeysAbout(first ?? LIST_FIRST.entityDisputes).load(key);
  return loadAll(loaders(ctx).dispute, keys);
}
/** An entity that a relationship or attribute points at: it must be there. */
export const loadEntity = (ctx: Context, key: string): EntityRow | Promise<EntityRow> =>
  loaders(ctx).entitiesAtHand.get(key) ?? loadAll(loaders(ctx).entity, [key]).then((found) => found[0]!);
export const loadEntities = (ctx: Context, keys: readonly string[]) => loaders(ctx).entity.loadMany(keys);
export const loadEntityList = (ctx: Context, keys: readonly string[]) => loadAll(loaders(ctx).entity, keys);
