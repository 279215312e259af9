import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Props } from '../model/stored-temporal.js';
import { BulkImportError, type BulkNode, type BulkRelationship, type IdSpace } from './bulk-records.js';

/**
 * CSV files in the format of Neo4j's importer (`neo4j-admin database import full`). The importer
 * types a property by its column's header (name:long, name:string[], …), per file: rows go to
 * files by label set (or relationship type) and by the Neo4j type of each value, so a property
 * keeps exactly the type the driver would have given it (a whole number is an INTEGER, any other
 * a FLOAT, as store/neo4j-values.ts sends them). A new file starts only when a row brings a
 * column its group's files lack or a type they disagree on.
 *
 * Cells: an absent property is an empty field, an empty string a quoted one (""), which the
 * importer keeps apart; lists are joined with ARRAY_DELIMITER, a control character that no value
 * may contain. Newlines stay inside quoted fields; `multiline` says whether the import must allow
 * them (it reads faster when it need not).
 */

/** U+001F, the ASCII unit separator: the importer's array delimiter, refused inside values. */
export const ARRAY_DELIMITER = '\u001f';

export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';

const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function scalarType(value: unknown, where: () => string): 'string' | 'long' | 'double' | 'boolean' {
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      if (!Number.isFinite(value)) throw new BulkImportError(`${where()}: ${value} cannot be stored`);
      return Number.isSafeInteger(value) ? 'long' : 'double';
    default:
      throw new BulkImportError(`${where()}: a ${value === null ? 'null' : typeof value} cannot be imported`);
  }
}

/** The importer's type for a value, as the driver would store it. */
export function columnType(value: unknown, where: () => string): ColumnType {
  if (!Array.isArray(value)) return scalarType(value, where);
  if (value.length === 0) throw new BulkImportError(`${where()}: an empty list cannot be imported (see EMPTY_LISTS)`);
  const first = scalarType(value[0], where);
  for (let i = 1; i < value.length; i++) {
    const other = scalarType(value[i], where);
    if (other !== first) {
      const numbers = new Set([first, other]);
      throw new BulkImportError(`${where()}: a list mixing ${[...numbers].join(' and ')} cannot be imported`);
    }
  }
  return `${first}[]` as ColumnType;
}

/** A value as one CSV cell's content (csv-stringify quotes it); lists joined with ARRAY_DELIMITER. */
function cellValue(value: unknown, where: () => string, name: string): string | number {
  if (!Array.isArray(value)) return cell(value, where, name);
  // One empty string would read back as an empty list, which the importer skips.
  if (value.length === 1 && value[0] === '') throw new BulkImportError(`${where()}, ${name}: a list holding only an empty string cannot be imported`);
  let joined = '';
  for (let i = 0; i < value.length; i++) joined += (i ? ARRAY_DELIMITER : '') + String(cell(value[i], where, name));
  return joined;
}

function cell(v: unknown, where: () => string, name: string): string | number {
  if (typeof v === 'string') {
    if (v.includes(ARRAY_DELIMITER)) throw new BulkImportError(`${where()}, ${name}: the value contains U+001F, the import's array delimiter`);
    return v;
  }
  return typeof v === 'boolean' ? String(v) : (v as number);
}

interface CsvFile {
  path: string;
  fd: number;
  columns: Map<string, ColumnType>;
  rows: number;
}

/** Files of one label set or relationship type, and the id spaces of its ends for relationships. */
interface Group {
  /** "Entity:Person" for --nodes=Entity:Person=…, "REL" for --relationships=REL=…. */
  name: string;
  idColumns: string[];
  files: CsvFile[];
}

export interface CsvFileSet {
  nodes: { labels: string; files: string[] }[];
  relationships: { type: string; files: string[] }[];
  rows: number;
  multiline: boolean;
}

export class BulkCsvWriter {
  private readonly nodeGroups = new Map<string, Group>();
  private readonly relGroups = new Map<string, Group>();
  private count = 0;
  private fileCount = 0;
  private multiline = false;
  private readonly checkedNames = new Set<string>();

  constructor(private readonly dir: string) {}

  writeNodes(nodes: readonly BulkNode[]): void {
    this.write(this.nodeGroups, nodes, (n) => ({
      group: n.labels.join(':'),
      idColumns: [`key:ID(${n.space})`],
      ids: [n.key],
      props: n.props,
      where: () => `${n.space} ${n.key}`,
    }));
  }

  writeRelationships(rels: readonly BulkRelationship[]): void {
    this.write(this.relGroups, rels, (r) => ({
      group: r.type,
      idColumns: [`:START_ID(${r.start.space})`, `:END_ID(${r.end.space})`],
      ids: [r.start.key, r.end.key],
      props: r.props,
      where: () => `${r.type} ${r.start.key} → ${r.end.key}`,
    }));
  }

  /** Closes the files; what to give the importer. */
  close(): CsvFileSet {
    const files = (groups: Map<string, Group>) =>
      [...groups.values()].map((g) => {
        for (const f of g.files) closeSync(f.fd);
        return { name: g.name, files: g.files.map((f) => f.path) };
      });
    return {
      nodes: files(this.nodeGroups).map((g) => ({ labels: g.name, files: g.files })),
      relationships: files(this.relGroups).map((g) => ({ type: g.name, files: g.files })),
      rows: this.count,
      multiline: this.multiline,
    };
  }

  private write<T>(groups: Map<string, Group>, items: readonly T[], describe: (item: T) => { group: string; idColumns: string[]; ids: string[]; props: Props; where: () => string }): void {
    // Rows are gathered per file and written once per call: csv-stringify over many rows at a
    // time. No closure per cell: this loop runs for every value of millions of rows, and
    // `where` is only needed to word an error.
    const pending = new Map<CsvFile, (string | number | undefined)[][]>();
    for (const item of items) {
      const d = describe(item);
      const idKey = d.idColumns.join(',');
      let group = groups.get(`${d.group}|${idKey}`);
      if (!group) groups.set(`${d.group}|${idKey}`, (group = { name: d.group, idColumns: d.idColumns, files: [] }));
      const types = new Map<string, ColumnType>();
      for (const name in d.props) {
        const value = d.props[name];
        if (value === undefined) continue;
        if (!this.checkedNames.has(name)) {
          if (!PROPERTY_NAME.test(name)) throw new BulkImportError(`${d.where()}: property name "${name}" cannot be imported`);
          this.checkedNames.add(name);
        }
        types.set(name, columnType(value, () => `${d.where()}, ${name}`));
      }
      const file = this.fileFor(group, types);
      const record: (string | number | undefined)[] = [...d.ids];
      for (const name of file.columns.keys()) {
        const value = d.props[name];
        if (value === undefined) {
          record.push(undefined);
          continue;
        }
        const cell = cellValue(value, d.where, name);
        if (!this.multiline && typeof cell === 'string' && (cell.includes('\n') || cell.includes('\r'))) this.multiline = true;
        record.push(cell);
      }
      let list = pending.get(file);
      if (!list) pending.set(file, (list = []));
      list.push(record);
      file.rows += 1;
      this.count += 1;
    }
    for (const [file, records] of pending) writeSync(file.fd, stringify(records, { quoted_string: true }));
  }

  /** The group's first file that has every column with the same type, or a new one. */
  private fileFor(group: Group, types: Map<string, ColumnType>): CsvFile {
    const fits = (f: CsvFile) => [...types].every(([name, type]) => f.columns.get(name) === type);
    const found = group.files.find(fits);
    if (found) return found;
    // A new file takes the last one's columns too, where they agree, so files stay few.
    const columns = new Map(types);
    for (const [name, type] of group.files.at(-1)?.columns ?? []) if (!columns.has(name)) columns.set(name, type);
    const file: CsvFile = { path: path.join(this.dir, `${String(++this.fileCount).padStart(3, '0')}-${group.name.replace(/:/g, '-')}.csv`), fd: 0, columns, rows: 0 };
    file.fd = openSync(file.path, 'wx');
    const header = [...group.idColumns, ...[...columns].map(([name, type]) => `${name}:${type}`)];
    writeSync(file.fd, stringify([header]));
    group.files.push(file);
    return file;
  }
}
