/**
 * Dates the way a journalist cites them: in the source's own time zone, at the precision the
 * source gives, with season and quarter codes in words. Pure functions, unit-tested in
 * tests/unit/explore-temporal-format.test.ts.
 */

export interface TemporalLike {
  iso: string;
  precision: string;
  qualifier?: string | null;
  estimated?: boolean | null;
  timezone?: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS: Record<string, string> = { '21': 'spring', '22': 'summer', '23': 'autumn', '24': 'winter' };
const QUARTERS: Record<string, [string, string]> = {
  '1': ['1st', 'Jan–Mar'],
  '2': ['2nd', 'Apr–Jun'],
  '3': ['3rd', 'Jul–Sep'],
  '4': ['4th', 'Oct–Dec'],
};

export function monthLabel(year: number, monthIndex: number): string {
  const y = year + Math.floor(monthIndex / 12);
  return `${MONTHS[((monthIndex % 12) + 12) % 12]} ${y}`;
}

/** "Tue 24 Feb 2026" for a calendar date, read as written (no zone shift). */
function dayLabel(y: number, m: number, d: number): string {
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  return `${weekday} ${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * The zone's short name where readers know one ("ET", "PT"); otherwise its offset ("GMT+8"):
 * "China Time" or "New York Time" are longer than they are useful in a citation.
 */
function zoneName(instant: number, timeZone: string): string {
  const part = (locale: string, style: 'shortGeneric' | 'short') =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const generic = part('en-US', 'shortGeneric');
  if (generic && !generic.includes(' ')) return generic;
  return part('en-GB', 'short');
}

function offsetLabel(offset: string): string {
  return offset === 'Z' ? 'UTC' : `UTC${offset.replace('-', '−')}`;
}

/** "Fri 27 Feb 2026, 17:01 ET": the wall time where it happened, not in UTC or the reader's zone. */
export function formatInstant(iso: string, timeZone?: string | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  const instant = Date.parse(iso);
  if (!m || Number.isNaN(instant)) return iso;
  if (timeZone) {
    try {
      const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
      const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
      return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')} ${zoneName(instant, timeZone)}`;
    } catch {
      // An unknown zone name falls through to the offset the value was written with.
    }
  }
  return `${dayLabel(Number(m[1]), Number(m[2]), Number(m[3]))}, ${m[4]}:${m[5]} ${offsetLabel(m[6]!)}`;
}

/** A temporal value in words, at its own precision: "late Feb 2026 (estimated)", "summer 2025". */
export function describeTemporal(t: TemporalLike | null | undefined): string {
  if (!t) return 'undated';
  const q = t.qualifier ? `${t.qualifier.toLowerCase()} ` : '';
  const est = t.estimated ? ' (estimated)' : '';
  let m: RegExpExecArray | null;
  let text: string;
  switch (t.precision) {
    case 'MINUTE':
      text = formatInstant(t.iso, t.timezone);
      break;
    case 'DAY':
      m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.iso);
      text = m ? dayLabel(Number(m[1]), Number(m[2]), Number(m[3])) : t.iso;
      break;
    case 'MONTH':
      m = /^(\d{4})-(\d{2})$/.exec(t.iso);
      text = m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : t.iso;
      break;
    case 'SEASON': {
      m = /^(\d{4})-(2[1-4])$/.exec(t.iso);
      if (!m) {
        text = t.iso;
        break;
      }
      const year = Number(m[1]);
      // Meteorological winter runs December to February, so it straddles two years.
      text = m[2] === '24' ? `winter ${year}–${String(year + 1).slice(2)}` : `${SEASONS[m[2]!]} ${year}`;
      break;
    }
    case 'QUARTER': {
      m = /^(\d{4})-Q([1-4])$/.exec(t.iso);
      const quarter = m ? QUARTERS[m[2]!] : undefined;
      text = m && quarter ? `${quarter[0]} quarter ${m[1]} (${quarter[1]})` : t.iso;
      break;
    }
    default:
      text = t.iso;
  }
  return `${q}${text}${est}`;
}
