import { DateTime } from 'luxon';
import type { TemporalValue } from '../model/seed-schema.js';
import { boundsMillis, type Precision, type Qualifier } from '../model/temporal.js';
import { keepLongest } from './mentions.js';
import type { FoundDate } from './proposal.js';
import { ZONE_PATTERN, zoneOfWords, type DocumentZone } from './time-zones.js';

/** What a date phrase is resolved against. */
export interface DateContext {
  published?: TemporalValue;
  documentKey?: string;
  zone: DocumentZone;
  /** The last date stated before this sentence: "two months later" and "the same day" count from it. */
  previous: FoundDate | null;
  /** The last date of DAY precision or finer before this sentence: a bare weekday is the nearest one to it. */
  lastDay: FoundDate | null;
}

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3 };
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };
const QUALIFIERS: Record<string, Qualifier> = { early: 'EARLY', 'the beginning of': 'EARLY', 'the start of': 'EARLY', mid: 'MID', 'the middle of': 'MID', late: 'LATE', 'the end of': 'LATE' };

function monthNumber(word: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

interface Resolved {
  value: TemporalValue;
  until?: TemporalValue;
  interval?: { startMs: number; endMs: number };
}
type Rule = { re: RegExp; resolve: (m: RegExpExecArray, ctx: DateContext, phrase: string) => Resolved | null };

const utc = (y: number, mo = 1, d = 1) => DateTime.fromObject({ year: y, month: mo, day: d }, { zone: 'UTC' });
const pad = (n: number) => String(n).padStart(2, '0');

function pubRange(ctx: DateContext): { start: DateTime; end: DateTime } | null {
  if (!ctx.published) return null;
  try {
    const { startMs, endMs } = boundsMillis(ctx.published);
    return { start: DateTime.fromMillis(startMs, { zone: 'UTC' }), end: DateTime.fromMillis(endMs, { zone: 'UTC' }) };
  } catch {
    return null;
  }
}

function relative(ctx: DateContext, phrase: string, basis?: string): Partial<TemporalValue> {
  const out: Partial<TemporalValue> = {};
  if (ctx.documentKey) out.relative = { phrase: phrase.slice(0, 80), anchor: ctx.documentKey };
  if (basis) Object.assign(out, { estimated: true, basis: basis.slice(0, 400) });
  return out;
}

/** The most precise value (DAY, part of a month, MONTH, QUARTER, YEAR) whose span holds [start, end]. */
export function fit(start: DateTime, end: DateTime, finest: Precision = 'DAY'): TemporalValue | null {
  const order: Precision[] = ['DAY', 'MONTH', 'QUARTER', 'YEAR'];
  const s = start.toUTC();
  const candidates: TemporalValue[] = [];
  if (finest === 'DAY') candidates.push({ iso: s.toISODate()!, precision: 'DAY' });
  if (order.indexOf(finest) <= 1) {
    for (const q of ['EARLY', 'MID', 'LATE'] as Qualifier[]) candidates.push({ iso: `${s.year}-${pad(s.month)}`, precision: 'MONTH', qualifier: q });
    candidates.push({ iso: `${s.year}-${pad(s.month)}`, precision: 'MONTH' });
  }
  if (order.indexOf(finest) <= 2) candidates.push({ iso: `${s.year}-Q${Math.ceil(s.month / 3)}`, precision: 'QUARTER' });
  candidates.push({ iso: `${s.year}`, precision: 'YEAR' });
  for (const c of candidates) {
    const b = boundsMillis(c);
    if (b.startMs <= start.toMillis() && b.endMs >= end.toMillis()) return c;
  }
  return null;
}

/** A month (1-12) and optional day with no year: the year that puts it nearest the publication. */
function nearestYear(ctx: DateContext, month: number, day = 1): number | null {
  const pub = pubRange(ctx);
  if (!pub) return null;
  const mid = pub.start.plus({ milliseconds: pub.end.diff(pub.start).toMillis() / 2 });
  let best: number | null = null;
  for (const y of [mid.year - 1, mid.year, mid.year + 1]) {
    if (best === null || Math.abs(utc(y, month, day).diff(mid).toMillis()) < Math.abs(utc(best, month, day).diff(mid).toMillis())) best = y;
  }
  return best;
}

function dayValue(y: number, mo: number, d: number): TemporalValue | null {
  const t = utc(y, mo, d);
  return t.isValid && t.day === d ? { iso: t.toISODate()!, precision: 'DAY' } : null;
}

function startOf(v: TemporalValue): DateTime {
  return DateTime.fromMillis(boundsMillis(v).startMs, { zone: 'UTC' });
}

const RULES: Rule[] = [
  // 2023-2024: a range of years.
  { re: /\b((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})\b/g, resolve: (m) => ({ value: { iso: m[1]!, precision: 'YEAR' }, until: { iso: m[2]!, precision: 'YEAR' } }) },
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, resolve: (m) => (dayValue(+m[1]!, +m[2]!, +m[3]!) ? { value: dayValue(+m[1]!, +m[2]!, +m[3]!)! } : null) },
  { re: /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b(?!-)/g, resolve: (m) => ({ value: { iso: `${m[1]}-${m[2]}`, precision: 'MONTH' } }) },
  // February 24, 2026 / February 24 / Feb. 24th
  {
    re: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2})\b)?`, 'g'),
    resolve: (m, ctx, phrase) => {
      const mo = monthNumber(m[1]!);
      const d = +m[2]!;
      const y = m[3] ? +m[3] : nearestYear(ctx, mo, d);
      const v = y === null ? null : dayValue(y, mo, d);
      return v ? { value: { ...v, ...(m[3] ? {} : relative(ctx, phrase)) } } : null;
    },
  },
  // 24 February 2026
  {
    re: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}(?:\s+((?:19|20)\d{2}))?\b`, 'g'),
    resolve: (m, ctx, phrase) => {
      const mo = monthNumber(m[2]!);
      const y = m[3] ? +m[3] : nearestYear(ctx, mo, +m[1]!);
      const v = y === null ? null : dayValue(y, mo, +m[1]!);
      return v ? { value: { ...v, ...(m[3] ? {} : relative(ctx, phrase)) } } : null;
    },
  },
  // early February (2026), the end of March
  {
    re: new RegExp(String.raw`\b(early|mid|late|the beginning of|the start of|the middle of|the end of)[\s-]+${MONTH}(?:,?\s+(?:of\s+)?((?:19|20)\d{2}))?\b`, 'gi'),
    resolve: (m, ctx, phrase) => {
      const mo = monthNumber(m[2]!);
      const y = m[3] ? +m[3] : nearestYear(ctx, mo);
      return y === null ? null : { value: { iso: `${y}-${pad(mo)}`, precision: 'MONTH', qualifier: QUALIFIERS[m[1]!.toLowerCase()]!, ...(m[3] ? {} : relative(ctx, phrase)) } };
    },
  },
  // January of this year / January of last year
  {
    re: new RegExp(String.raw`\b${MONTH}\s+of\s+(this|last|next)\s+year\b`, 'g'),
    resolve: (m, ctx, phrase) => {
      const pub = pubRange(ctx);
      if (!pub) return null;
      const y = pub.start.year + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[2]!]!;
      return { value: { iso: `${y}-${pad(monthNumber(m[1]!))}`, precision: 'MONTH', ...relative(ctx, phrase) } };
    },
  },
  // February 2026
  { re: new RegExp(String.raw`\b${MONTH},?\s+((?:19|20)\d{2})\b`, 'g'), resolve: (m) => ({ value: { iso: `${m[2]}-${pad(monthNumber(m[1]!))}`, precision: 'MONTH' } }) },
  // last October, this March
  {
    re: new RegExp(String.raw`\b(last|this|next|past)\s+${MONTH}\b`, 'gi'),
    resolve: (m, ctx, phrase) => {
      const pub = pubRange(ctx);
      if (!pub) return null;
      const mo = monthNumber(m[2]!);
      const which = m[1]!.toLowerCase();
      let y = pub.start.year;
      if (which === 'last' || which === 'past') while (utc(y, mo).endOf('month') >= pub.start) y--;
      else if (which === 'next') while (utc(y, mo) <= pub.end) y++;
      return { value: { iso: `${y}-${pad(mo)}`, precision: 'MONTH', ...relative(ctx, phrase) } };
    },
  },
  // in February (a bare month needs a preposition: "May" is also a verb)
  {
    re: new RegExp(String.raw`\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough)\s+${MONTH}\b(?!\s+\d)`, 'g'),
    resolve: (m, ctx, phrase) => {
      const mo = monthNumber(m[1]!);
      const y = nearestYear(ctx, mo);
      return y === null ? null : { value: { iso: `${y}-${pad(mo)}`, precision: 'MONTH', ...relative(ctx, phrase.replace(/^\w+\s+/, '')) } };
    },
  },
  // last summer, this winter, summer 2025
  {
    re: /\b(?:(last|this|next|past)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi,
    resolve: (m, ctx, phrase) => {
      const season = SEASONS[m[2]!.toLowerCase()]!;
      if (m[3]) return { value: { iso: `${m[3]}-${season}`, precision: 'SEASON' } };
      if (!m[1]) return null;
      const pub = pubRange(ctx);
      if (!pub) return null;
      const which = m[1].toLowerCase();
      const first = { 21: 3, 22: 6, 23: 9, 24: 12 }[season]!;
      let y = pub.start.year;
      if (which === 'last' || which === 'past') while (utc(y, first).plus({ months: 3 }) > pub.start) y--;
      else if (which === 'next') while (utc(y, first) <= pub.end) y++;
      else if (season === 24 && pub.start.month <= 2) y--;
      return { value: { iso: `${y}-${season}`, precision: 'SEASON', ...relative(ctx, phrase) } };
    },
  },
  // Q2 2026, the second quarter of 2026
  {
    re: /\b(?:Q([1-4])|(?:the\s+)?(first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))\b/gi,
    resolve: (m) => ({ value: { iso: `${m[3]}-Q${m[1] ?? ['first', 'second', 'third', 'fourth'].indexOf(m[2]!.toLowerCase()) + 1}`, precision: 'QUARTER' } }),
  },
  // this week, last month, this year, today, yesterday
  {
    re: /\b(?:(this|last|next|past)\s+(week|month|year)|(today|yesterday|tomorrow|tonight))\b/gi,
    resolve: (m, ctx, phrase) => {
      const pub = pubRange(ctx);
      if (!pub) return null;
      const word = (m[3] ?? '').toLowerCase();
      let s: DateTime;
      let e: DateTime;
      if (word) {
        const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
        s = pub.start.plus({ days: shift });
        e = pub.end.plus({ days: shift });
      } else {
        const unit = m[2]!.toLowerCase() as 'week' | 'month' | 'year';
        const step = { this: 0, last: -1, past: -1, next: 1 }[m[1]!.toLowerCase() as 'this']!;
        s = pub.start.plus({ [`${unit}s`]: step }).startOf(unit);
        e = pub.start.plus({ [`${unit}s`]: step }).endOf(unit);
        // "this week" in a report means the part of the week up to publication.
        if (step === 0 && e > pub.end) e = pub.end;
      }
      const v = fit(s, e);
      return v ? { value: { ...v, ...relative(ctx, phrase) } } : null;
    },
  },
  // a year on its own: in 2023, since 2021
  { re: /(?<![\d$.,-])\b((?:19|20)\d{2})\b(?![\d%]|[.,-]\d|\s*(?:million|billion))/g, resolve: (m) => ({ value: { iso: m[1]!, precision: 'YEAR' } }) },
  // two months later, three years ago, a week earlier
  {
    re: /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(day|week|month|year)s?\s+(ago|later|earlier|after|afterwards|before)\b/gi,
    resolve: (m, ctx, phrase) => {
      const n = /^\d/.test(m[1]!) ? +m[1]! : NUMBER_WORDS[m[1]!.toLowerCase()]!;
      const unit = m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
      const dir = m[3]!.toLowerCase();
      const fromPublication = dir === 'ago';
      const anchor = fromPublication ? (ctx.published ?? null) : (ctx.previous?.value ?? null);
      if (!anchor) return null;
      // Count from what the earlier phrase really covered, which can be narrower than its value
      // ("two months ago" from a quarter is February-April, though only the year holds it).
      const covered = (!fromPublication && ctx.previous?.interval) || boundsMillis(anchor);
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
      const s = DateTime.fromMillis(covered.startMs, { zone: 'UTC' }).plus({ [`${unit}s`]: sign * n });
      const e = DateTime.fromMillis(covered.endMs, { zone: 'UTC' }).plus({ [`${unit}s`]: sign * n });
      const finest: Precision = unit === 'day' ? 'DAY' : unit === 'year' ? 'YEAR' : 'MONTH';
      const v = fit(s, e, finest);
      const from = fromPublication ? 'the publication date' : `the date before it in the text (${ctx.previous!.phrase}, ${anchor.iso})`;
      return v ? { value: { ...v, ...relative(ctx, phrase, `"${phrase}" counted from ${from}.`) }, interval: { startMs: s.toMillis(), endMs: e.toMillis() } } : null;
    },
  },
  // on the same day, that day
  {
    re: /\b(?:on\s+)?(?:the\s+same\s+day|that\s+same\s+day|that\s+day)\b/gi,
    resolve: (_m, ctx, phrase) => (ctx.lastDay ? { value: { ...stripRelative(ctx.lastDay.value), ...relative(ctx, phrase, `"${phrase}" is the day named before it in the text (${ctx.lastDay.phrase}).`) } } : null),
  },
];

function stripRelative(v: TemporalValue): TemporalValue {
  const { relative: _r, estimated: _e, basis: _b, ...rest } = v;
  return rest;
}

const TIME = new RegExp(String.raw`\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?(?:\s+(${ZONE_PATTERN}))?(?![\p{L}])`, 'giu');
const WEEKDAY_RE = new RegExp(String.raw`\b${WEEKDAY}\b`, 'g');

/** Every date phrase in a sentence, resolved; `offset` is the sentence's position in the text. */
export function findDates(sentence: string, offset: number, ctx: DateContext): FoundDate[] {
  const found: (FoundDate & { kind?: 'time' | 'weekday' })[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const phrase = m[0].trim();
      // "possible in 2023, three years later": a relative phrase counts from a date before it in its own sentence.
      const before = found.filter((f) => f.span.end <= offset + m!.index && !f.kind).sort((a, b) => b.span.end - a.span.end)[0];
      const r = rule.resolve(m, before ? { ...ctx, previous: before } : ctx, phrase);
      if (!r) continue;
      found.push({ value: r.value, ...(r.until ? { until: r.until } : {}), ...(r.interval ? { interval: r.interval } : {}), phrase, span: { start: offset + m.index, end: offset + m.index + m[0].length } });
    }
  }
  for (const m of sentence.matchAll(WEEKDAY_RE)) {
    const anchor = ctx.lastDay?.value ?? ctx.published;
    const way = weekdayDirection(sentence.slice(Math.max(0, m.index - 24), m.index));
    const day = anchor && (anchor.precision === 'DAY' || anchor.precision === 'MINUTE') ? weekdayFrom(anchor, m[1]!, way) : null;
    if (!day) continue;
    const from = ctx.lastDay ? `the day named before it (${ctx.lastDay.phrase})` : 'the publication date';
    const basis = way === 'next' ? `the first ${m[1]} on or after ${from}` : way === 'last' ? `the last ${m[1]} before ${from}` : `the ${m[1]} nearest ${from}`;
    found.push({ value: { iso: day.toISODate()!, precision: 'DAY', ...relative(ctx, m[0], `"${m[0]}" taken as ${basis}.`) }, phrase: m[0], span: { start: offset + m.index, end: offset + m.index + m[0].length }, kind: 'weekday' });
  }
  // "February 24, Tuesday": the weekday only confirms the date beside it.
  const dates = keepLongest(found).filter((d, i, all) => !(d.kind === 'weekday' && all.some((o, j) => j !== i && o.kind !== 'weekday' && o.value.precision === 'DAY' && Math.abs(o.span.end - d.span.start) <= 3)));
  for (const m of sentence.matchAll(TIME)) {
    const span = { start: offset + m.index, end: offset + m.index + m[0].length };
    // The clock time refines the day phrase next to it ("5:01 PM on Friday", "Friday at 5:01 PM").
    const near = dates.find((d) => d.value.precision === 'DAY' && (Math.abs(d.span.start - span.end) <= 5 || Math.abs(span.start - d.span.end) <= 5));
    if (!near) continue;
    let hour = +m[1]! % 12;
    if (m[3]!.toLowerCase() === 'p') hour += 12;
    const named = m[4] ? zoneOfWords(m[4]) : undefined;
    const zone = named ?? ctx.zone.zone;
    const t = DateTime.fromObject({ ...DateTime.fromISO(near.value.iso, { zone }).toObject(), hour, minute: m[2] ? +m[2] : 0, second: 0, millisecond: 0 }, { zone });
    if (!t.isValid) continue;
    const start = Math.min(span.start, near.span.start);
    const end = Math.max(span.end, near.span.end);
    const phrase = (sentence.slice(start - offset, end - offset)).trim();
    const basis = [near.value.basis, named ? undefined : ctx.zone.basis].filter(Boolean).join(' ');
    near.value = {
      iso: t.toISO({ suppressSeconds: true, suppressMilliseconds: true, includeOffset: true })!,
      precision: 'MINUTE',
      ...(zone === 'UTC' ? {} : { timezone: zone }),
      ...(near.value.relative ? { relative: { ...near.value.relative, phrase: phrase.slice(0, 80) } } : {}),
      ...(basis ? { estimated: true, basis: basis.slice(0, 400) } : {}),
    };
    near.phrase = phrase;
    near.span = { start, end };
  }
  return dates.map(({ kind: _k, ...d }) => d);
}

/**
 * Which way a bare weekday points from its anchor: a deadline or what is to come ("by Friday",
 * "until Monday", "next Tuesday") lies ahead, "last Friday" behind; otherwise the nearest one.
 */
export function weekdayDirection(before: string): 'next' | 'last' | 'nearest' {
  if (/\b(by|until|till|before|next|coming|no later than|deadline(?: of)?)\s+(?:this\s+)?$/i.test(before)) return 'next';
  if (/\b(last|past|previous)\s+$/i.test(before)) return 'last';
  return 'nearest';
}

function weekdayFrom(anchor: TemporalValue, name: string, way: 'next' | 'last' | 'nearest'): DateTime | null {
  const target = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(name.toLowerCase()) + 1;
  const start = startOf(anchor).startOf('day');
  const forward = (target - start.weekday + 7) % 7;
  if (way === 'next') return start.plus({ days: forward });
  if (way === 'last') return start.minus({ days: forward === 0 ? 7 : 7 - forward });
  return forward <= 3 ? start.plus({ days: forward }) : start.minus({ days: 7 - forward });
}
