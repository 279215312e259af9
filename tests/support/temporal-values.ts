import { QUALIFIERS, type Precision, type TemporalInput } from '../../src/model/temporal.js';

/** Zones from the furthest east to the furthest west, with half- and quarter-hour offsets; undefined is UTC. */
export const ZONES = [undefined, 'UTC', 'Pacific/Kiritimati', 'Etc/GMT+12', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A random dated value of a precision, between 1995 and 2029, in one of ZONES, qualified 40% of the time. */
export function randomTemporal(rng: () => number, precision: Precision): TemporalInput {
  const year = 1995 + Math.floor(rng() * 35);
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const zone = ZONES[Math.floor(rng() * ZONES.length)];
  const qualifier = precision === 'MINUTE' || rng() < 0.6 ? undefined : QUALIFIERS[Math.floor(rng() * 3)];
  const iso = {
    YEAR: `${year}`,
    SEASON: `${year}-${21 + Math.floor(rng() * 4)}`,
    QUARTER: `${year}-Q${1 + Math.floor(rng() * 4)}`,
    MONTH: `${year}-${pad(month)}`,
    DAY: `${year}-${pad(month)}-${pad(day)}`,
    MINUTE: `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(rng() * 24))}:${pad(Math.floor(rng() * 60))}${['Z', '+14:00', '-12:00', '+05:30', '-03:30'][Math.floor(rng() * 5)]}`,
  }[precision];
  return { iso, precision, ...(zone && precision !== 'MINUTE' ? { timezone: zone } : {}), ...(qualifier ? { qualifier } : {}) };
}

/** A window start from well before a value to just after its end, often right at its end. */
export function fromAround(rng: () => number, b: { startMs: number; endMs: number }): number {
  const edge = rng() < 0.3;
  return edge ? b.endMs - Math.floor(rng() * 3) : b.startMs - 2 * 86_400_000 + Math.floor(rng() * (b.endMs - b.startMs + 4 * 86_400_000));
}
