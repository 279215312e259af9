/**
 * TEMPORARY: delete this file once the project's loader writes model v2 (REL) itself.
 *
 * Rewrites every keyed, typed relationship between entities into the one relationship type of
 * model v2, `(a)-[:REL {type: <old type>, txFrom: 1, evQuotes, …}]->(b)`, keeping every property.
 * Quotes are cut here in JavaScript (UTF-16 string slices, as Neo4j and the API index them) from
 * the article texts, so the peer and raw sides read them without the document text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

const READ = `
MATCH (:Entity)-[r]->(:Entity)
WHERE r.key IS NOT NULL AND NOT r:REL
RETURN r.key AS key, r.evDocs AS docs, [x IN r.evStarts | toFloat(x)] AS starts, [x IN r.evEnds | toFloat(x)] AS ends`;

const REWRITE = `
UNWIND $rows AS row
MATCH (a:Entity)-[r {key: row.key}]->(b:Entity)
WHERE NOT r:REL
CREATE (a)-[v:REL]->(b)
SET v = properties(r), v.type = type(r), v.txFrom = 1, v.evQuotes = row.quotes
DELETE r
RETURN count(v) AS n`;

/** Returns how many relationships were rewritten. */
export async function convertToModelV2(driver: Driver, database: string, sourcesDir: string): Promise<number> {
  const texts = new Map<string, string>();
  const textOf = (doc: string) => {
    if (!texts.has(doc)) {
      const file = path.join(sourcesDir, `${doc}.txt`);
      texts.set(doc, existsSync(file) ? readFileSync(file, 'utf8') : '');
    }
    return texts.get(doc)!;
  };
  const { records } = await driver.executeQuery(READ, {}, { database });
  const rows = records.map((rec) => {
    const docs = rec.get('docs') as string[];
    const starts = rec.get('starts') as number[];
    const ends = rec.get('ends') as number[];
    return { key: rec.get('key') as string, quotes: docs.map((doc, i) => textOf(doc).slice(starts[i], ends[i])) };
  });
  const result = await driver.executeQuery(REWRITE, { rows }, { database });
  return Number(result.records[0]?.get('n') ?? 0);
}
