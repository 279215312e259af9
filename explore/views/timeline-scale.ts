/**
 * The pressure timeline's time axis. Time runs left to right and every item sits inside its own
 * day, so it always falls between its month's ticks; days on which several things happened are
 * widened to give each its own slot, and quiet days shrink to fit the rest into the width
 * available. Pure; unit-tested in tests/unit/explore-timeline-scale.test.ts.
 */
import { addMonths, monthOf, monthStartMs } from '../state/filters.js';

export interface TimedItem {
  id: string;
  /** Epoch ms of the start of the item's span. */
  start: number;
}

export interface TimeScale {
  /** x of any instant in the axis range. */
  x: (ms: number) => number;
  /** x of each item: inside its day, in time order, one slot each. */
  itemX: Map<string, number>;
  /** A tick at the first instant of every month in range, and one closing the last month. */
  ticks: { month: string; x: number }[];
  width: number;
}

export interface ScaleOptions {
  /** Room to aim for (px); the axis grows past it only when crowded days need more. */
  width: number;
  /** Room for one item on a crowded day (px). */
  slot: number;
  /** The least a day gets (px). */
  minDay: number;
}

const DAY = 86_400_000;

export function buildTimeScale(items: TimedItem[], instants: number[], opts: ScaleOptions): TimeScale {
  const all = [...items.map((i) => i.start), ...instants].filter(Number.isFinite);
  const firstMonth = monthOf(all.length ? Math.min(...all) : Date.now());
  const lastMonth = monthOf(all.length ? Math.max(...all) : Date.now());
  const t0 = monthStartMs(firstMonth);
  const t1 = monthStartMs(addMonths(lastMonth, 1));
  const days = Math.round((t1 - t0) / DAY);
  const dayOf = (ms: number) => Math.min(days - 1, Math.max(0, Math.floor((ms - t0) / DAY)));

  const perDay = new Map<number, TimedItem[]>();
  for (const item of [...items].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))) {
    const d = dayOf(item.start);
    perDay.set(d, [...(perDay.get(d) ?? []), item]);
  }
  const crowded = (n: number) => n * opts.slot;
  const needed = [...perDay.values()].reduce((sum, list) => sum + crowded(list.length), 0);
  const quietDays = days - perDay.size;
  const base = Math.max(opts.minDay, quietDays > 0 ? (opts.width - needed) / quietDays : opts.minDay);

  const widths = Array.from({ length: days }, (_, d) => Math.max(base, crowded(perDay.get(d)?.length ?? 0)));
  const left: number[] = [];
  let acc = 0;
  for (const w of widths) {
    left.push(acc);
    acc += w;
  }
  const x = (ms: number) => {
    if (ms <= t0) return 0;
    if (ms >= t1) return acc;
    const d = dayOf(ms);
    return left[d]! + ((ms - (t0 + d * DAY)) / DAY) * widths[d]!;
  };

  const itemX = new Map<string, number>();
  for (const [d, list] of perDay) {
    const slot = widths[d]! / list.length;
    list.forEach((item, i) => itemX.set(item.id, left[d]! + slot * (i + 0.5)));
  }

  const ticks: { month: string; x: number }[] = [];
  for (let m = firstMonth; monthStartMs(m) <= t1; m = addMonths(m, 1)) ticks.push({ month: m, x: x(monthStartMs(m)) });
  return { x, itemX, ticks, width: acc };
}

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Which labels can be drawn without overlapping, taking them in the order given (most wanted
 * first). The others are left for hover and zoom to reveal.
 */
export function placeLabels(boxes: LabelBox[], gap = 2): Set<string> {
  const placed: LabelBox[] = [];
  const shown = new Set<string>();
  for (const b of boxes) {
    const clash = placed.some((p) => Math.abs(p.x - b.x) * 2 < p.w + b.w + gap * 2 && Math.abs(p.y - b.y) * 2 < p.h + b.h + gap * 2);
    if (clash) continue;
    placed.push(b);
    shown.add(b.id);
  }
  return shown;
}
