import { builder } from '../builder.js';

export const ClaimStatusEnum = builder.enumType('ClaimStatus', {
  values: {
    REPORTED: { description: 'A source states it as fact.' },
    ALLEGED: { description: 'One party claims it, or only a low-reliability source says it.' },
    DISPUTED: { description: 'Sources disagree; see Query.disputes.' },
    CONFIRMED: { description: 'Acknowledged by the party concerned or stated by several independent sources.' },
  },
});
