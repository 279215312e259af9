import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
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
  if (value.length === 0) throw new BulkImportError(`${where()}: an empty list cannot be imported (storedForm leaves them out)`);
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

/** A value as one CSV cell's content (quoted() quotes strings); lists joined with ARRAY_DELIMITER. */
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
  if (typeof v === 'number' && !Number.isFinite(v)) throw new BulkImportError(`${where()}, ${name}: ${v} cannot be stored`);
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
  /** The file for each group and row shape (the property names and types, in the row's order). */
  private readonly byShape = new Map<Group, Map<string, CsvFile>>();
  private count = 0;
  private fileCount = 0;
  private multiline = false;
  private readonly checkedNames = new Set<string>();
  /** Rows made since the last flush, per file, as CSV text. */
  private pending = new Map<CsvFile, string[]>();

  constructor(private readonly dir: string) {}

  writeNodes(nodes: readonly BulkNode[]): void {
    for (const n of nodes) this.add(this.nodeGroups, n.labels.join(':'), `key:ID(${n.space})`, null, n.key, null, n.props, () => `${n.space} ${n.key}`);
    this.flush();
  }

  writeRelationships(rels: readonly BulkRelationship[]): void {
    for (const r of rels) {
      this.add(this.relGroups, r.type, `:START_ID(${r.start.space})`, `:END_ID(${r.end.space})`, r.start.key, r.end.key, r.props, () => `${r.type} ${r.start.key} → ${r.end.key}`);
    }
    this.flush();
  }

  /** Closes the files; what to give the importer. */
  close(): CsvFileSet {
    this.flush();
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

  /**
   * One row. This runs for every value of millions of rows: a row's shape (names and types) is a
   * string that finds its file without building a column map, names are checked once, and the
   * description of a row for an error is only made when there is one.
   */
  private add(groups: Map<string, Group>, groupName: string, id1: string, id2: string | null, v1: string, v2: string | null, props: Props, where: () => string): void {
    const groupKey = id2 === null ? `${groupName}|${id1}` : `${groupName}|${id1},${id2}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { name: groupName, idColumns: id2 === null ? [id1] : [id1, id2], files: [] }));
    let shape = '';
    for (const name in props) {
      const value = props[name];
      if (value === undefined) continue;
      shape += `${name}:${quickType(value)},`;
    }
    let shapes = this.byShape.get(group);
    if (!shapes) this.byShape.set(group, (shapes = new Map()));
    let file = shapes.get(shape);
    if (!file) {
      const types = new Map<string, ColumnType>();
      for (const name in props) {
        const value = props[name];
        if (value === undefined) continue;
        if (!this.checkedNames.has(name)) {
          if (!PROPERTY_NAME.test(name)) throw new BulkImportError(`${where()}: property name "${name}" cannot be imported`);
          this.checkedNames.add(name);
        }
        types.set(name, columnType(value, () => `${where()}, ${name}`));
      }
      file = this.fileFor(group, types);
      shapes.set(shape, file);
    }
    let line = id2 === null ? quoted(v1) : `${quoted(v1)},${quoted(v2!)}`;
    for (const [name, type] of file.columns) {
      const value = props[name];
      if (value === undefined) {
        line += ',';
        continue;
      }
      // The shape said which file; a list's other items are checked against its first here.
      if (type.endsWith('[]') && columnType(value, () => `${where()}, ${name}`) !== type) throw new BulkImportError(`${where()}, ${name}: not a ${type}`);
      const cell = cellValue(value, where, name);
      if (!this.multiline && typeof cell === 'string' && (cell.includes('\n') || cell.includes('\r'))) this.multiline = true;
      line += typeof cell === 'string' ? `,${quoted(cell)}` : `,${cell}`;
    }
    let list = this.pending.get(file);
    if (!list) this.pending.set(file, (list = []));
    list.push(line);
    file.rows += 1;
    this.count += 1;
  }

  /** One write per file for all the rows made since the last. */
  private flush(): void {
    for (const [file, lines] of this.pending) writeSync(file.fd, `${lines.join('\n')}\n`);
    this.pending = new Map();
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
    writeSync(file.fd, `${header.map(quoted).join(',')}\n`);
    group.files.push(file);
    return file;
  }
}

/**
 * A string as a quoted CSV field, quotes doubled: the one rule of RFC 4180 the importer needs,
 * since every string is quoted (an empty field is an absent value, "" an empty string). It is
 * written here rather than through csv-stringify, which was a quarter of the time of writing the
 * files of a million rows; tests read the files back with csv-parse.
 */
function quoted(s: string): string {
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
}

/** A value's type as far as choosing its file needs (a list by its first item); columnType checks the rest. */
function quickType(value: unknown): string {
  if (Array.isArray(value)) return `${quickType(value[0])}[]`;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return typeof value;
}
