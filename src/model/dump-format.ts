import { z } from 'zod';
import { KIND_LABELS } from './seed-schema.js';

/**
 * The dump: the whole graph as JSON lines, one record a line, so that a dump can be read,
 * diffed and streamed. A header line first (format and version), then nodes, then
 * relationships between them by node number, then an end line with the counts: a file cut
 * short has no end line and is refused whole.
 *
 * Everything the service stores is a node or relationship with plain properties (strings,
 * integers, floats, booleans and lists of them), so the format carries the graph itself rather
 * than a model of it: seed and API data, the history (Tx, Change, GraphVersion, State), merges,
 * proposals and API key hashes alike.
 */
export const DUMP_FORMAT = 'kg-dump';
export const DUMP_FORMAT_VERSION = 1;

/** Labels and relationship types a dump may hold: what the service writes, nothing else. */
export const DUMP_LABELS = [
  'Entity',
  ...KIND_LABELS,
  'Document',
  'State',
  'Dispute',
  'Claim',
  'Fact',
  'Proposal',
  'Tx',
  'Change',
  'GraphVersion',
  'ApiKey',
] as const;
export const DUMP_TYPES = ['REL', 'MENTIONS', 'MERGED_INTO', 'STATE_OF', 'CLAIM_OF', 'FACT_OF', 'ABOUT'] as const;

const scalar = z.union([z.string(), z.number().finite(), z.boolean()]);
const propertyName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, 'a property name of letters, digits and _');
const props = z.record(propertyName, z.union([scalar, z.array(scalar)]));
const nodeNumber = z.number().int().positive();

export const headerLine = z.object({
  kind: z.literal('header'),
  format: z.literal(DUMP_FORMAT),
  formatVersion: z.literal(DUMP_FORMAT_VERSION),
  createdAt: z.string(),
  graphVersion: z.number().int().nonnegative(),
});
export const nodeLine = z.object({
  kind: z.literal('node'),
  id: nodeNumber,
  labels: z.array(z.enum(DUMP_LABELS)).min(1),
  props,
});
export const relationshipLine = z.object({
  kind: z.literal('rel'),
  type: z.enum(DUMP_TYPES),
  from: nodeNumber,
  to: nodeNumber,
  props,
});
export const endLine = z.object({
  kind: z.literal('end'),
  nodes: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
});

export type DumpHeader = z.infer<typeof headerLine>;
export type DumpNode = z.infer<typeof nodeLine>;
export type DumpRelationship = z.infer<typeof relationshipLine>;

export interface ParsedDump {
  header: DumpHeader;
  nodes: DumpNode[];
  relationships: DumpRelationship[];
}

/** A dump that cannot be restored; `line` is 1-based, when one line is at fault. */
export class DumpFormatError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
  }
}

/**
 * Checks a whole dump before anything is written: the header's format and version, every
 * line's shape, labels and types from the known set, node numbers unique, relationship ends
 * present, and the end line's counts.
 */
export function parseDump(lines: Iterable<string>): ParsedDump {
  let header: DumpHeader | null = null;
  let ended = false;
  const nodes: DumpNode[] = [];
  const relationships: DumpRelationship[] = [];
  const ids = new Set<number>();
  let n = 0;
  for (const raw of lines) {
    n += 1;
    if (raw.trim() === '') continue;
    if (ended) throw new DumpFormatError('text after the end line', n);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new DumpFormatError('not a JSON line', n);
    }
    const kind = (value as { kind?: unknown } | null)?.kind;
    if (header === null) {
      const h = headerLine.safeParse(value);
      if (!h.success) throw new DumpFormatError(`not a ${DUMP_FORMAT} version ${DUMP_FORMAT_VERSION} header: ${issues(h.error)}`, n);
      header = h.data;
    } else if (kind === 'node') {
      const node = check(nodeLine, value, n);
      if (ids.has(node.id)) throw new DumpFormatError(`node ${node.id} appears twice`, n);
      ids.add(node.id);
      nodes.push(node);
    } else if (kind === 'rel') {
      const rel = check(relationshipLine, value, n);
      for (const end of [rel.from, rel.to]) if (!ids.has(end)) throw new DumpFormatError(`relationship names node ${end}, which no earlier line holds`, n);
      relationships.push(rel);
    } else if (kind === 'end') {
      const end = check(endLine, value, n);
      if (end.nodes !== nodes.length || end.relationships !== relationships.length) {
        throw new DumpFormatError(`the end line counts ${end.nodes} nodes and ${end.relationships} relationships; the file holds ${nodes.length} and ${relationships.length}`, n);
      }
      ended = true;
    } else {
      throw new DumpFormatError(`unknown kind ${JSON.stringify(kind)}`, n);
    }
  }
  if (header === null) throw new DumpFormatError('empty file: no header line');
  if (!ended) throw new DumpFormatError('no end line: the dump is incomplete');
  return { header, nodes, relationships };
}

function check<T>(schema: z.ZodType<T>, value: unknown, line: number): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new DumpFormatError(issues(r.error), line);
  return r.data;
}

function issues(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
}

/** An object with its keys in order, so that a dump of the same graph is the same text. */
export function sortedKeys<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])) as T;
}
