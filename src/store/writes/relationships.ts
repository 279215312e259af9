import { isProblem, locateEvidence, type SourceDocument } from '../../model/evidence-locate.js';
import type { Evidence, RelationshipRecord } from '../../model/seed-schema.js';
import { sliceQuote, writeEvidence } from '../../model/stored-evidence.js';
import { relationshipProps, storedRow } from '../../model/stored-records.js';
import type { Props } from '../../model/stored-temporal.js';
import { Refused, type EvidenceInput, type UserProblem } from '../../model/write-inputs.js';
import { named, type Executor, type TxRunner } from '../executor.js';
import { changeJson } from '../versioning.js';
import { currentEntities } from './entities.js';
import { write, type Write, type Written } from './write-tx.js';

interface DocumentText {
  key: string;
  text: string | null;
  bodyStarts: number[] | null;
  bodyEnds: number[] | null;
}

interface CurrentRelationship {
  key: string;
  props: Props & { source: string; target: string };
}

async function documentsOf(run: TxRunner, keys: readonly string[]): Promise<Map<string, SourceDocument>> {
  const rows = await run<DocumentText>(named('write/document-texts', { keys: [...new Set(keys)] }));
  return new Map(
    rows.map((d) => [d.key, { key: d.key, text: d.text, body: (d.bodyStarts ?? []).map((start, i) => ({ start, end: d.bodyEnds![i]! })) }]),
  );
}

/** Places every piece of evidence in its document's text, or refuses with every problem found. */
async function located(run: TxRunner, inputs: readonly EvidenceInput[], field: string[]): Promise<{ evidence: Evidence[]; docs: Map<string, SourceDocument> }> {
  const docs = await documentsOf(run, inputs.map((e) => e.document));
  const problems: UserProblem[] = [];
  const evidence: Evidence[] = [];
  inputs.forEach((input, i) => {
    const at = [...field, String(i)];
    const doc = docs.get(input.document);
    if (!doc) {
      problems.push({ code: 'NOT_FOUND', field: [...at, 'document'], message: `document "${input.document}" was not found` });
      return;
    }
    const ev = locateEvidence(doc, input, at);
    if (isProblem(ev)) problems.push(ev);
    else evidence.push(ev);
  });
  if (problems.length) throw new Refused(problems);
  return { evidence, docs };
}

const quoteFrom = (docs: Map<string, SourceDocument>) => (doc: string, start: number, end: number) => sliceQuote(docs.get(doc)?.text, start, end);

async function currentRelationship(run: TxRunner, key: string): Promise<CurrentRelationship | null> {
  const [row] = await run<CurrentRelationship>(named('write/relationship-props', { keys: [key] }));
  return row ?? null;
}

/** A new version of a relationship (the current one, if any, ends), with its documents' mentions. */
async function writeVersion(w: Write, source: string, target: string, props: Props): Promise<void> {
  await w.run(named('write/write-relationships', { rows: [{ key: props.key, source, target, ...storedRow(props, { source, target }) }], v: w.v.version, via: 'api' }));
  const docs = [...new Set((props.evDocs as string[] | undefined) ?? [])];
  await w.run(named('write/ensure-mentions', { rows: docs.flatMap((doc) => [source, target].map((entity) => ({ doc, entity, via: 'evidence' }))), v: w.v.version, via: 'api' }));
}

const STORED_ONLY = ['h', 'txFrom', 'txTo', 'origin', 'editedVia', 'source', 'target'];
const content = (p: Props): Props => Object.fromEntries(Object.entries(p).filter(([k]) => !STORED_ONLY.includes(k)));

/**
 * addRelationship: both entities must exist, the key must be new, every quote must be found once
 * in its document's stored text (or the span given must lie in it), inside the article body.
 */
export async function addRelationship(db: Executor, actor: string, record: RelationshipRecord, evidenceInput: readonly EvidenceInput[]): Promise<Written<{ key: string }>> {
  return write(db, actor, 'ADD_RELATIONSHIP', (w) => addRelationshipIn(w, record, evidenceInput));
}

/** addRelationship inside a write that may do more (accepting a proposal). */
export async function addRelationshipIn(w: Write, record: RelationshipRecord, evidenceInput: readonly EvidenceInput[]): Promise<{ key: string }> {
  const ends = await currentEntities(w.run, [record.source, record.target]);
  for (const end of ['source', 'target'] as const) {
    const e = ends.get(record[end]);
    if (!e || e.retired) {
      const merged = e?.mergedInto ? `; it was merged into "${e.mergedInto}"` : '';
      throw new Refused([{ code: 'NOT_FOUND', field: ['input', end], message: `entity "${record[end]}" was not found${merged}` }]);
    }
  }
  if (await currentRelationship(w.run, record.key)) {
    throw new Refused([{ code: 'CONFLICT', field: ['input', 'key'], message: `relationship "${record.key}" exists already; add evidence to it (addEvidence) or choose another key` }]);
  }
  const { evidence, docs } = await located(w.run, evidenceInput, ['input', 'evidence']);
  const props = relationshipProps({ ...record, evidence }, quoteFrom(docs));
  await writeVersion(w, record.source, record.target, props);
  w.changes.push({ action: 'ADD_RELATIONSHIP', subjectKind: 'RELATIONSHIP', subject: record.key, before: null, after: changeJson({ ...props, source: record.source, target: record.target }) });
  return { key: record.key };
}

/** `base`, or base-2, base-3…: the first key no current relationship has. */
export async function freeRelationshipKey(run: TxRunner, base: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const key = n === 1 ? base : `${base.slice(0, 76)}-${n}`;
    if (!(await currentRelationship(run, key))) return key;
  }
  throw new Refused([{ code: 'CONFLICT', field: ['key'], message: `every key like "${base}" is taken; give one` }]);
}

/** addEvidence: more statements for a relationship, as a new version of it. */
export async function addEvidence(db: Executor, actor: string, key: string, evidenceInput: readonly EvidenceInput[]): Promise<Written<{ key: string }>> {
  if (evidenceInput.length === 0) throw new Refused([{ code: 'BAD_INPUT', field: ['evidence'], message: 'give at least one piece of evidence' }]);
  return write(db, actor, 'ADD_EVIDENCE', (w) => addEvidenceIn(w, key, evidenceInput));
}

/** addEvidence inside a write that may do more (accepting a proposal that matches a relationship). */
export async function addEvidenceIn(w: Write, key: string, evidenceInput: readonly EvidenceInput[]): Promise<{ key: string }> {
  const current = await currentRelationship(w.run, key);
  if (!current) throw new Refused([{ code: 'NOT_FOUND', field: ['relationship'], message: `relationship "${key}" was not found` }]);
  const { evidence, docs } = await located(w.run, evidenceInput, ['evidence']);
  const have = new Set(((current.props.evDocs as string[]) ?? []).map((d, i) => `${d}:${(current.props.evStarts as number[])[i]}:${(current.props.evEnds as number[])[i]}`));
  const fresh = evidence.filter((e) => !have.has(`${e.doc}:${e.start}:${e.end}`));
  if (fresh.length === 0) return { key };
  const added = writeEvidence(fresh, quoteFrom(docs));
  const props: Props = { ...content(current.props) };
  for (const [k, list] of Object.entries(added)) props[k] = [...((current.props[k] as unknown[] | undefined) ?? []), ...(list as unknown[])];
  await writeVersion(w, current.props.source, current.props.target, props);
  w.changes.push({ action: 'ADD_EVIDENCE', subjectKind: 'RELATIONSHIP', subject: key, before: changeJson(current.props), after: changeJson({ ...props, source: current.props.source, target: current.props.target }) });
  return { key };
}

/**
 * retractRelationship: soft. A new version says it was retracted and why; default reads no longer
 * show it, a read recorded before now still does, and a seed reload leaves the retraction be.
 */
export async function retractRelationship(db: Executor, actor: string, key: string, reason: string): Promise<Written<{ key: string }>> {
  return write(db, actor, 'RETRACT_RELATIONSHIP', async (w) => {
    const current = await currentRelationship(w.run, key);
    if (!current) throw new Refused([{ code: 'NOT_FOUND', field: ['key'], message: `relationship "${key}" was not found` }]);
    if (current.props.retracted) throw new Refused([{ code: 'CONFLICT', field: ['key'], message: `relationship "${key}" is retracted already` }]);
    const props = { ...content(current.props), retracted: true, retractReason: reason };
    await writeVersion(w, current.props.source, current.props.target, props);
    w.changes.push({ action: 'RETRACT_RELATIONSHIP', subjectKind: 'RELATIONSHIP', subject: key, before: changeJson(current.props), after: changeJson({ ...props, source: current.props.source, target: current.props.target }) });
    return { key };
  });
}
