/**
 * CAMEO (Conflict and Mediation Event Observations, Schrodt 2012) verb codes used by the graph,
 * and their QuadClass as GDELT assigns it from the root: 01-05 verbal cooperation,
 * 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict.
 */
export const CAMEO_ROOTS: Record<string, string> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

export const CAMEO_CODES: Record<string, string> = {
  '010': 'Make statement',
  '012': 'Make pessimistic comment',
  '013': 'Make optimistic comment',
  '014': 'Consider policy option',
  '015': 'Acknowledge or claim responsibility',
  '016': 'Deny responsibility',
  '017': 'Engage in symbolic act',
  '019': 'Express accord',
  '020': 'Make an appeal or request',
  '030': 'Express intent to cooperate',
  '036': 'Express intent to meet or negotiate',
  '040': 'Consult',
  '042': 'Make a visit',
  '043': 'Host a visit',
  '046': 'Engage in negotiation',
  '050': 'Engage in diplomatic cooperation',
  '051': 'Praise or endorse',
  '052': 'Defend verbally',
  '053': 'Rally support on behalf of',
  '057': 'Sign formal agreement',
  '060': 'Engage in material cooperation',
  '061': 'Cooperate economically',
  '062': 'Cooperate militarily',
  '064': 'Share intelligence or information',
  '070': 'Provide aid',
  '071': 'Provide economic aid',
  '080': 'Yield',
  '081': 'Ease administrative sanctions',
  '083': 'Accede to requests or demands',
  '085': 'Ease economic sanctions, boycott, embargo',
  '090': 'Investigate',
  '100': 'Make demand',
  '101': 'Demand material cooperation',
  '104': 'Demand political reform',
  '110': 'Disapprove',
  '111': 'Criticize or denounce',
  '112': 'Accuse',
  '1121': 'Accuse of crime, corruption',
  '1125': 'Accuse of espionage, treason',
  '113': 'Rally opposition against',
  '114': 'Complain officially',
  '115': 'Bring lawsuit against',
  '120': 'Reject',
  '121': 'Reject material cooperation',
  '124': 'Refuse to yield',
  '128': 'Defy norms, law',
  '130': 'Threaten',
  '131': 'Threaten non-force',
  '1311': 'Threaten to reduce or stop aid',
  '1312': 'Threaten to boycott, embargo, or sanction',
  '1313': 'Threaten to reduce or break relations',
  '132': 'Threaten with administrative sanctions',
  '139': 'Give ultimatum',
  '160': 'Reduce relations',
  '162': 'Reduce or stop material aid',
  '1621': 'Reduce or stop economic assistance',
  '163': 'Impose embargo, boycott, or sanctions',
  '166': 'Expel or withdraw',
  '170': 'Coerce',
  '171': 'Seize or damage property',
  '1711': 'Confiscate property',
  '172': 'Impose administrative sanctions',
  '173': 'Arrest, detain, or charge with legal action',
  '180': 'Use unconventional violence',
  '181': 'Abduct, hijack, or take hostage',
  '190': 'Use conventional military force',
};

/**
 * PRESSURE is defined by CAMEO, not by us: an actor directing a demand (10), disapproval (11),
 * threat (13), force posture (15), reduction of relations (16) or coercion (17) at a target.
 * Rejection (12) is the target's answer to pressure, so it is OPPOSITION; violence (18-20) is CONFLICT.
 */
export const PRESSURE_ROOTS = ['10', '11', '13', '15', '16', '17'] as const;

export type QuadClass = 1 | 2 | 3 | 4;
export const QUAD_CLASS_NAMES: Record<QuadClass, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

export function quadClass(code: string): QuadClass {
  const root = Number(cameoRoot(code));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

export function isPressureCode(code: string): boolean {
  return (PRESSURE_ROOTS as readonly string[]).includes(cameoRoot(code));
}

export function cameoLabel(code: string): string | undefined {
  return CAMEO_CODES[code];
}
