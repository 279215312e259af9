import type { IngestResult } from '../../ingest/proposal.js';
import { entityKeyFor, proposalProps, proposalSummary, readProposal, type StoredEnd, type StoredProposal } from '../../ingest/stored-proposals.js';
import { contentHash } from '../../model/stored-records.js';
import type { Props } from '../../model/stored-temporal.js';
import { checkedRelationship, entityRecordFromInput, Refused, relationshipKeyFor, relationshipRecordFromInput, type RelationshipInput } from '../../model/write-inputs.js';
import { named, type Executor, type TxRunner } from '../executor.js';
import { currentEntities, entitiesNamed, upsertEntityIn } from './entities.js';
import { addEvidenceIn, addRelationshipIn, freeRelationshipKey } from './relationships.js';
import { write, type Write, type Written } from './write-tx.js';

/** Reading order within a document; the page cursor compares it as a string. */
const sortKeyOf = (doc: string, start: number, id: string) => `${doc}|${String(start).padStart(9, '0')}|${id}`;

export interface ProposalsSaved {
  ids: string[];
  created: number;
  updated: number;
  withdrawn: number;
}

/**
 * Stores what the engine proposed for a document. Proposing twice gives the same proposals: ids
 * are the engine's (document, sentence, claim), a decided proposal keeps its decision, a pending
 * one is refreshed, and pending ones the engine no longer makes are withdrawn. Read inside the
 * write, after its lock, so two runs for one document at once cannot both create.
 */
export async function saveProposals(db: Executor, actor: string, doc: string, text: string, names: ReadonlyMap<string, string>, result: IngestResult): Promise<Written<ProposalsSaved>> {
  return write(db, actor, 'PROPOSE_CLAIMS', async (w) => {
    const existing = new Map((await w.run<{ props: Props }>(named('proposals/of-document', { doc }))).map((r) => [r.props.id as string, r.props]));
    const fresh = result.proposals.map((p): Props => {
      const props = proposalProps(p, doc, text, names);
      return { ...props, sortKey: sortKeyOf(doc, p.evidence.start, props.id as string), h: contentHash(props) };
    });
    const create: Props[] = [];
    const replace: Props[] = [];
    for (const p of fresh) {
      const old = existing.get(p.id as string);
      if (!old) create.push({ ...p, status: 'PENDING', proposedVersion: w.v.version, proposedBy: actor, proposedAt: w.v.at });
      else if (old.status === 'PENDING' && old.h !== p.h) replace.push({ ...p, status: 'PENDING', proposedVersion: old.proposedVersion, proposedBy: old.proposedBy, proposedAt: old.proposedAt });
    }
    const ids = new Set(fresh.map((p) => p.id as string));
    const withdraw = [...existing.values()].filter((p) => p.status === 'PENDING' && !ids.has(p.id as string)).map((p) => p.id as string);
    if (create.length) await w.run(named('proposals/create', { rows: create }));
    if (replace.length) await w.run(named('proposals/replace', { rows: replace }));
    if (withdraw.length) await w.run(named('proposals/withdraw', { ids: withdraw }));
    const saved = { ids: [...ids], created: create.length, updated: replace.length, withdrawn: withdraw.length };
    if (create.length + replace.length + withdraw.length > 0) {
      w.changes.push({ action: 'PROPOSE_CLAIMS', subjectKind: 'DOCUMENT', subject: doc, before: null, after: JSON.stringify({ ...saved, ids: undefined, proposals: ids.size }) });
    }
    return saved;
  });
}

async function pendingProposal(run: TxRunner, id: string): Promise<StoredProposal> {
  const [row] = await run<{ props: Props }>(named('proposals/by-id', { ids: [id] }));
  if (!row) throw new Refused([{ code: 'NOT_FOUND', field: ['id'], message: `proposal "${id}" was not found` }]);
  const p = readProposal(row.props);
  if (p.status !== 'PENDING') {
    throw new Refused([{ code: 'CONFLICT', field: ['id'], message: `proposal "${id}" was ${p.status.toLowerCase()} already (by ${p.decidedBy ?? 'someone'})` }]);
  }
  return p;
}

/** The key a new end will have: an entity known by its name by now, else a key made from the name. */
async function plannedKey(run: TxRunner, end: StoredEnd): Promise<string> {
  if (end.key) return end.key;
  const [named] = await entitiesNamed(run, [], [end.name]);
  return named?.key ?? entityKeyFor(end.name);
}

/** Creates the new entities a relationship needs (ends proposed as new whose keys do not exist yet). */
async function createNewEnds(w: Write, ends: { end: StoredEnd; key: string }[]): Promise<{ key: string; name: string }[]> {
  const current = await currentEntities(w.run, ends.map((e) => e.key));
  const created: { key: string; name: string }[] = [];
  for (const { end, key } of ends) {
    const e = current.get(key);
    if (end.key || (e && !e.retired) || created.some((c) => c.key === key)) continue;
    if (e?.mergedInto) throw new Refused([{ code: 'CONFLICT', field: ['edits'], message: `entity "${key}" was merged into "${e.mergedInto}"; accept with edits naming that one` }]);
    const record = entityRecordFromInput({ key, name: end.name, kind: end.kind ?? 'ORGANIZATION' });
    await upsertEntityIn(w, record, null);
    created.push({ key, name: end.name });
  }
  return created;
}

export interface Accepted {
  proposal: string;
  relationship: string;
}

/**
 * acceptProposal: the proposal becomes knowledge through the same checks as addRelationship (or
 * addEvidence, when it states a relationship the graph has). Without edits it is taken as read:
 * its type, code, dates (with their precision and basis), amount and sentence. With edits, they
 * are the relationship as the reviewer wants it; evidence left empty is the proposal's sentence.
 * New entities it names are created, all in one version.
 */
export async function acceptProposal(db: Executor, actor: string, id: string, edits: RelationshipInput | null): Promise<Written<Accepted>> {
  return write(db, actor, 'ACCEPT_PROPOSAL', async (w) => {
    const p = await pendingProposal(w.run, id);
    const sentence = { document: p.doc, start: p.evStart, end: p.evEnd };
    const source = await plannedKey(w.run, p.source);
    const target = await plannedKey(w.run, p.target);
    let relationship: string;
    let created: { key: string; name: string }[];
    if (!edits && p.addsEvidenceTo) {
      created = [];
      relationship = (await addEvidenceIn(w, p.addsEvidenceTo, [sentence])).key;
    } else if (!edits) {
      const record = checkedRelationship(
        {
          key: await freeRelationshipKey(w.run, relationshipKeyFor({ source, type: p.type, target, when: p.when?.iso ?? null })),
          type: p.type,
          category: p.category,
          source,
          target,
          ...(p.cameo ? { cameo: p.cameo } : {}),
          ...(p.when ? { when: p.when } : {}),
          ...(p.until ? { until: p.until } : {}),
          ...(p.deadline ? { deadline: p.deadline } : {}),
          ...(p.amount ? { amount: p.amount } : {}),
          ...(p.role ? { role: p.role } : {}),
          status: 'REPORTED',
          summary: proposalSummary(p),
        },
        ['id'],
      );
      created = await createNewEnds(w, [
        { end: p.source, key: source },
        { end: p.target, key: target },
      ]);
      relationship = (await addRelationshipIn(w, record, [sentence])).key;
    } else {
      const { record, evidence } = relationshipRecordFromInput({ ...edits, evidence: edits.evidence.length ? edits.evidence : [sentence] });
      // The reviewer may keep a new end by its planned key; any other key must exist.
      created = await createNewEnds(
        w,
        [
          { end: p.source, key: source },
          { end: p.target, key: target },
        ].filter((e) => e.key === record.source || e.key === record.target),
      );
      if (!edits.key) record.key = await freeRelationshipKey(w.run, record.key);
      relationship = (await addRelationshipIn(w, record, evidence)).key;
    }
    const decided = { status: 'ACCEPTED', decidedBy: actor, decidedVersion: w.v.version, decidedAt: w.v.at, relationship };
    await w.run(named('proposals/decide', { id, set: decided }));
    await w.run(named('proposals/link-pending', { doc: p.doc, created, source, target, type: p.type, relationship }));
    w.changes.unshift({ action: 'ACCEPT_PROPOSAL', subjectKind: 'PROPOSAL', subject: id, before: JSON.stringify({ status: 'PENDING' }), after: JSON.stringify({ status: 'ACCEPTED', relationship, created: created.map((c) => c.key) }) });
    return { proposal: id, relationship };
  });
}

/** rejectProposal: the proposal stays, rejected, with the reviewer's reason; proposing again does not revive it. */
export async function rejectProposal(db: Executor, actor: string, id: string, reason: string): Promise<Written<{ proposal: string }>> {
  return write(db, actor, 'REJECT_PROPOSAL', async (w) => {
    await pendingProposal(w.run, id);
    await w.run(named('proposals/decide', { id, set: { status: 'REJECTED', decidedBy: actor, decidedVersion: w.v.version, decidedAt: w.v.at, rejectReason: reason } }));
    w.changes.push({ action: 'REJECT_PROPOSAL', subjectKind: 'PROPOSAL', subject: id, before: JSON.stringify({ status: 'PENDING' }), after: JSON.stringify({ status: 'REJECTED', reason }) });
    return { proposal: id };
  });
}
