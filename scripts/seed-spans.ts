/**
 * Authoring aid: rewrites seed YAML so that every evidence item written as
 *   { doc: KEY, quote: "exact text", occurrence?: N }
 * becomes { doc, start, end, sha256 } against the texts in SOURCES_DIR (default ../shared/seeds).
 * The quote is dropped on rewrite, so no article text is ever committed.
 * Usage: npm run seed:spans [-- seed/file.yaml ...]   (default: every seed/*.yaml)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, visit, type Document, type YAMLMap } from 'yaml';
import { locate, sha256 } from '../src/model/spans.js';

const sourcesDir = path.resolve(process.env.SOURCES_DIR ?? '../shared/seeds');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('seed', { recursive: true })
      .map(String)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join('seed', f));

const texts = new Map<string, string>();
function textOf(doc: string): string {
  let text = texts.get(doc);
  if (text === undefined) {
    text = readFileSync(path.join(sourcesDir, `${doc}.txt`), 'utf8');
    texts.set(doc, text);
  }
  return text;
}

let failures = 0;
let resolved = 0;
for (const file of files) {
  const yaml: Document = parseDocument(readFileSync(file, 'utf8'));
  let changed = false;
  visit(yaml, {
    Map(_, node: YAMLMap) {
      if (!node.has('quote') || !node.has('doc')) return;
      const doc = String(node.get('doc'));
      const quote = String(node.get('quote'));
      const occ = node.get('occurrence');
      try {
        const { start, end } = locate(textOf(doc), quote, occ === undefined ? undefined : Number(occ));
        node.delete('quote');
        node.delete('occurrence');
        node.set('start', start);
        node.set('end', end);
        node.set('sha256', sha256(textOf(doc).slice(start, end)));
        // keep the keys in a stable, readable order
        node.items.sort((a, b) => order(String(a.key)) - order(String(b.key)));
        node.flow = true;
        changed = true;
        resolved++;
      } catch (e) {
        failures++;
        console.error(`${file}: ${doc}: ${(e as Error).message}: ${JSON.stringify(quote.slice(0, 80))}`);
      }
    },
  });
  if (changed) writeFileSync(file, yaml.toString({ lineWidth: 0 }));
  void isMap;
  void isSeq;
}
console.log(`resolved ${resolved} quote(s); ${failures} failure(s)`);
process.exit(failures ? 1 : 0);

function order(key: string): number {
  const i = ['doc', 'start', 'end', 'sha256', 'note'].indexOf(key);
  return i === -1 ? 99 : i;
}
