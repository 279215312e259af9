import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const cypherDir = path.resolve(import.meta.dirname, '../../cypher');

/** Every statement in cypher/**.cypher, read once, by name: "queries/entity-by-keys". */
const statements: ReadonlyMap<string, string> = new Map(
  readdirSync(cypherDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => [f.replace(/\.cypher$/, '').split(path.sep).join('/'), readFileSync(path.join(cypherDir, f), 'utf8').trim()]),
);

export function cypher(name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new Error(`no Cypher statement named "${name}" in ${cypherDir}`);
  return text;
}

export function cypherNames(prefix: string): string[] {
  return [...statements.keys()].filter((n) => n.startsWith(prefix)).sort();
}

/** Splits a file of several statements (migrations) on semicolons at line ends. */
export function statementsOf(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}
