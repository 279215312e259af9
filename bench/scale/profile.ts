import neo4j, { type Driver } from 'neo4j-driver';
import type { Statement } from '../../src/store/executor.js';
import { toParams } from '../../src/store/neo4j-values.js';
import type { EntityRow, PathRow, RelRow } from '../../src/store/read-store.js';
import { entitiesStatement, rawCall, rawStatement } from '../peer/raw/statements.js';
import type { ScaleShape } from './shapes.js';

/**
 * PROFILE of every statement a shape runs (the raw side's, which are exactly ours): database hits
 * summed over the whole plan, rows returned, and the operators that touched the most, so a cost
 * that grows with the graph shows where.
 */

export interface StatementProfile {
  /** shape/statement, e.g. "j/entities-by-keys". */
  id: string;
  dbHits: number;
  rows: number;
  /** The three operators with the most db hits, as "Operator(details) hits". */
  top: string[];
}

interface Plan {
  operatorType: string;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

function operators(plan: Plan, out: Plan[] = []): Plan[] {
  out.push(plan);
  for (const c of plan.children) operators(c, out);
  return out;
}

async function profileOne(driver: Driver, database: string, version: number, s: Statement): Promise<{ hits: number; rows: Record<string, unknown>[]; top: string[] }> {
  const params = toParams({ ...s.params, v: version }) as Record<string, unknown>;
  const run = () => driver.executeQuery(`PROFILE ${s.text}`, params, { database, routing: neo4j.routing.READ });
  // The first run plans and warms the page cache; the second is the one reported.
  await run();
  const result = await run();
  const all = operators(result.summary.profile as unknown as Plan);
  const hits = all.reduce((sum, p) => sum + Number(p.dbHits), 0);
  const top = [...all]
    .sort((a, b) => Number(b.dbHits) - Number(a.dbHits))
    .slice(0, 3)
    .filter((p) => Number(p.dbHits) > 0)
    .map((p) => `${p.operatorType.replace(/@neo4j$/, '')}${p.arguments.Details ? `(${String(p.arguments.Details).slice(0, 80)})` : ''} ${Number(p.dbHits)}`);
  return { hits, rows: result.records.map((r) => r.toObject()), top };
}

/** Every statement of one shape, in the order our server runs them. */
export async function profileShape(driver: Driver, database: string, version: number, shape: ScaleShape): Promise<StatementProfile[]> {
  const call = await rawCall(shape.ops.raw.query, shape.variables);
  const first = rawStatement(call.field, call.args);
  const out: StatementProfile[] = [];
  const main = await profileOne(driver, database, version, first);
  out.push({ id: `${shape.id}/${first.name}`, dbHits: main.hits, rows: main.rows.length, top: main.top });
  // Entities the first statement names but does not return come in a second, as our server loads them.
  let keys: string[] = [];
  if (call.field === 'relationship') {
    const rel = main.rows[0]?.rel as RelRow | undefined;
    if (rel) keys = [rel.source, rel.target];
  } else if (call.field === 'paths') {
    const row = main.rows[0] as { paths: PathRow[]; entities?: EntityRow[] } | undefined;
    if (row && !row.entities) keys = row.paths.flatMap((p) => p.nodes);
  }
  if (keys.length) {
    const then = entitiesStatement(call.field, keys);
    const p = await profileOne(driver, database, version, then);
    out.push({ id: `${shape.id}/${then.name}`, dbHits: p.hits, rows: p.rows.length, top: p.top });
  }
  return out;
}
