import { builder, storedBySubfield } from '../builder.js';
import { temporalPropNames, type Temporal } from '../model/stored-temporal.js';
import { DateTimeScalar } from './scalars.js';
import { TemporalPrecisionEnum } from './temporal-precision.js';

export const TemporalRef = builder.objectRef<Temporal>('Temporal');
TemporalRef.implement({
  description: 'A point or span of time as precise as the sources allow; start and end bound it.',
  fields: (t) => ({
    iso: t.exposeString('iso', { description: 'As written: 2026-02-24, 2025-10, 2025-22 (summer 2025), 2026-02-27T17:01-05:00.' }),
    precision: t.field({ type: TemporalPrecisionEnum, resolve: (v) => v.precision }),
    start: t.field({ type: DateTimeScalar, resolve: (v) => v.start }),
    end: t.field({ type: DateTimeScalar, resolve: (v) => v.end }),
    timezone: t.exposeString('timezone', { nullable: true, description: 'IANA zone where the source gives one.' }),
    qualifier: t.exposeString('qualifier', { nullable: true, description: 'EARLY, MID or LATE: the first, middle or last third of the period.' }),
    estimated: t.exposeBoolean('estimated', { description: 'True when inferred rather than stated; see basis.' }),
    basis: t.exposeString('basis', { nullable: true }),
    relativePhrase: t.exposeString('relativePhrase', { nullable: true, description: 'The relative expression the date was resolved from ("last summer").' }),
    relativeTo: t.exposeString('relativeAnchor', { nullable: true, description: 'Key of the document whose publication date anchors relativePhrase.' }),
  }),
});

/**
 * A Temporal-typed field stored under `prefix`: an operation fetches `iso`, which makes the value
 * non-null (see readTemporal), plus the properties of the sub-fields it selects, so `when { iso }`
 * reads one property per row, not twelve. The bounds in milliseconds are for Cypher's comparisons
 * (store/translate/relationship-filter.ts) and no field serves them.
 */
export function storedTemporal(prefix: string) {
  const p = (suffix: string) => `${prefix}${suffix}`;
  const always = [p('Iso')];
  const bySubfield: Record<string, string[]> = {
    precision: [p('Precision')],
    start: [p('Start')],
    end: [p('End')],
    timezone: [p('Timezone')],
    qualifier: [p('Qualifier')],
    estimated: [p('Estimated')],
    basis: [p('Basis')],
    relativePhrase: [p('RelPhrase')],
    relativeTo: [p('RelAnchor')],
  };
  const served = new Set([...always, ...Object.values(bySubfield).flat(), p('StartMs'), p('EndMs')]);
  const all = temporalPropNames(prefix);
  if (all.some((n) => !served.has(n)) || served.size !== all.length) throw new Error(`storedTemporal(${prefix}) does not cover the stored temporal properties`);
  return storedBySubfield({ always, bySubfield });
}
