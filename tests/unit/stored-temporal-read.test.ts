import { describe, expect, it } from 'vitest';
import { readTemporal, writeTemporal } from '../../src/model/stored-temporal.js';

// Rows carry only the temporal properties their operation selected (schema/temporal.ts); the
// reader must give the same value for what was selected whatever else was left out.
describe('reading a stored temporal from a row', () => {
  const full = writeTemporal('when', { iso: '2026-02-27', precision: 'DAY', timezone: 'America/New_York' });

  it('reads every part from a whole row', () => {
    expect(readTemporal(full, 'when')).toMatchObject({ iso: '2026-02-27', precision: 'DAY', timezone: 'America/New_York' });
    expect(readTemporal(full, 'when')!.start).toMatch(/^2026-02-27T00:00/);
  });

  it('a row with only the iso fetched is a value with that iso, not null', () => {
    expect(readTemporal({ whenIso: '2026-02-27' }, 'when')).toMatchObject({ iso: '2026-02-27' });
  });

  it('is null when no iso is stored', () => {
    expect(readTemporal({ whenIso: null, whenPrecision: null }, 'when')).toBeNull();
    expect(readTemporal({}, 'when')).toBeNull();
  });

  it('is null, as before, when a part that was fetched is missing from the stored value', () => {
    for (const missing of ['whenPrecision', 'whenStart', 'whenEnd']) expect(readTemporal({ ...full, [missing]: null }, 'when')).toBeNull();
  });
});
