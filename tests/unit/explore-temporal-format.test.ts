import { describe, expect, it } from 'vitest';
import { describeTemporal, formatInstant } from '../../explore/format/temporal-format.js';

describe('explorer dates, as a journalist cites them', () => {
  it('gives a minute in the source time zone, with its short name', () => {
    expect(describeTemporal({ iso: '2026-02-27T17:01-05:00', precision: 'MINUTE', timezone: 'America/New_York' })).toBe('Fri 27 Feb 2026, 17:01 ET');
  });

  it('reads the instant, not the digits: the same minute written in UTC still shows in ET', () => {
    expect(formatInstant('2026-02-27T22:01:00.000Z', 'America/New_York')).toBe('Fri 27 Feb 2026, 17:01 ET');
  });

  it('falls back to the offset as written when there is no zone', () => {
    expect(describeTemporal({ iso: '2026-02-27T17:01-05:00', precision: 'MINUTE' })).toBe('Fri 27 Feb 2026, 17:01 UTC−05:00');
  });

  it('names zones without a short generic name by their offset', () => {
    expect(formatInstant('2026-02-27T22:01:00Z', 'Asia/Shanghai')).toBe('Sat 28 Feb 2026, 06:01 GMT+8');
  });

  it('puts seasons and quarters in words', () => {
    expect(describeTemporal({ iso: '2025-22', precision: 'SEASON' })).toBe('summer 2025');
    expect(describeTemporal({ iso: '2025-24', precision: 'SEASON' })).toBe('winter 2025–26');
    expect(describeTemporal({ iso: '2026-Q2', precision: 'QUARTER', estimated: true })).toBe('2nd quarter 2026 (Apr–Jun) (estimated)');
  });

  it('keeps the precision and the qualifier of months, days and years', () => {
    expect(describeTemporal({ iso: '2026-02', precision: 'MONTH', qualifier: 'LATE', estimated: true })).toBe('late Feb 2026 (estimated)');
    expect(describeTemporal({ iso: '2026-02-24', precision: 'DAY' })).toBe('Tue 24 Feb 2026');
    expect(describeTemporal({ iso: '2021', precision: 'YEAR', qualifier: 'EARLY' })).toBe('early 2021');
    expect(describeTemporal(null)).toBe('undated');
  });
});
