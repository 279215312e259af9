import { describe, expect, it } from 'vitest';
import { buildTimeScale, placeLabels } from '../../explore/views/timeline-scale.js';

const ms = (iso: string) => Date.parse(iso);
const opts = { width: 800, slot: 22, minDay: 0.25 };

describe('pressure timeline axis', () => {
  // Regression: crowded days used to push items of 27 February past the March tick.
  it('keeps every item between its own month’s ticks, however crowded its day', () => {
    const items = [
      ...Array.from({ length: 7 }, (_, i) => ({ id: `a${i}`, start: ms('2026-02-24T00:00:00Z') })),
      ...Array.from({ length: 4 }, (_, i) => ({ id: `b${i}`, start: ms('2026-02-27T00:00:00Z') })),
      { id: 'oct', start: ms('2025-10-01T00:00:00Z') },
      { id: 'q2', start: ms('2026-04-01T00:00:00Z') },
    ];
    const scale = buildTimeScale(items, [ms('2026-02-27T22:01:00Z')], opts);
    const tick = (m: string) => scale.ticks.find((t) => t.month === m)!.x;
    for (const item of items) {
      const month = new Date(item.start).toISOString().slice(0, 7);
      const next = scale.ticks[scale.ticks.findIndex((t) => t.month === month) + 1]!;
      const x = scale.itemX.get(item.id)!;
      expect(x, item.id).toBeGreaterThan(tick(month));
      expect(x, item.id).toBeLessThan(next.x);
    }
    // The deadline's instant sits in February too, after the items of its day began.
    const deadline = scale.x(ms('2026-02-27T22:01:00Z'));
    expect(deadline).toBeGreaterThan(scale.itemX.get('b0')!);
    expect(deadline).toBeLessThan(tick('2026-03'));
  });

  it('gives each item on a crowded day its own slot, in time order', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `x${i}`, start: ms('2026-02-24T00:00:00Z') + i * 60_000 }));
    const scale = buildTimeScale(items, [], opts);
    const xs = items.map((i) => scale.itemX.get(i.id)!);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(opts.slot - 1e-9);
  });

  it('fits the width asked for when the days allow, and is monotonic', () => {
    const scale = buildTimeScale([{ id: 'a', start: ms('2025-10-05T00:00:00Z') }, { id: 'b', start: ms('2026-06-20T00:00:00Z') }], [], opts);
    expect(scale.width).toBeCloseTo(800, 0);
    let last = -1;
    for (let t = ms('2025-10-01T00:00:00Z'); t < ms('2026-07-01T00:00:00Z'); t += 3_600_000 * 7) {
      expect(scale.x(t)).toBeGreaterThanOrEqual(last);
      last = scale.x(t);
    }
  });
});

describe('timeline labels', () => {
  it('draws a label only where it does not overlap one already placed', () => {
    const shown = placeLabels([
      { id: 'a', x: 0, y: 0, w: 100, h: 14 },
      { id: 'b', x: 30, y: 0, w: 100, h: 14 },
      { id: 'c', x: 30, y: 40, w: 100, h: 14 },
      { id: 'd', x: 140, y: 0, w: 100, h: 14 },
    ]);
    expect([...shown].sort()).toEqual(['a', 'c', 'd']);
  });
});
