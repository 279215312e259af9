import path from 'node:path';
import type { Props } from '../model/stored-temporal.js';
import { CsvOut } from './bulk-csv-out.js';
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

/** A value as one CSV cell's content (CsvOut quotes strings); lists joined with ARRAY_DELIMITER. */
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
  out: CsvOut;
  columns: Map<string, ColumnType>;
  /** The columns again as arrays, for the row loop. */
  names: string[];
  types: ColumnType[];
  rows: number;
}

/** Files of one label set or relationship type, and the id spaces of its ends for relationships. */
interface Group {
  /** "Entity:Person" for --nodes=Entity:Person=…, "REL" for --relationships=REL=…. */
  name: string;
  idColumns: string[];
  files: CsvFile[];
  /** The file of the group's last row: the next row most likely fits it too. */
  last: CsvFile | null;
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
    for (const n of nodes) this.add(this.nodeGroups, n.labels.join(':'), `key:ID(${n.space})`, null, n.key, null, n.props, () => `${n.space} ${n.key}`);
  }

  writeRelationships(rels: readonly BulkRelationship[]): void {
    for (const r of rels) {
      this.add(this.relGroups, r.type, `:START_ID(${r.start.space})`, `:END_ID(${r.end.space})`, r.start.key, r.end.key, r.props, () => `${r.type} ${r.start.key} → ${r.end.key}`);
    }
  }

  /** Closes the files; what to give the importer. */
  close(): CsvFileSet {
    const files = (groups: Map<string, Group>) =>
      [...groups.values()].map((g) => {
        for (const f of g.files) f.out.close();
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
   * One row. This runs for every value of millions of rows, so it allocates little: the file the
   * group's last row went to is tried first (a row fits a file that has each of its properties
   * with the same type), names are checked once, and the description of a row for an error is
   * only made when there is one.
   */
  private add(groups: Map<string, Group>, groupName: string, id1: string, id2: string | null, v1: string, v2: string | null, props: Props, where: () => string): void {
    const groupKey = id2 === null ? `${groupName}|${id1}` : `${groupName}|${id1},${id2}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { name: groupName, idColumns: id2 === null ? [id1] : [id1, id2], files: [], last: null }));
    let file = group.last !== null && fits(group.last, props) ? group.last : group.files.find((f) => fits(f, props));
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
      file = this.newFile(group, types);
    }
    group.last = file;
    const out = file.out;
    out.quoted(v1);
    if (id2 !== null) {
      out.comma();
      out.quoted(v2!);
    }
    const { names, types } = file;
    for (let i = 0; i < names.length; i++) {
      out.comma();
      const value = props[names[i]!];
      if (value === undefined) continue;
      // fits() matched a list by its first item; columnType checks the rest.
      if (Array.isArray(value) && columnType(value, () => `${where()}, ${names[i]}`) !== types[i]) throw new BulkImportError(`${where()}, ${names[i]}: not a ${types[i]}`);
      const cell = cellValue(value, where, names[i]!);
      if (typeof cell === 'number') {
        out.raw(String(cell));
        continue;
      }
      if (!this.multiline && (cell.includes('\n') || cell.includes('\r'))) this.multiline = true;
      out.quoted(cell);
    }
    out.newline();
    file.rows += 1;
    this.count += 1;
  }

  /** A file for a row no file of its group fits. */
  private newFile(group: Group, types: Map<string, ColumnType>): CsvFile {
    // A new file takes the last one's columns too, where they agree, so files stay few.
    const columns = new Map(types);
    for (const [name, type] of group.files.at(-1)?.columns ?? []) if (!columns.has(name)) columns.set(name, type);
    const file = path.join(this.dir, `${String(++this.fileCount).padStart(3, '0')}-${group.name.replace(/:/g, '-')}.csv`);
    const csv: CsvFile = { path: file, out: new CsvOut(file), columns, names: [...columns.keys()], types: [...columns.values()], rows: 0 };
    [...group.idColumns, ...[...columns].map(([name, type]) => `${name}:${type}`)].forEach((h, i) => {
      if (i) csv.out.comma();
      csv.out.quoted(h);
    });
    csv.out.newline();
    group.files.push(csv);
    return csv;
  }
}

/** Whether a file has a column of each of the row's properties, with the type of its value. */
function fits(file: CsvFile, props: Props): boolean {
  for (const name in props) {
    const value = props[name];
    if (value !== undefined && file.columns.get(name) !== quickType(value)) return false;
  }
  return true;
}

/** A value's column type as far as choosing its file needs: a list by its first item. */
function quickType(value: unknown): ColumnType | null {
  const list = Array.isArray(value);
  const v = list ? (value as unknown[])[0] : value;
  switch (typeof v) {
    case 'string':
      return list ? 'string[]' : 'string';
    case 'number':
      if (Number.isSafeInteger(v)) return list ? 'long[]' : 'long';
      return list ? 'double[]' : 'double';
    case 'boolean':
      return list ? 'boolean[]' : 'boolean';
    default:
      return null;
  }
}
