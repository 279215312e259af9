import type { Context } from '../context.js';
import type { DateRangeInput, RelationshipFilter } from '../data/filters.js';
import { windowParams } from '../data/filters.js';
import { ensureEntities } from './entities.js';

export interface WhereArgs {
  types?: string[] | null;
  categories?: string[] | null;
  source?: string | null;
  target?: string | null;
  involving?: string | null;
  involvingAny?: string[] | null;
  during?: DateRangeInput | null;
  status?: string[] | null;
}

/** RelationshipWhere as a store filter; unknown entity keys are NOT_FOUND, a reversed window is BAD_USER_INPUT. */
export async function toFilter(ctx: Context, where: WhereArgs | null | undefined, knownDocs: string[] | null): Promise<RelationshipFilter> {
  const w = where ?? {};
  windowParams(w.during);
  await ensureEntities(ctx, [w.source, w.target, w.involving, ...(w.involvingAny ?? [])]);
  const involving = [...(w.involving ? [w.involving] : []), ...(w.involvingAny ?? [])];
  return {
    types: w.types ?? null,
    categories: w.categories ?? null,
    statuses: w.status ?? null,
    source: w.source ?? null,
    target: w.target ?? null,
    involving: involving.length ? involving : null,
    during: w.during ?? null,
    knownDocs,
  };
}
