import { diffRows, type Row } from './rows.js';
import { operationFor, type Shape } from './shapes.js';
import type { Side } from './sides.js';

/** What a side is sent for a shape: its own operation, everyone's variables. */
export const requestBody = (shape: Shape, side: Side) => JSON.stringify({ query: operationFor(shape, side.dialect).query, variables: shape.variables });

/** One side's answer to one shape as canonical rows, with the body as sent; any GraphQL error fails the run. */
export async function answer(shape: Shape, side: Side): Promise<{ rows: Row[]; text: string }> {
  const { status, text } = await side.post(requestBody(shape, side));
  const res = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (status !== 200 || res.errors?.length || !res.data) throw new Error(`shape ${shape.id} on ${side.name}: HTTP ${status}, ${text.slice(0, 2000)}`);
  return { rows: operationFor(shape, side.dialect).rows(res.data), text };
}

/** One request per side and shape, before anything is compared: cold starts (plans, JIT) happen here. */
export async function prime(sides: readonly Side[], shapes: readonly Shape[]): Promise<void> {
  for (const side of sides) for (const shape of shapes) await side.post(requestBody(shape, side)).catch(() => undefined);
}

/**
 * Every side against the first (ours): the same rows, and at least one, or the run stops with
 * every difference found. Returns the number of rows per shape.
 */
export async function checkEquivalence(sides: readonly Side[], shapes: readonly Shape[], log: (m: string) => void): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const problems: string[] = [];
  for (const shape of shapes) {
    const [reference, ...others] = await Promise.all(sides.map(async (side) => ({ side, ...(await answer(shape, side)) })));
    const found: string[] = [];
    if (reference!.rows.length === 0) found.push(`shape ${shape.id}: ${reference!.side.name} answered with no rows; nothing would be compared`);
    for (const other of others) {
      const diff = diffRows(reference!.rows, other.rows);
      if (diff.length) found.push(`shape ${shape.id}: ${other.side.name} differs from ${reference!.side.name}:\n  ${diff.join('\n  ')}`);
    }
    counts.set(shape.id, reference!.rows.length);
    log(`shape ${shape.id}: ${reference!.rows.length} rows, ${found.length ? 'DIFFERENT' : `identical on ${sides.map((s) => s.name).join(', ')}`}`);
    problems.push(...found);
  }
  if (problems.length) throw new Error(`EQUIVALENCE CHECK FAILED: the sides do not return the same rows.\n${problems.join('\n')}`);
  return counts;
}
