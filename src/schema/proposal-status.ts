import { builder } from '../builder.js';
import { PROPOSAL_STATUSES } from '../ingest/stored-proposals.js';

export const ProposalStatusEnum = builder.enumType('ProposalStatus', {
  description: 'Where a proposal is in review: waiting, accepted into the graph, or rejected with a reason.',
  values: PROPOSAL_STATUSES,
});
