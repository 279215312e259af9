import type { Category } from '../model/categories.js';

/**
 * The verbs of news about who did what to whom, after the CAMEO codebook (Schrodt 2012) and the
 * TABARI/PETRARCH dictionaries: each entry is a general English pattern, the relationship type it
 * proposes, and its CAMEO code (whose root decides the category) or, for non-CAMEO categories, the
 * category. `active` is a regular expression source matched case-insensitively at a word start.
 */
export interface VerbEntry {
  type: string;
  cameo?: string;
  category?: Category;
  active: string;
  /** Past participle for passives ("was accused by X", "supported by X"). */
  participle?: string;
  /** What the target may be: an actor (organisation or person), a thing (model, policy, event, contract) or either. */
  target: 'actor' | 'thing' | 'any';
  /** What the source may be; actors by default. */
  source?: 'actor' | 'thing' | 'any';
  /** The same verb aimed at a thing: "suspended access to Fable" is regulation, not pressure on a model. */
  onThing?: { type: string; category: Category; cameo?: string };
  /** When the subject is a government body and the target a policy, the act is rule-making. */
  byGovernment?: { type: string; category: Category };
  /** Refusals answer a demand: with no object, the target is the last party that pressed the subject. */
  answersPressure?: boolean;
  /** The object must follow "to" ("reported … to a House committee"). */
  objectAfter?: string;
  /** The pattern carries its own negation ("does not intend to concede"); others are dropped when negated. */
  negated?: boolean;
  /** Kinds of thing the verb takes as object (models for "developed", policies for "repealed"…). */
  things?: readonly string[];
  /** With no object, the target is the other actor named before the verb ("X's lead, Y, resigned"). */
  targetBefore?: boolean;
  /** The one named after the verb acted on the subject ("received the ministry's order"). */
  inverse?: boolean;
  /** A possessor after the verb is the object ("provider of the company's services"). */
  possessiveObject?: boolean;
  /** Every fitting slot after the verb in its clause is an object ("estimated the value of X and of Y"). */
  allObjects?: boolean;
  /** With nothing after the verb, the object is the thing named before it ("interactions with X, extracting its capabilities"). */
  objectBefore?: boolean;
  /** With no object, a plural subject acts on each of its members ("both are competing"). */
  reciprocal?: boolean;
  /** With no object, the target is the last party that argued something ("wasn't buying it"). */
  answersArgument?: boolean;
  /** Acts of an authority: with no agent ("was approved"), the agent is the last government body named. */
  authority?: boolean;
  /** Events carry a date; standing ties do not. */
  dated: boolean;
  confidence: number;
}

const MODELS_POLICIES = ['AI_MODEL', 'POLICY'] as const;
const pressure = (type: string, cameo: string, active: string, participle?: string, extra: Partial<VerbEntry> = {}): VerbEntry => ({ type, cameo, active, ...(participle ? { participle } : {}), target: 'actor', dated: true, confidence: 0.75, ...extra });
const thing = (type: string, category: Category, active: string, extra: Partial<VerbEntry> = {}): VerbEntry => ({ type, category, active, target: 'thing', dated: true, confidence: 0.65, ...extra });

export const VERBS: VerbEntry[] = [
  // ---- PRESSURE (CAMEO 10, 11, 13, 16, 17)
  pressure('ISSUED_ULTIMATUM', '139', String.raw`(?:issu|gave|give|giv|deliver|set|present|hand)\w*\s+(?:\w+\s+){0,2}?(?:an?\s+)?(?:final\s+)?(?:ultimatum|deadline)`, undefined, { confidence: 0.85 }),
  pressure('THREATENED_TO_DESIGNATE', '1312', String.raw`threaten(?:s|ed|ing)?\s+to\s+(?:blacklist|sanction|ban|label|designate|list|classify|brand|penali[sz]e)`, undefined, { confidence: 0.85 }),
  pressure('THREATENED_TO_CANCEL_CONTRACT', '1313', String.raw`(?:threaten(?:s|ed|ing)?\s+to\s+(?:cancel|terminate|end|cut|revoke|pull)|hint(?:s|ed)?\s+at\s+(?:the\s+)?possib\w+\s+of\s+(?:\w+\s+)?(?:termination|cancell?ation))`, undefined, { confidence: 0.8 }),
  pressure('THREATENED_TO_INVOKE', '132', String.raw`threaten(?:s|ed|ing)?\s+to\s+(?:invoke|use|apply)`, undefined, { confidence: 0.8 }),
  pressure('THREATENED', '130', String.raw`threaten(?:s|ed|ing)?(?!\s+to\s+(?:blacklist|sanction|ban|label|designate|list|classify|brand|penali[sz]e|cancel|terminate|end|cut|revoke|pull|invoke|use|apply))`, 'threatened'),
  pressure('THREATENED_TO_DESIGNATE', '1312', String.raw`(?:may|might|could|would|will)\s+(?:\w+\s+)?(?:blacklist|sanction|ban|label|designate|list|classify|brand)`, undefined, { confidence: 0.7 }),
  // "facing a potential blacklisting by X": a sanction held out, not imposed.
  pressure('THREATENED_TO_DESIGNATE', '1312', String.raw`(?:potential|possible|threatened|looming|imminent)\s+(?:blacklisting|sanctions?|ban|designation|listing)`, String.raw`(?:potential|possible|threatened|looming|imminent)\s+(?:blacklisting|sanctions?|ban|designation|listing)`, { confidence: 0.7 }),
  pressure('DEMANDED', '100', String.raw`(?:demand(?:s|ed|ing)?(?=\s+(?:that|the|an?|\w+\s+to)\b)|press(?:es|ed|ing)?(?=\s+\S+\s+(?:to|for)\b)|pressur(?:e|es|ed|ing)\b(?!\s+(?:on|from)\b)|insist(?:s|ed|ing)?\s+that)`, 'pressured'),
  pressure('ACCUSED', '112', String.raw`(?:accus(?:e|es|ed|ing)\b|alleg(?:e|es|ed|ing)\s+that)`, 'accused'),
  pressure('CRITICIZED', '111', String.raw`(?:critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|slam(?:s|med|ming)?|lambast(?:s|ed|ing)?|rebuk(?:e|es|ed|ing)|castigat(?:e|es|ed|ing))\b`, String.raw`(?:critici[sz]ed|condemned|denounced|slammed|rebuked)`),
  pressure('SUED', '115', String.raw`(?:su(?:e|es|ed|ing)\b|filed\s+(?:a\s+)?(?:lawsuit|suit)\s+against)`, 'sued'),
  pressure('WARNED', '130', String.raw`warn(?:s|ed|ing)?(?=\s+\S)`, 'warned', { confidence: 0.55 }),
  pressure('SANCTIONED', '163', String.raw`(?:blacklist(?:s|ed|ing)?|sanction(?:s|ed|ing)?|embargo(?:es|ed)?|boycott(?:s|ed|ing)?)\b`, String.raw`(?:blacklisted|sanctioned|boycotted)`),
  pressure('SUSPENDED', '172', String.raw`suspend(?:s|ed|ing)?\b`, 'suspended', { onThing: { type: 'SUSPENDED_ACCESS_TO', category: 'REGULATION' }, target: 'any' }),
  pressure('CUT_TIES_WITH', '160', String.raw`(?:cut(?:s|ting)?\s+ties\s+with|terminat(?:e|es|ed|ing)\s+(?:its\s+|the\s+)?(?:contract|deal|partnership)s?\s+with|cancell?(?:ed|s|ing)?\s+(?:its\s+|the\s+)?(?:contract|deal)s?\s+with)`),
  pressure('RECEIVED_ORDER_FROM', '172', String.raw`receiv(?:e|es|ed|ing)\s+(?=(?:the\s+|an?\s+)?[^.;]{0,40}?\b(?:directive|order|ultimatum|demand|notice|subpoena|sanctions?)\b)`, undefined, { inverse: true, possessiveObject: true, confidence: 0.6 }),
  pressure('CRITICIZED', '111', String.raw`(?:hint(?:s|ed|ing)?\s+at|point(?:s|ed|ing)?\s+to|question(?:s|ed|ing)?)(?=\s+(?:the\s+)?[^.;]{0,60}?['’]s?\s+(?:[\w-]+\s+)?(?:indifference|failure|failings|negligence|hypocrisy|incompetence|recklessness|disregard|arrogance)\b)`, undefined, { possessiveObject: true, confidence: 0.6 }),
  pressure('COERCED', '170', String.raw`(?:compel(?:s|led|ling)?|coerc(?:e|es|ed|ing)|forc(?:e|es|ed|ing)(?=\s+\S+(?:\s+\S+)?\s+to\b))`, 'compelled', { confidence: 0.6 }),
  // ---- OPPOSITION (CAMEO 12, 14)
  { type: 'REJECTED', cameo: '120', active: String.raw`(?:reject(?:s|ed|ing)?|rebuff(?:s|ed)?|dismiss(?:es|ed)?)\b`, participle: String.raw`(?:rejected|rebuffed)`, target: 'actor', answersPressure: true, dated: true, confidence: 0.7 },
  { type: 'REFUSED_TO_YIELD', cameo: '124', active: String.raw`(?:refus(?:e|es|ed|ing|al)\b|declin(?:e|es|ed|ing)\s+to\b|(?:does|did|do|will|would|is|are)\s+not\s+(?:intend\s+to\s+|plan\s+to\s+|planning\s+to\s+|going\s+to\s+)?(?:concede|comply|yield|back\s+down|budge|give\s+in|cave|ease|lift|drop|loosen|relax)|stand(?:s|ing)?\s+firm|stood\s+firm|(?:hold|holds|held|stood|stand|stands)\s+(?:its|their)\s+ground)`, target: 'actor', answersPressure: true, negated: true, dated: true, confidence: 0.7 },
  { type: 'REJECTED', cameo: '120', active: String.raw`(?:was|were|is|are)(?:n['’]t|\s+not)\s+(?:buying|accepting)\s+(?:it|that|this|the\s+argument)\b`, target: 'actor', negated: true, answersArgument: true, dated: true, confidence: 0.6 },
  { type: 'RESISTED', cameo: '120', active: String.raw`(?:resist(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|push(?:es|ed)?\s+back\s+(?:on|against))\b`, participle: String.raw`(?:resisted|opposed)`, target: 'actor', answersPressure: true, dated: true, confidence: 0.65 },
  { type: 'DEFIED', cameo: '128', active: String.raw`def(?:y|ies|ied|ying)\b`, participle: 'defied', target: 'actor', answersPressure: true, dated: true, confidence: 0.65 },
  { type: 'PROTESTED', cameo: '140', active: String.raw`protest(?:s|ed|ing)?\s+(?:against\s+)?`, target: 'actor', dated: true, confidence: 0.6 },
  // ---- SUPPORT (CAMEO 03, 05-08)
  { type: 'ENDORSED', cameo: '051', active: String.raw`(?:endors(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|back(?:s|ed|ing)?(?!\s+(?:down|off|away|up))|support(?:s|ed|ing)?|champion(?:s|ed)?|applaud(?:s|ed)?|welcom(?:e|es|ed))\b`, participle: String.raw`(?:endorsed|praised|backed|supported|championed|applauded|welcomed)`, target: 'any', dated: true, confidence: 0.7 },
  { type: 'DEFENDED', cameo: '052', active: String.raw`defend(?:s|ed|ing)?\b`, participle: 'defended', target: 'any', dated: true, confidence: 0.65 },
  { type: 'SIGNED_AGREEMENT_WITH', cameo: '057', active: String.raw`sign(?:s|ed|ing)?\s+(?!into\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:agreement|memorandum|pact|accord|MOU|partnership)`, target: 'actor', dated: true, confidence: 0.75 },
  // A deal or contract is money or services changing hands.
  { type: 'SIGNED_DEAL_WITH', category: 'TRANSACTION', active: String.raw`sign(?:s|ed|ing)?\s+(?!into\b)(?:an?\s+|the\s+)?(?:[\w$.-]+\s+){0,4}?(?:deal|contract)s?`, target: 'actor', dated: true, confidence: 0.75 },
  { type: 'ACCEDED_TO', cameo: '083', active: String.raw`(?:agree(?:s|d)?\s+to|compl(?:y|ies|ied)\s+with|cave[sd]?\s+(?:in\s+)?to|capitulat(?:e|es|ed)\s+to|yield(?:s|ed)?\s+to|accept(?:s|ed)?\s+(?:the\s+)?(?:\w+\s+)?(?:demands?|terms|conditions))`, target: 'actor', dated: true, confidence: 0.65 },
  { type: 'GRANTED', cameo: '060', active: String.raw`grant(?:s|ed|ing)?\b`, participle: 'granted', target: 'actor', dated: true, confidence: 0.6 },
  { type: 'COOPERATED_WITH', cameo: '060', active: String.raw`(?:partner(?:s|ed)?|cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|team(?:s|ed)?\s+up)\s+with`, target: 'actor', dated: true, confidence: 0.6 },
  // ---- COMMUNICATION (CAMEO 01, 02, 04, 09)
  { type: 'MET_WITH', cameo: '040', active: String.raw`(?:met|meet|meets|meeting)\s+with|sat\s+(?:down\s+)?(?:across\s+from|with|opposite)|(?:held|hold|holds)\s+talks\s+with|talks\s+with|spoke\s+with|(?:in|continue\s+to\s+engage\s+in)\s+(?:good[\s-]faith\s+)?(?:dialogue|negotiations?)\s+with`, target: 'actor', dated: true, confidence: 0.75 },
  { type: 'NEGOTIATED_WITH', cameo: '046', active: String.raw`negotiat(?:e|es|ed|ing)\s+with`, target: 'actor', dated: true, confidence: 0.7 },
  { type: 'REPORTED_TO', cameo: '010', active: String.raw`(?:report(?:s|ed)?|present(?:s|ed)?|submit(?:s|ted)?|testif(?:y|ies|ied))\b`, objectAfter: 'to', target: 'actor', dated: true, confidence: 0.55 },
  { type: 'APPEALED_TO', cameo: '020', active: String.raw`(?:urg(?:e|es|ed|ing)|call(?:s|ed)?\s+on|appeal(?:s|ed)?\s+to)\b`, target: 'actor', dated: true, confidence: 0.6 },
  { type: 'LOBBIED', cameo: '020', active: String.raw`lobb(?:y|ies|ied|ying)\b(?:\s+for)?`, target: 'any', onThing: { type: 'LOBBIED_FOR', category: 'SUPPORT', cameo: '051' }, dated: true, confidence: 0.6 },
  { type: 'ESTIMATED', cameo: '010', active: String.raw`estimat(?:e|es|ed)\s+that`, target: 'any', allObjects: true, things: ['AI_MODEL', 'POLICY', 'EVENT', 'CONTRACT'], dated: true, confidence: 0.5 },
  { type: 'INVESTIGATED', cameo: '090', active: String.raw`(?:investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|audit(?:s|ed|ing)?)\b`, participle: String.raw`(?:investigated|probed|audited)`, target: 'actor', dated: true, confidence: 0.6 },
  // ---- CONFLICT (CAMEO 18-20)
  { type: 'ABDUCTED', cameo: '181', active: String.raw`(?:kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing)?|captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing))\b`, participle: String.raw`(?:kidnapped|abducted|captured|seized)`, target: 'actor', dated: true, confidence: 0.6 },
  // ---- CREATION
  thing('RELEASED', 'CREATION', String.raw`(?:releas(?:e|es|ed)|launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:e|es|ed)|roll(?:s|ed)?\s+out|debut(?:s|ed)?)\b`, { byGovernment: { type: 'ISSUED', category: 'REGULATION' }, things: MODELS_POLICIES }),
  thing('ANNOUNCED', 'CREATION', String.raw`announc(?:e|es|ed|ing)\b`, { things: MODELS_POLICIES }),
  thing('ISSUED', 'CREATION', String.raw`(?:issu(?:e|es|ed|ing)|publish(?:es|ed|ing)?|adopt(?:s|ed|ing)?)\b`, { byGovernment: { type: 'ISSUED', category: 'REGULATION' } }),
  thing('DEVELOPED', 'CREATION', String.raw`(?:develop(?:s|ed)?|buil[dt]s?|creat(?:e|es|ed)|train(?:s|ed)?|design(?:s|ed)?|compress(?:es|ed)?|optimi[sz](?:e|es|ed)|fine-?tun(?:e|es|ed))\b(?!\s+(?:data|run|set|pipeline))`, { dated: false, things: ['AI_MODEL'] }),
  thing('ESTABLISHED', 'CREATION', String.raw`(?:drew|draws|drawn|draw|establish(?:es|ed)?|maintain(?:s|ed|ing)?)\b`, { dated: false, things: ['POLICY'] }),
  thing('DISTILLED', 'COMPETITION', String.raw`(?:distill(?:s|ed|ing)?\b|extract(?:s|ed|ing)?\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:capabilit\w*|knowledge|outputs?|weights)\b)`, { dated: false, things: ['AI_MODEL'], objectBefore: true }),
  // ---- COMPETITION
  { type: 'COMPETES_WITH', category: 'COMPETITION', active: String.raw`(?:compet(?:e|es|ed|ing)\s+(?:with|against)|rival(?:s|led)?|outpac(?:e|es|ed)|overt(?:ake|akes|ook))\b`, target: 'actor', dated: false, confidence: 0.6 },
  { type: 'COMPETES_WITH', category: 'COMPETITION', active: String.raw`(?:are|were)\s+(?:both\s+|all\s+)?competing\b(?!\s+(?:with|against))`, target: 'actor', reciprocal: true, dated: false, confidence: 0.6 },
  // "it makes other models, including X, seem small": a comparison in its favour.
  { type: 'COMPARED_FAVOURABLY_WITH', category: 'COMPETITION', active: String.raw`makes?\s+(?:other\s+|rival\s+)?(?:[\w-]+\s+)?(?:models?|rivals|competitors|systems|products)(?=(?:[^.;]|\.(?=\S)){0,60}?\b(?:seem|look|appear)\b)`, source: 'any', target: 'any', dated: false, confidence: 0.55 },
  { type: 'DERIVED_FROM', category: 'COMPETITION', active: String.raw`(?:(?:is|was|as)\s+an?\s+(?:\w+\s+)?version\s+of|(?:based|built)\s+on|derived\s+from)`, source: 'thing', target: 'thing', dated: false, confidence: 0.6 },
  // ---- TRANSACTION
  { type: 'INVESTED_IN', category: 'TRANSACTION', active: String.raw`invest(?:s|ed|ing)?\s+(?:\S+\s+){0,4}?in\b`, target: 'actor', dated: true, confidence: 0.7 },
  { type: 'AWARDED_CONTRACT', category: 'TRANSACTION', active: String.raw`award(?:s|ed|ing)?\b`, participle: 'awarded', target: 'actor', dated: true, confidence: 0.65 },
  { type: 'ACQUIRED', category: 'TRANSACTION', active: String.raw`(?:acquir(?:e|es|ed|ing)|bought|buys?)\b`, target: 'actor', dated: true, confidence: 0.65 },
  thing('RAISED_FUNDING', 'TRANSACTION', String.raw`(?:rais|complet|clos|secur|land)\w*\s+(?:an?\s+|its\s+|the\s+)?[^.;]{0,40}?(?:funding|financing|investment)\s+round`, { confidence: 0.75 }),
  thing('PAID', 'TRANSACTION', String.raw`(?:paid|pays?|paying)\b`, { confidence: 0.6, things: ['EVENT', 'CONTRACT'] }),
  // ---- PARTICIPATION
  thing('USED_IN', 'PARTICIPATION', String.raw`(?:(?:was|were|is|are|been|being|had\s+been|has\s+been)\s+(?:\w+\s+){0,2}?used(?:,[^,]{0,80},)?\s+in)`, { source: 'any' }),
  thing('PARTICIPATES_IN', 'PARTICIPATION', String.raw`(?:participat(?:e|es|ed|ing)|t(?:ake|akes|ook|aking)\s+part|bid(?:s|ding)?)\s+in\b`, { things: ['EVENT'] }),
  thing('ATTENDED', 'PARTICIPATION', String.raw`attend(?:s|ed|ing)?\b`, { things: ['EVENT'] }),
  // ---- REGULATION
  thing('APPROVED', 'REGULATION', String.raw`approv(?:e|es|ed|ing)\b`, { target: 'any', authority: true }),
  thing('BLOCKED', 'REGULATION', String.raw`block(?:s|ed|ing)?\b`, { things: MODELS_POLICIES,  participle: 'blocked' } as Partial<VerbEntry>),
  thing('RELAXED', 'REGULATION', String.raw`(?:relax(?:es|ed|ing)?|eas(?:e|es|ed|ing)|loosen(?:s|ed|ing)?|lift(?:s|ed|ing)?)\b`, { things: MODELS_POLICIES }),
  thing('TIGHTENED', 'REGULATION', String.raw`(?:tighten(?:s|ed|ing)?|impos(?:e|es|ed|ing))\b`, { things: MODELS_POLICIES }),
  thing('ABANDONED', 'REGULATION', String.raw`(?:repeal(?:s|ed|ing)?|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|drop(?:s|ped|ping)?|abandon(?:s|ed|ing)?|rescind(?:s|ed|ing)?|retract(?:s|ed|ing)?|withdr[ae]w(?:s|n)?)\b`, { things: MODELS_POLICIES }),
  thing('ENACTED', 'REGULATION', String.raw`(?:enact(?:s|ed|ing)?|pass(?:es|ed)?|signed\s+into\s+law)\b`, { things: MODELS_POLICIES, authority: true }),
  // ---- AFFILIATION
  { type: 'RESIGNED_FROM', category: 'AFFILIATION', active: String.raw`(?:resign(?:s|ed|ing)?|quit(?:s)?|step(?:s|ped)?\s+down|left)\b`, objectAfter: 'from', targetBefore: true, target: 'actor', dated: true, confidence: 0.6 },
  { type: 'FOUNDED_BY_ALUMNI_OF', category: 'AFFILIATION', active: String.raw`founded\s+by\s+(?:former|ex-)`, target: 'actor', dated: false, confidence: 0.7 },
  { type: 'PROVIDES_SERVICES_TO', category: 'TRANSACTION', active: String.raw`(?:the\s+)?(?:primary\s+|main\s+|sole\s+|largest\s+|biggest\s+|key\s+)?(?:provider|supplier|vendor)\s+of`, target: 'actor', possessiveObject: true, dated: false, confidence: 0.55 },
  { type: 'INVESTOR_IN', category: 'AFFILIATION', active: String.raw`(?:is|was|are)\s+(?:both\s+|also\s+)?an?\s+(?:\w+\s+)?investor\s+in`, target: 'actor', dated: false, confidence: 0.7 },
];

/** Entries with their patterns compiled once. */
export const COMPILED = VERBS.map((v) => ({
  entry: v,
  re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${v.active})`, 'giu'),
  passive: v.participle ? new RegExp(String.raw`(?<![\p{L}\p{N}])${v.participle}\s+(?:\w+\s+){0,3}?by\b`, 'iu') : null,
}));
