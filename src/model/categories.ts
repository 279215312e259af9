import { cameoRoot } from './cameo.js';

/**
 * Relationship categories. Those that describe an interaction between actors carry a CAMEO code,
 * and the code's root decides the category, so "pressure" means what CAMEO means by it.
 */
export const CATEGORIES = {
  PRESSURE: {
    definition: 'An actor tries to force a change in a target\'s behaviour: demands, accusations and criticism, threats, ultimatums, cutting ties, sanctions and other coercion.',
    cameoRoots: ['10', '11', '13', '15', '16', '17'],
  },
  OPPOSITION: {
    definition: 'A target refuses or resists: rejecting a demand, holding a red line, defying an order, protesting.',
    cameoRoots: ['12', '14'],
  },
  CONFLICT: {
    definition: 'Use of force: military operations, abduction, attack.',
    cameoRoots: ['18', '19', '20'],
  },
  SUPPORT: {
    definition: 'Endorsement, praise, backing, defending, aid or material cooperation.',
    cameoRoots: ['03', '05', '06', '07', '08'],
  },
  COMMUNICATION: {
    definition: 'Statements, meetings, consultations, interviews, negotiations and appeals without coercion.',
    cameoRoots: ['01', '02', '04', '09'],
  },
  AFFILIATION: {
    definition: 'Standing ties: holding a role, membership, ownership, subsidiaries, founding members, being based somewhere.',
    cameoRoots: [],
  },
  CREATION: {
    definition: 'Making something: developing or releasing a model, issuing a policy, founding an organisation, publishing a report.',
    cameoRoots: [],
  },
  TRANSACTION: {
    definition: 'Money or contracts changing hands: awards, investments, financing rounds, settlements, subscriptions.',
    cameoRoots: [],
  },
  REGULATION: {
    definition: 'Rule-making and legal status that is not aimed at one target: laws, export-control regimes, approvals, sign-offs.',
    cameoRoots: [],
  },
  PARTICIPATION: {
    definition: 'Taking part in or being used in an event: a model used in an operation, a company bidding in a tender, attending a meeting.',
    cameoRoots: [],
  },
  COMPETITION: {
    definition: 'Rivalry and comparison between companies or models, and one model being derived from or compared with another.',
    cameoRoots: [],
  },
} as const;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_NAMES = Object.keys(CATEGORIES) as [Category, ...Category[]];

/** Categories of interactions between actors: these must carry a CAMEO code. */
export const CAMEO_REQUIRED: readonly Category[] = ['PRESSURE', 'OPPOSITION', 'CONFLICT', 'SUPPORT', 'COMMUNICATION'];

/** The category a CAMEO code puts a relationship in, when the code alone decides it. */
export function categoryForCameo(code: string): Category | undefined {
  const root = cameoRoot(code);
  for (const name of CAMEO_REQUIRED) {
    if ((CATEGORIES[name].cameoRoots as readonly string[]).includes(root)) return name;
  }
  return undefined;
}
