import { BadInputError } from '../errors.js';
import { dayEndMs, dayStartMs } from '../model/calendar.js';
import { NO_FILTER, type RelationshipFilter, type Window } from '../store/translate/relationship-filter.js';

export interface DateRangeArgs {
  from?: string | null;
  to?: string | null;
  includeUndated?: boolean | null;
}

export interface WhereArgs {
  types?: string[] | null;
  categories?: string[] | null;
  source?: string | null;
  target?: string | null;
  involving?: string | null;
  involvingAny?: string[] | null;
  during?: DateRangeArgs | null;
  status?: string[] | null;
  viaRoles?: boolean | null;
}

/** What every relationship read takes besides `where`. */
export interface ReadArgs {
  asOf?: string | null;
  includeRetracted?: boolean | null;
}

/** A window in UTC days: [from 00:00Z, to 23:59:59.999Z]; a reversed window is the client's mistake. */
export function windowOf(during: DateRangeArgs | null | undefined): Window | null {
  if (!during) return null;
  if (during.from && during.to && during.from > during.to) throw new BadInputError(`during.from (${during.from}) is after during.to (${during.to})`);
  if (!during.from && !during.to) return null;
  return {
    fromMs: during.from ? dayStartMs(during.from) : null,
    toMs: during.to ? dayEndMs(during.to) : null,
    includeUndated: during.includeUndated ?? false,
  };
}

const list = (v: string[] | null | undefined) => (v && v.length ? [...v] : null);

/** GraphQL arguments as the store's one relationship filter. */
export function toFilter(where: WhereArgs | null | undefined, read: ReadArgs = {}): RelationshipFilter {
  const w = where ?? {};
  const involving = [...(w.involving ? [w.involving] : []), ...(w.involvingAny ?? [])];
  return {
    ...NO_FILTER,
    types: list(w.types),
    categories: list(w.categories),
    statuses: list(w.status),
    source: w.source ?? null,
    target: w.target ?? null,
    involving: involving.length ? [...new Set(involving)] : null,
    window: windowOf(w.during),
    asOfMs: read.asOf ? dayEndMs(read.asOf) : null,
    includeRetracted: read.includeRetracted ?? false,
    viaRoles: w.viaRoles ?? false,
  };
}
