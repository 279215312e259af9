import { normaliseName } from '../../model/names.js';
import { NEO4J_LABELS, type EntityRecord } from '../../model/seed-schema.js';
import { entityProps, nameProps, storedRow } from '../../model/stored-records.js';
import { evidenceListProps, readEvidence } from '../../model/stored-evidence.js';
import type { Props } from '../../model/stored-temporal.js';
import { Refused, type EntityWrite } from '../../model/write-inputs.js';
import { toLuceneQuery } from '../../search/lucene-query.js';
import { named, type Executor, type TxRunner } from '../executor.js';
import { retireAnchorsText, upsertAnchorsText } from '../translate/anchor-writes.js';
import { changeJson } from '../versioning.js';
import { write, type Write, type Written } from './write-tx.js';

interface CurrentEntity {
  key: string;
  props: Props;
  retired: boolean;
  mergedInto: string | null;
}

/** Bookkeeping the anchor upsert sets itself: never carried over from an earlier state. */
const BOOKKEEPING = ['h', 'txFrom', 'txTo', 'createdTx', 'origin', 'editedVia', 'version'];

export async function currentEntities(run: TxRunner, keys: readonly string[]): Promise<Map<string, CurrentEntity>> {
  const rows = await run<CurrentEntity>(named('write/entity-current', { keys: [...keys] }));
  return new Map(rows.map((r) => [r.key, r]));
}

/** Current entities other than `keys` known by one of these names (compared normalised). */
export async function entitiesNamed(run: TxRunner, keys: readonly string[], names: readonly string[]): Promise<{ key: string; names: string[] }[]> {
  const normalised = [...new Set(names.map(normaliseName))].filter(Boolean);
  const query = toLuceneQuery(names.join(' '));
  if (!query || normalised.length === 0) return [];
  return run<{ key: string; names: string[] }>(named('write/name-collisions', { keys: [...keys], names: normalised, query }));
}

/** Another current entity known by one of these names is a CONFLICT naming it. */
async function refuseNameClashes(run: TxRunner, key: string, names: readonly string[], also: readonly string[] = []): Promise<void> {
  const clashes = await entitiesNamed(run, [key, ...also], names);
  if (clashes.length) {
    const c = clashes[0]!;
    throw new Refused([{ code: 'CONFLICT', field: ['input', 'aliases'], message: `"${c.names[0]}" already names entity "${c.key}"; merge the two (mergeEntities) or choose another name` }]);
  }
}

/** Writes a new state of an entity through the anchor upsert (earlier states are kept as history). */
export async function writeEntityState(run: TxRunner, version: number, label: string, props: Props): Promise<void> {
  await run({ name: 'upsert-entity', text: upsertAnchorsText('Entity'), params: { rows: [{ key: props.key, label, ...storedRow(props) }], v: version, via: 'api' } });
}

export const withoutBookkeeping = (p: Props): Props => Object.fromEntries(Object.entries(p).filter(([k]) => !BOOKKEEPING.includes(k)));

/**
 * upsertEntity: creates the entity, or writes its new state over the current one, keeping what
 * the input does not speak to (evidence, kind attributes). With expectedVersion, a version that has
 * moved on is a VERSION_CONFLICT, so two editors never silently overwrite each other.
 */
export async function upsertEntity(db: Executor, actor: string, record: EntityWrite, expectedVersion: number | null): Promise<Written<{ key: string }>> {
  return write(db, actor, 'UPSERT_ENTITY', (w) => upsertEntityIn(w, record, expectedVersion));
}

/** upsertEntity inside a write that may do more (accepting a proposal creates its new entities). */
export async function upsertEntityIn(w: Write, record: EntityWrite, expectedVersion: number | null): Promise<{ key: string }> {
  const current = (await currentEntities(w.run, [record.key])).get(record.key);
  if (current?.retired && current.mergedInto) {
    throw new Refused([{ code: 'CONFLICT', field: ['input', 'key'], message: `entity "${record.key}" was merged into "${current.mergedInto}"; edit that one` }]);
  }
  const version = current && !current.retired ? ((current.props.version as number | undefined) ?? 0) : 0;
  if (expectedVersion !== null && expectedVersion !== version) {
    throw new Refused([{ code: 'VERSION_CONFLICT', field: ['expectedVersion'], message: `entity "${record.key}" is at version ${version}, not ${expectedVersion}: read it again and reapply your edit` }]);
  }
  await refuseNameClashes(w.run, record.key, [record.name, ...record.aliases]);
  const fresh = entityProps(record as EntityRecord, () => null);
  // What the input leaves out (a description, evidence, kind attributes) stays as it was.
  const props = { ...(current ? withoutBookkeeping(current.props) : {}), ...fresh };
  await writeEntityState(w.run, w.v.version, NEO4J_LABELS[record.kind], props);
  w.changes.push({ action: 'UPSERT_ENTITY', subjectKind: 'ENTITY', subject: record.key, before: changeJson(current && !current.retired ? current.props : null), after: changeJson(props) });
  return { key: record.key };
}

interface Links {
  relationships: (Props & { key: string; source: string; target: string })[];
  facts: Props[];
  mentions: { doc: string; via: string }[];
}

/**
 * mergeEntities: `merge` becomes part of `keep`. Its names become keep's aliases, its relationships
 * move to keep (as new versions; one between the two would point at itself and ends), its facts,
 * attribute evidence and mentions follow, and its key keeps resolving to keep. All one version.
 */
export async function mergeEntities(db: Executor, actor: string, keep: string, merge: string): Promise<Written<{ key: string }>> {
  if (keep === merge) throw new Refused([{ code: 'BAD_INPUT', field: ['merge'], message: 'an entity cannot be merged into itself' }]);
  return write(db, actor, 'MERGE_ENTITIES', async (w) => {
    const found = await currentEntities(w.run, [keep, merge]);
    for (const [arg, key] of [['keep', keep], ['merge', merge]] as const) {
      const e = found.get(key);
      if (!e || e.retired) throw new Refused([{ code: 'NOT_FOUND', field: [arg], message: `entity "${key}" was not found${e?.mergedInto ? `; it was merged into "${e.mergedInto}"` : ''}` }]);
    }
    const kept = found.get(keep)!.props;
    const gone = found.get(merge)!.props;
    const aliases = [...new Set([...((kept.aliases as string[]) ?? []), gone.name as string, ...((gone.aliases as string[]) ?? [])])].filter((a) => a !== kept.name);
    await refuseNameClashes(w.run, keep, aliases, [merge]);

    const params = { v: w.v.version, via: 'api' };
    const [links] = await w.run<Links>(named('write/entity-links', { key: merge }));
    const items = [...readEvidence(kept), ...readEvidence(gone)];
    const evidence = evidenceListProps(items);
    const hasEvidence = items.length > 0;
    const props = { ...withoutBookkeeping(kept), aliases, ...nameProps(kept.name as string, aliases, (kept.family as string | undefined) ?? null), ...(hasEvidence ? evidence : {}) };
    await writeEntityState(w.run, w.v.version, NEO4J_LABELS[kept.kind as EntityRecord['kind']], props);
    w.changes.push({ action: 'MERGE_ENTITIES', subjectKind: 'ENTITY', subject: keep, before: changeJson(kept), after: changeJson({ ...props, mergedFrom: merge }) });

    for (const r of links!.relationships) {
      const source = r.source === merge ? keep : r.source;
      const target = r.target === merge ? keep : r.target;
      const { source: _s, target: _t, ...rest } = r;
      if (source === target) {
        await w.run(named('write/end-relationships', { keys: [r.key], ...params }));
        w.changes.push({ action: 'REMOVE_RELATIONSHIP', subjectKind: 'RELATIONSHIP', subject: r.key, before: changeJson(r), after: null });
        continue;
      }
      const moved = withoutBookkeeping(rest);
      await w.run(named('write/write-relationships', { rows: [{ key: r.key, source, target, ...storedRow(moved, { source, target }) }], ...params }));
      w.changes.push({ action: 'UPDATE_RELATIONSHIP', subjectKind: 'RELATIONSHIP', subject: r.key, before: changeJson(r), after: changeJson({ ...moved, source, target }) });
    }
    const facts = links!.facts.map((f) => {
      const moved = { ...withoutBookkeeping(f), key: `${keep}/${String(f.key).split('/').slice(1).join('/')}` };
      return { entity: keep, ...storedRow(moved, { entity: keep }) };
    });
    if (facts.length) {
      await w.run(named('write/end-facts', { keys: links!.facts.map((f) => f.key as string), ...params }));
      await w.run(named('write/write-facts', { rows: facts, ...params }));
    }
    await w.run(named('write/end-entity-mentions', { key: merge, ...params }));
    await w.run(named('write/ensure-mentions', { rows: links!.mentions.map((m) => ({ doc: m.doc, entity: keep, via: m.via })), ...params }));
    await w.run({ name: 'retire-entity', text: retireAnchorsText('Entity'), params: { keys: [merge], ...params } });
    await w.run(named('write/merged-into', { keep, merge, ...params }));
    w.changes.push({ action: 'MERGE_ENTITIES', subjectKind: 'ENTITY', subject: merge, before: changeJson(gone), after: JSON.stringify({ mergedInto: keep }) });
    return { key: keep };
  });
}
