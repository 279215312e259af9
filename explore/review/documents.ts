/** Every query and mutation the review page sends, with the answer types derived from them. */
import type { ResultOf, VariablesOf } from 'gql.tada';
import { graphql } from '../api/graphql.js';

export const DocumentsQuery = graphql(`
  query ReviewDocuments($after: String) {
    documents(first: 200, after: $after) { key title hasText publishedOn { iso } }
  }
`);

const TemporalFields = graphql(`
  fragment ReviewTemporal on Temporal { iso precision qualifier estimated timezone relativePhrase }
`);

const EndFields = graphql(`
  fragment ReviewEnd on ProposedEntity { key name kind isNew }
`);

export const ProposalFields = graphql(
  `
  fragment ReviewProposal on Proposal {
    id status type category cameo confidence reasons summary role
    source { ...ReviewEnd }
    target { ...ReviewEnd }
    when { ...ReviewTemporal }
    whenPhrase
    until { ...ReviewTemporal }
    deadline { ...ReviewTemporal }
    deadlinePhrase
    amount { amount currency bound }
    amountPhrase
    evidence { start end quote }
    paragraph { start end text }
    addsEvidenceTo { key type }
  }
`,
  [EndFields, TemporalFields],
);

export const ProposalsQuery = graphql(
  `
  query ReviewProposals($document: String!, $after: String) {
    proposals(document: $document, status: PENDING, first: 200, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ReviewProposal } }
    }
  }
`,
  [ProposalFields],
);

const UserErrorFields = graphql(`
  fragment ReviewUserError on UserError { code field message }
`);

export const ProposeMutation = graphql(
  `
  mutation ReviewPropose($document: String!) {
    proposeClaims(document: $document) {
      created truncated language
      proposals { id status }
      userErrors { ...ReviewUserError }
    }
  }
`,
  [UserErrorFields],
);

export const AcceptMutation = graphql(
  `
  mutation ReviewAccept($id: ID!, $edits: RelationshipInput) {
    acceptProposal(id: $id, edits: $edits) {
      relationship { key type when { iso precision } }
      userErrors { ...ReviewUserError }
    }
  }
`,
  [UserErrorFields],
);

export const RejectMutation = graphql(
  `
  mutation ReviewReject($id: ID!, $reason: String!) {
    rejectProposal(id: $id, reason: $reason) {
      proposal { id status rejectionReason }
      userErrors { ...ReviewUserError }
    }
  }
`,
  [UserErrorFields],
);

export type ReviewProposal = ResultOf<typeof ProposalFields>;
export type ReviewEnd = ResultOf<typeof EndFields>;
export type ReviewTemporal = ResultOf<typeof TemporalFields>;
export type ReviewUserError = ResultOf<typeof UserErrorFields>;
export type RelationshipEdits = NonNullable<VariablesOf<typeof AcceptMutation>['edits']>;
