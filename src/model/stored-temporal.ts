import { boundsOf, type Precision, type Qualifier } from './temporal.js';
import type { TemporalValue } from './seed-schema.js';

/**
 * How a temporal value is stored: flat properties under a prefix (Neo4j properties cannot nest).
 * The bounds are computed once, when written, both as epoch milliseconds (compared in Cypher)
 * and as ISO strings in the value's own zone (served as they are), so reads never do date math.
 */
const SUFFIXES = ['Iso', 'Precision', 'Timezone', 'Qualifier', 'Estimated', 'Basis', 'RelPhrase', 'RelAnchor', 'StartMs', 'EndMs', 'Start', 'End'] as const;

export interface Temporal {
  iso: string;
  precision: Precision;
  start: string;
  end: string;
  timezone: string | null;
  qualifier: Qualifier | null;
  estimated: boolean;
  basis: string | null;
  relativePhrase: string | null;
  relativeAnchor: string | null;
}

export type Props = Record<string, unknown>;

export function temporalPropNames(prefix: string): string[] {
  return SUFFIXES.map((s) => `${prefix}${s}`);
}

export function writeTemporal(prefix: string, t: TemporalValue | undefined | null): Props {
  if (!t) return {};
  const { startMs, endMs, start, end } = boundsOf(t);
  return {
    [`${prefix}Iso`]: t.iso,
    [`${prefix}Precision`]: t.precision,
    [`${prefix}Timezone`]: t.timezone,
    [`${prefix}Qualifier`]: t.qualifier,
    [`${prefix}Estimated`]: t.estimated,
    [`${prefix}Basis`]: t.basis,
    [`${prefix}RelPhrase`]: t.relative?.phrase,
    [`${prefix}RelAnchor`]: t.relative?.anchor,
    [`${prefix}StartMs`]: startMs,
    [`${prefix}EndMs`]: endMs,
    [`${prefix}Start`]: start,
    [`${prefix}End`]: end,
  };
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function readTemporal(p: Props, prefix: string): Temporal | null {
  const iso = text(p[`${prefix}Iso`]);
  const precision = text(p[`${prefix}Precision`]) as Precision | null;
  const start = text(p[`${prefix}Start`]);
  const end = text(p[`${prefix}End`]);
  // A row may carry only the properties its operation selected (schema/temporal.ts): one that was
  // not fetched (undefined) is not asked for, and one fetched but empty makes the value null as before.
  const lacks = (suffix: string, value: string | null) => value === null && p[`${prefix}${suffix}`] !== undefined;
  if (!iso || lacks('Precision', precision) || lacks('Start', start) || lacks('End', end)) return null;
  // Typed as present: a field reads them only when its operation selected, and so fetched, them.
  return {
    iso,
    precision: precision as Precision,
    start: start as string,
    end: end as string,
    timezone: text(p[`${prefix}Timezone`]),
    qualifier: text(p[`${prefix}Qualifier`]) as Qualifier | null,
    estimated: p[`${prefix}Estimated`] === true,
    basis: text(p[`${prefix}Basis`]),
    relativePhrase: text(p[`${prefix}RelPhrase`]),
    relativeAnchor: text(p[`${prefix}RelAnchor`]),
  };
}

/** Back to the record shape, for dumps and change records. */
export function temporalValueOf(p: Props, prefix: string): TemporalValue | undefined {
  const t = readTemporal(p, prefix);
  if (!t) return undefined;
  return {
    iso: t.iso,
    precision: t.precision,
    ...(t.timezone ? { timezone: t.timezone } : {}),
    ...(t.qualifier ? { qualifier: t.qualifier } : {}),
    ...(t.relativePhrase && t.relativeAnchor ? { relative: { phrase: t.relativePhrase, anchor: t.relativeAnchor } } : {}),
    ...(t.estimated ? { estimated: true } : {}),
    ...(t.basis ? { basis: t.basis } : {}),
  };
}
