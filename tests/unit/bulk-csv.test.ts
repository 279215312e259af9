import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, BulkCsvWriter, columnType } from '../../src/store/bulk-csv.js';
import { bulkRecords, type BulkNode } from '../../src/store/bulk-records.js';
import type { GraphRows } from '../../src/seed/graph-rows.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function write(nodes: BulkNode[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bulk-csv-'));
  dirs.push(dir);
  const w = new BulkCsvWriter(dir);
  w.writeNodes(nodes);
  const set = w.close();
  const files = set.nodes.flatMap((g) => g.files.map((f) => ({ labels: g.labels, text: readFileSync(f, 'utf8') })));
  return { set, files };
}
const node = (key: string, props: BulkNode['props']): BulkNode => ({ space: 'Entity', key, labels: ['Entity', 'Person'], props });
const where = () => 'test';

describe('bulk import CSV', () => {
  it('types each column as the driver stores the value: whole numbers long, others double, lists by their elements', () => {
    const { files } = write([node('a', { s: 'x', n: 3, f: 1.5, b: true, l: ['p', 'q'], li: [1, 2] })]);
    expect(files).toHaveLength(1);
    const [header] = parse(files[0]!.text) as string[][];
    expect(header).toEqual(['key:ID(Entity)', 's:string', 'n:long', 'f:double', 'b:boolean', 'l:string[]', 'li:long[]']);
    expect(files[0]!.labels).toBe('Entity:Person');
  });

  it('quotes an empty string and leaves an absent property as an empty field, which the importer keeps apart', () => {
    const { files } = write([node('a', { s: 'x', t: 'y' }), node('b', { s: '' })]);
    const lines = files[0]!.text.trim().split('\n');
    expect(lines[2]).toBe('"b","",');
  });

  it('keeps quotes, delimiters, newlines and non-ASCII inside one quoted field, and says the import must read multiline fields', () => {
    const text = 'He said "no", twice;\nthen — à ✓ 😀\r\nend';
    const { files, set } = write([node('a', { s: text })]);
    const rows = parse(files[0]!.text) as string[][];
    expect(rows[1]).toEqual(['a', text]);
    expect(set.multiline).toBe(true);
    expect(write([node('a', { s: 'one line' })]).set.multiline).toBe(false);
  });

  it('joins lists with U+001F and refuses a value that contains it', () => {
    const { files } = write([node('a', { l: ['x,y', 'z'] })]);
    expect((parse(files[0]!.text) as string[][])[1]![1]).toBe(`x,y${ARRAY_DELIMITER}z`);
    expect(() => write([node('b', { s: `bad${ARRAY_DELIMITER}` })])).toThrow(/U\+001F/);
    expect(() => write([node('c', { l: ['ok', `bad${ARRAY_DELIMITER}`] })])).toThrow(/U\+001F/);
  });

  it('starts another file when a column changes type, so each value keeps its own', () => {
    const { files } = write([node('a', { amount: 3 }), node('b', { amount: 2.5 }), node('c', { amount: 4 })]);
    expect(files.map((f) => (parse(f.text) as string[][])[0])).toEqual([
      ['key:ID(Entity)', 'amount:long'],
      ['key:ID(Entity)', 'amount:double'],
    ]);
    expect((parse(files[0]!.text) as string[][]).map((r) => r[0])).toEqual(['key:ID(Entity)', 'a', 'c']);
  });

  it('refuses values it cannot type: empty or mixed lists, non-finite numbers, objects', () => {
    expect(() => columnType([], where)).toThrow(/empty list/);
    expect(() => columnType([1, 'a'], where)).toThrow(/mixing/);
    expect(() => columnType(Number.NaN, where)).toThrow(/cannot be stored/);
    expect(() => columnType({ a: 1 }, where)).toThrow(/cannot be imported/);
  });

  it('leaves out empty lists and lists of empty strings, which the importer cannot write and readers take as empty', () => {
    const rows: GraphRows = {
      documents: [],
      entities: [{ key: 'e', label: 'Person', h: 'h1', props: { key: 'e', name: 'E', aliases: [], evNotes: [''], tags: ['', 'x'] } }],
      relationships: [],
      mentions: [],
      facts: [],
      disputes: [],
    };
    const [n] = bulkRecords(rows).nodes;
    expect(n!.props).not.toHaveProperty('aliases');
    expect(n!.props).not.toHaveProperty('evNotes');
    expect(n!.props).not.toHaveProperty('key');
    expect(n!.props.tags).toEqual(['', 'x']);
    expect(n!.props).toMatchObject({ h: 'h1', txFrom: 1, createdTx: 1, version: 1, origin: 'seed', editedVia: 'seed' });
  });

  it('refuses facts and disputes, which load through the transactional loader', () => {
    const rows: GraphRows = { documents: [], entities: [], relationships: [], mentions: [], facts: [{ entity: 'e', props: { key: 'e/f' }, h: 'x' }], disputes: [] };
    expect(() => bulkRecords(rows)).toThrow(/transactional loader/);
  });
});
