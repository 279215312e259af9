import { MAX_NEW_ENTITIES, MAX_PROPOSALS } from '../ingest/input.js';
import { CATEGORY_NAMES } from '../model/categories.js';
import { MAX_USER_ERRORS } from '../model/write-inputs.js';

/**
 * How many items a list without a `first` argument can hold, at worst: the one table the node
 * limit (node-limit.ts) multiplies by. Keys are "Type.field"; an interface's entry covers every
 * type that implements it. A unit test fails when a list of objects in the schema has neither a
 * `first` argument nor an entry here, and when the seed graph holds more than an entry says.
 *
 * - a number: a fixed ceiling the data layer and the seed checker keep to;
 * - `{ parentArg }`: the value of that argument on the field that returned the enclosing object
 *   (a connection's `edges` hold at most its `first`);
 * - `{ arg }`: the length of that list argument of the field itself (one node per id).
 */
export type ListBound = number | { parentArg: string; times?: number } | { arg: string };

export const LIST_BOUNDS: Record<string, ListBound> = {
  'Query.categories': CATEGORY_NAMES.length,
  'Query.nodes': { arg: 'ids' },
  'RelationshipConnection.edges': { parentArg: 'first' },
  'ChangeConnection.edges': { parentArg: 'first' },
  'ProposalConnection.edges': { parentArg: 'first' },
  'DocumentPayload.userErrors': MAX_USER_ERRORS,
  'EntityPayload.userErrors': MAX_USER_ERRORS,
  'RelationshipPayload.userErrors': MAX_USER_ERRORS,
  'ProposalPayload.userErrors': MAX_USER_ERRORS,
  'ProposalsPayload.userErrors': MAX_USER_ERRORS,
  'ProposalsPayload.proposals': MAX_PROPOSALS,
  'ProposalsPayload.newEntities': MAX_NEW_ENTITIES,
  // Up to three PART_OF links and the role held (relationship-page.ts).
  'Relationship.viaRoles': 4,
  'Subgraph.nodes': { parentArg: 'limit' },
  // The data layer must keep a neighbourhood to this many relationships per node (and set `truncated`).
  'Subgraph.relationships': { parentArg: 'limit', times: 3 },
  // maxHops is at most 6: 7 nodes and 6 relationships per path.
  'GraphPath.nodes': 7,
  'GraphPath.relationships': 6,
  'Entity.attributeEvidence': 20,
  'Contract.parties': 10,
  'Event.participants': 20,
  'Relationship.evidence': 10,
  'Relationship.context': 10,
  'Relationship.reportedBy': 10,
  'Relationship.disputes': 10,
  'Fact.evidence': 10,
  'Dispute.claims': 10,
  'DisputedClaim.evidence': 10,
  'DisputedClaim.relationships': 10,
};
