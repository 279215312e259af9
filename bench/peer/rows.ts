/**
 * Canonical rows: each side's answer to a shape, flattened into a list of plain JSON values in the
 * order that matters, so that the sides can be compared row by row whatever their schemas.
 */
export type Row = unknown[];

/** One row as compared: JSON, refusing `undefined` (a field a side forgot must not pass as null). */
export function canonical(row: Row): string {
  return JSON.stringify(row, (key, value: unknown) => {
    if (value === undefined) throw new Error(`a canonical row holds undefined${key ? ` at "${key}"` : ''}: ${JSON.stringify(row)}`);
    return value;
  });
}

/** A DateTime as its instant in epoch ms, whatever offset or zone a side writes it with. */
export function instant(value: string | null): number | null {
  if (value === null) return null;
  const ms = Date.parse(value.replace(/\[[^\]]+\]$/, ''));
  if (Number.isNaN(ms)) throw new Error(`not a DateTime: ${JSON.stringify(value)}`);
  return ms;
}

/** A quote as compared: a side that stores '' for "text unknown" means what null means elsewhere. */
export const quote = (q: string | null): string | null => (q === '' ? null : q);

/** Rows whose order carries no meaning (sets), in one order. */
export function sortedRows(rows: Row[]): Row[] {
  return rows.map((r) => [canonical(r), r] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** Every difference between the reference rows and a side's, in words; empty when they are the same. */
export function diffRows(expected: Row[], actual: Row[], limit = 10): string[] {
  const out: string[] = [];
  if (expected.length !== actual.length) out.push(`${expected.length} rows expected, ${actual.length} received`);
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n && out.length < limit; i++) {
    const e = i < expected.length ? canonical(expected[i]!) : '(none)';
    const a = i < actual.length ? canonical(actual[i]!) : '(none)';
    if (e !== a) out.push(`row ${i}:\n    expected ${e}\n    received ${a}`);
  }
  return out;
}
