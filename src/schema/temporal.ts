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
 * A Temporal-typed field stored under `prefix`: an operation fetches the four properties that make
 * a value non-null (see readTemporal) and its bounds in milliseconds, plus only the sub-fields it
 * selects, so `when { iso }` does not pull every relationship's basis text.
 */
export function storedTemporal(prefix: string) {
  const all = temporalPropNames(prefix);
  const p = (suffix: string) => `${prefix}${suffix}`;
  const always = [p('Iso'), p('Precision'), p('Start'), p('End'), p('StartMs'), p('EndMs')];
  const bySubfield: Record<string, string[]> = {
    timezone: [p('Timezone')],
    qualifier: [p('Qualifier')],
    estimated: [p('Estimated')],
    basis: [p('Basis')],
    relativePhrase: [p('RelPhrase')],
    relativeTo: [p('RelAnchor')],
  };
  const covered = new Set([...always, ...Object.values(bySubfield).flat()]);
  if (all.some((n) => !covered.has(n)) || covered.size !== all.length) throw new Error(`storedTemporal(${prefix}) does not cover the stored temporal properties`);
  return storedBySubfield({ always, bySubfield });
}
