import { z } from 'zod';
import { builder } from '../builder.js';
import { proposalSummary, type StoredProposal } from '../ingest/stored-proposals.js';
import { readMoney } from '../model/stored-records.js';
import { readTemporal } from '../model/stored-temporal.js';
import { DEFAULTS, MAX } from '../resolvers/defaults.js';
import { loadRelationship } from '../resolvers/disputes.js';
import { citedDocument } from '../resolvers/documents.js';
import { loaders } from '../resolvers/loaders.js';
import { proposalParagraph } from '../resolvers/proposal-paragraph.js';
import { proposalIdOf, proposalList } from '../resolvers/proposals.js';
import { pageSize } from './args.js';
import { connectionTypes } from './connection.js';
import { DocumentRef } from './document.js';
import { EvidenceRef } from './evidence.js';
import { MoneyRef } from './money.js';
import { PassageRef } from './passage.js';
import { ProposalStatusEnum } from './proposal-status.js';
import { ProposedEntityRef } from './proposed-entity.js';
import { RelationCategoryEnum } from './relation-category.js';
import { RelationshipRef } from './relationship.js';
import { DateTimeScalar } from './scalars.js';
import { TemporalRef } from './temporal.js';

export const ProposalRef = builder.nodeRef<StoredProposal>('Proposal', {
  id: { resolve: (p) => p.id },
  loadMany: (ids, ctx) => ids.map((id) => loaders(ctx).proposal.load(proposalIdOf(id))),
});

ProposalRef.implement({
  description: 'A claim the ingestion engine read from a document’s text, waiting for a reviewer: accepting makes it a relationship.',
  fields: (t) => ({
    document: t.field({ type: DocumentRef, resolve: (p, _, ctx) => citedDocument(ctx, p.doc) }),
    status: t.field({ type: ProposalStatusEnum, resolve: (p) => p.status }),
    type: t.exposeString('type', { description: 'UPPER_SNAKE verb, from the engine’s verb lexicon.' }),
    category: t.field({ type: RelationCategoryEnum, resolve: (p) => p.category }),
    cameo: t.exposeString('cameo', { nullable: true }),
    source: t.field({ type: ProposedEntityRef, resolve: (p) => p.source }),
    target: t.field({ type: ProposedEntityRef, resolve: (p) => p.target }),
    when: t.field({ type: TemporalRef, nullable: true, description: 'Resolved against the document’s publication date, at the precision the text gives.', resolve: (p) => readTemporal(p.props, 'when') }),
    whenPhrase: t.exposeString('whenPhrase', { nullable: true, description: 'The words the date was read from ("last summer", "Friday, 5:01 PM") (extension).' }),
    until: t.field({ type: TemporalRef, nullable: true, description: '(extension)', resolve: (p) => readTemporal(p.props, 'until') }),
    deadline: t.field({ type: TemporalRef, nullable: true, description: 'A date the text sets as a deadline ("by Friday") (extension).', resolve: (p) => readTemporal(p.props, 'deadline') }),
    deadlinePhrase: t.exposeString('deadlinePhrase', { nullable: true, description: '(extension)' }),
    amount: t.field({ type: MoneyRef, nullable: true, resolve: (p) => readMoney(p.props) }),
    amountPhrase: t.exposeString('amountPhrase', { nullable: true, description: 'The words the amount was read from ("up to $200 million") (extension).' }),
    role: t.exposeString('role', { nullable: true, description: 'For HOLDS_ROLE: the title as the text gives it (extension).' }),
    confidence: t.exposeFloat('confidence', { description: '0..1: how sure the engine is, from the verb’s pattern and how the ends were found.' }),
    evidence: t.field({
      type: EvidenceRef,
      description: 'The sentence it was read from: its UTF-16 span, sha256 and exact slice.',
      resolve: (p) => ({ doc: p.doc, start: p.evStart, end: p.evEnd, sha256: p.evSha, quote: p.evQuote, note: null, attribute: null }),
    }),
    paragraph: t.field({
      type: PassageRef,
      nullable: true,
      description: 'The paragraph (line of the text) that holds the sentence, for reading it in context; null when the text is not held (extension).',
      resolve: (p, _, ctx) => proposalParagraph(ctx, p),
    }),
    relationship: t.field({ type: RelationshipRef, nullable: true, description: 'Once accepted.', resolve: (p, _, ctx) => (p.relationship ? loadRelationship(ctx, p.relationship) : null) }),
    addsEvidenceTo: t.field({
      type: RelationshipRef,
      nullable: true,
      description: 'A relationship the graph has that states the same claim: accepting without edits adds this sentence to its evidence instead of a duplicate (extension).',
      resolve: (p, _, ctx) => (p.addsEvidenceTo ? loadRelationship(ctx, p.addsEvidenceTo) : null),
    }),
    reasons: t.exposeStringList('reasons', { description: 'What the engine matched: the verb pattern, how each end was found (extension).' }),
    summary: t.string({ description: 'The summary the relationship gets when accepted without edits (extension).', resolve: (p) => proposalSummary(p) }),
    proposedBy: t.exposeString('proposedBy', { description: 'The key that asked for proposals (extension).' }),
    proposedAt: t.field({ type: DateTimeScalar, nullable: true, description: '(extension)', resolve: (p) => (p.props.proposedAt as string | undefined) ?? null }),
    decidedBy: t.exposeString('decidedBy', { nullable: true, description: 'The reviewer’s key (extension).' }),
    decidedAt: t.field({ type: DateTimeScalar, nullable: true, description: '(extension)', resolve: (p) => (p.props.decidedAt as string | undefined) ?? null }),
    rejectionReason: t.exposeString('rejectReason', { nullable: true, description: 'Why it was rejected (extension).' }),
  }),
});

export const { ConnectionRef: ProposalConnectionRef } = connectionTypes('Proposal', ProposalRef);

builder.queryFields((t) => ({
  proposals: t.field({
    type: ProposalConnectionRef,
    description: 'Proposals in reading order (document, then position in its text), by document and status.',
    args: {
      document: t.arg.string({ required: false, validate: { schema: z.string().min(1).max(200) } }),
      status: t.arg({ type: ProposalStatusEnum, required: false }),
      first: t.arg.int({ defaultValue: DEFAULTS.proposalsFirst, validate: pageSize(MAX.page) }),
      after: t.arg.string({ required: false }),
    },
    resolve: (_, args, ctx) => proposalList(ctx, args),
  }),
}));
