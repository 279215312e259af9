import {
  DUMP_FORMAT,
  DUMP_FORMAT_VERSION,
  sortedKeys,
  type DumpNode,
  type DumpRelationship,
  type ParsedDump,
} from '../model/dump-format.js';
import { named, type Executor, type TxRunner } from './executor.js';
import { withDerivedKeys } from '../model/stored-records.js';

type Props = Record<string, unknown>;
interface NodeRow {
  id: string;
  labels: string[];
  props: Props;
  odd: string[];
}
interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  props: Props;
  odd: string[];
}

/** The graph holds a value the dump format cannot carry; dumping it would lose it, so nothing is written. */
export class UndumpableValue extends Error {}
/** A restore into a database that is not empty, without --force. */
export class RestoreRefused extends Error {}

export interface DumpSummary {
  graphVersion: number;
  nodes: number;
  relationships: number;
}

/**
 * The whole graph as dump lines (see model/dump-format.ts). The same graph gives the same
 * lines, whatever the element ids: nodes are numbered in the order of their labels and
 * properties, relationships sorted by type, ends and properties.
 */
export async function dumpGraph(db: Executor, now = new Date()): Promise<{ lines: string[]; summary: DumpSummary }> {
  // A write transaction that writes nothing: it holds the GraphVersion lock (see
  // cypher/write/begin-version.cypher), so no write commits between reading the nodes and
  // reading the relationships, and the dump is one version of the graph.
  const { graphVersion, nodes, rels } = await db.writeTransaction(async (run) => {
    const [size] = await run<{ version: number }>(named('dump/hold-version'));
    const nodes = await run<NodeRow>(named('dump/nodes'));
    const rels = await run<RelationshipRow>(named('dump/relationships'));
    return { graphVersion: size?.version ?? 0, nodes, rels };
  });
  for (const row of [...nodes, ...rels]) {
    if (row.odd.length > 0) throw new UndumpableValue(`${'labels' in row ? row.labels.join(':') : row.type} holds ${row.odd.join(', ')} of a type the dump cannot carry`);
  }

  const numbered = nodes
    .map((n) => ({ elementId: n.id, labels: [...n.labels].sort(), props: sortedKeys(n.props) }))
    .map((n) => ({ ...n, order: JSON.stringify([n.labels, n.props]) }))
    .sort((a, b) => compare(a.order, b.order));
  const numberOf = new Map(numbered.map((n, i) => [n.elementId, i + 1]));
  const nodeLines: DumpNode[] = numbered.map((n, i) => ({ kind: 'node', id: i + 1, labels: n.labels as DumpNode['labels'], props: n.props as DumpNode['props'] }));
  const relLines: DumpRelationship[] = rels
    .map((r) => ({ kind: 'rel' as const, type: r.type as DumpRelationship['type'], from: numberOf.get(r.from)!, to: numberOf.get(r.to)!, props: sortedKeys(r.props) as DumpRelationship['props'] }))
    .map((r) => ({ r, order: JSON.stringify([r.type, r.from, r.to, r.props]) }))
    .sort((a, b) => compare(a.order, b.order))
    .map((x) => x.r);

  const lines = [
    JSON.stringify({ kind: 'header', format: DUMP_FORMAT, formatVersion: DUMP_FORMAT_VERSION, createdAt: now.toISOString(), graphVersion }),
    ...nodeLines.map((n) => JSON.stringify(n)),
    ...relLines.map((r) => JSON.stringify(r)),
    JSON.stringify({ kind: 'end', nodes: nodeLines.length, relationships: relLines.length }),
  ];
  return { lines, summary: { graphVersion, nodes: nodeLines.length, relationships: relLines.length } };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface RestoreOptions {
  /** Replace a graph that is there already (in the same transaction). */
  force?: boolean;
  /** Rows per statement. */
  batch?: number;
  /** The transaction's timeout; a large graph takes a while. */
  timeoutMs?: number;
}

/**
 * Rebuilds the graph of a checked dump in one transaction: all of it or nothing. An empty
 * database is required unless `force`, which replaces what is there.
 */
export async function restoreGraph(db: Executor, dump: ParsedDump, opts: RestoreOptions = {}): Promise<DumpSummary> {
  const batch = opts.batch ?? 1000;
  await db.writeTransaction(
    async (run) => {
      const [size] = await run<{ nodes: number; relationships: number }>(named('dump/graph-size'));
      if (size && size.nodes > 0) {
        if (!opts.force) throw new RestoreRefused(`the database is not empty (${size.nodes} nodes, ${size.relationships} relationships); restore into an empty one, or pass --force to replace it`);
        await run(named('dump/wipe'));
      }
      const elementIds = await createNodes(run, dump.nodes, batch);
      for (let i = 0; i < dump.relationships.length; i += batch) {
        const rows = dump.relationships.slice(i, i + batch).map((r) => ({ type: r.type, from: elementIds.get(r.from), to: elementIds.get(r.to), props: r.type === 'REL' ? withDerivedKeys(r.props) : r.props }));
        const [made] = await run<{ n: number }>(named('dump/create-relationships', { rows }));
        if (made?.n !== rows.length) throw new Error(`restore made ${made?.n ?? 0} of ${rows.length} relationships`);
      }
    },
    { timeoutMs: opts.timeoutMs },
  );
  // The clock may still hold the version of the graph that was replaced.
  await db.refreshVersion();
  return { graphVersion: dump.header.graphVersion, nodes: dump.nodes.length, relationships: dump.relationships.length };
}

async function createNodes(run: TxRunner, nodes: readonly DumpNode[], batch: number): Promise<Map<number, string>> {
  const elementIds = new Map<number, string>();
  for (let i = 0; i < nodes.length; i += batch) {
    const rows = nodes.slice(i, i + batch);
    for (const made of await run<{ id: number; elementId: string }>(named('dump/create-nodes', { rows }))) elementIds.set(made.id, made.elementId);
  }
  return elementIds;
}
