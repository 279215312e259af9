import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, accepted, as, keyFor, writeMarks } from '../support/writes.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * Ingestion (issue 12) through the real GraphQL layer on the seed graph: a stored document is read
 * by the engine, its proposals are stored once, and a reviewer accepts (as proposed, with edits,
 * or as evidence for a relationship the graph has) or rejects them. The article is invented.
 */

const t = testApp();
withSeedGraph(t);

const FURNITURE = 'Menu | Subscribe | Sign in';
const SENTENCES = {
  threat: 'On March 2, 2026, the Department of Defense threatened Anthropic with a $50 million penalty.',
  demand: 'Pete Hegseth demanded that Anthropic drop its limits by Friday, 5:01 PM ET.',
  praise: 'Zorblax Industries praised the company.',
  criticism: 'Anthropic criticized the Department of Defense on March 3.',
  rebuke: 'Pete Hegseth criticized Dario Amodei on March 4, 2026.',
};
const BODY_TEXT = Object.values(SENTENCES).join(' ');
const TEXT = [FURNITURE, BODY_TEXT, 'Related: more stories'].join('\n');
const BODY = { start: TEXT.indexOf(BODY_TEXT), end: TEXT.indexOf(BODY_TEXT) + BODY_TEXT.length };

const P = `id status type category cameo confidence reasons summary whenPhrase amountPhrase deadlinePhrase
  when { iso precision estimated } deadline { iso precision } amount { amount currency }
  source { key name kind isNew entity { key } } target { key name kind isNew entity { key } }
  evidence { start end quote document { key } } addsEvidenceTo { key }
  relationship { key } decidedBy rejectionReason proposedBy`;
const PROPOSE = `mutation($d: String!) { proposeClaims(document: $d) { created truncated language proposals { ${P} } newEntities { name kind } userErrors { code message field } } }`;
const ACCEPT = `mutation($id: ID!, $edits: RelationshipInput) { acceptProposal(id: $id, edits: $edits) { proposal { ${P} } relationship { key type when { iso precision } evidence { quote document { key } } source { key } target { key } } change { action subject } userErrors { code message field } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { proposal { ${P} decidedAt } change { action } userErrors { code message field } } }`;

let editor: ReturnType<typeof as>;
let reviewer: ReturnType<typeof as>;
let reviewerName: string;
let doc: string;
let first: any;

const bySentence = (proposals: any[], sentence: string) => proposals.filter((p) => p.evidence.quote === sentence);

beforeAll(async () => {
  editor = as(t, (await keyFor(t, 'EDIT')).key);
  const r = await keyFor(t, 'REVIEW');
  reviewer = as(t, r.key);
  reviewerName = r.name;
  const added = accepted(
    await editor(ADD_DOCUMENT, {
      input: { title: 'An invented report on the standoff', publisher: 'Example Wire', publishedOn: '2026-03-05', reliability: 'MEDIUM', reliabilityReason: 'Written for the tests.', text: TEXT, body: [BODY] },
    }),
    'addDocument',
  );
  doc = added.document.key;
  first = accepted(await editor(PROPOSE, { d: doc }), 'proposeClaims');
});

describe('proposeClaims', () => {
  it('proposes dated, coded claims from the body, each pointing at its exact sentence', () => {
    expect(first.language).toBe('en');
    expect(first.created).toBe(first.proposals.length);
    for (const p of first.proposals) {
      expect(p.status).toBe('PENDING');
      expect(TEXT.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.quote);
      expect(p.evidence.start).toBeGreaterThanOrEqual(BODY.start);
      expect(p.evidence.document.key).toBe(doc);
    }
    const [threat] = bySentence(first.proposals, SENTENCES.threat);
    expect(threat).toMatchObject({
      type: 'THREATENED',
      category: 'PRESSURE',
      source: { key: 'us-department-of-defense', isNew: false, entity: { key: 'us-department-of-defense' } },
      target: { key: 'anthropic', isNew: false },
      when: { iso: '2026-03-02', precision: 'DAY' },
      whenPhrase: 'March 2, 2026',
      amount: { amount: 50_000_000, currency: 'USD' },
      addsEvidenceTo: null,
    });
    expect(threat.cameo).toMatch(/^13/);
    expect(threat.reasons.length).toBeGreaterThan(0);
  });

  it('proposes nothing from the site furniture', () => {
    expect(first.proposals.every((p: any) => !p.evidence.quote.includes('Subscribe'))).toBe(true);
  });

  it('offers a claim the graph already has as evidence for it, not as a duplicate', () => {
    const [demand] = bySentence(first.proposals, SENTENCES.demand);
    expect(demand.source.key).toBe('pete-hegseth');
    expect(demand.addsEvidenceTo?.key).toBeTruthy();
  });

  it('names entities the graph lacks as new, with a proposed key', () => {
    const [praise] = bySentence(first.proposals, SENTENCES.praise);
    expect(praise.source).toMatchObject({ name: 'Zorblax Industries', isNew: true, entity: null, key: 'zorblax-industries' });
    expect(first.newEntities.map((e: any) => e.name)).toContain('Zorblax Industries');
  });

  it('proposing again for the same document duplicates nothing', async () => {
    const again = accepted(await editor(PROPOSE, { d: doc }), 'proposeClaims');
    expect(again.created).toBe(0);
    expect(again.proposals.map((p: any) => p.id).sort()).toEqual(first.proposals.map((p: any) => p.id).sort());
    const listed = await reviewer(`query($d: String) { proposals(document: $d, first: 100) { totalCount edges { node { id } } } }`, { d: doc });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.proposals.edges).toHaveLength(first.proposals.length);
  });

  it('refuses what it cannot read with a coded userError and writes nothing', async () => {
    const marks = await writeMarks(t);
    const missing = (await editor(PROPOSE, { d: 'no-such-document' })).data.proposeClaims;
    expect(missing.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['document'] }]);
    const german = accepted(
      await editor(ADD_DOCUMENT, {
        input: { title: 'Ein erfundener Bericht', publishedOn: '2026-03-05', reliability: 'LOW', reliabilityReason: 'Für die Tests geschrieben.', text: 'Das Ministerium hat dem Unternehmen am Montag mit einer Strafe gedroht, und die Firma hat die Forderung abgelehnt, weil sie ihre Regeln behalten will.' },
      }),
      'addDocument',
    ).document.key;
    const before = await writeMarks(t);
    expect(before.version).toBeGreaterThan(marks.version);
    const refused = (await editor(PROPOSE, { d: german })).data.proposeClaims;
    expect(refused.userErrors.map((e: any) => e.code)).toEqual(['UNSUPPORTED_LANGUAGE']);
    expect(refused.proposals).toEqual([]);
    expect(await writeMarks(t)).toEqual(before);
  });

  it('needs an EDIT key', async () => {
    const res = await as(t, null)(PROPOSE, { d: doc });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res2 = await as(t, (await keyFor(t, 'READ')).key)(PROPOSE, { d: doc });
    expect(res2.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('review', () => {
  it('accepting with an edited date makes the relationship with that date and the sentence as evidence', async () => {
    const [threat] = bySentence(first.proposals, SENTENCES.threat);
    const edits = {
      type: 'THREATENED',
      source: 'us-department-of-defense',
      target: 'anthropic',
      category: 'PRESSURE',
      cameo: threat.cameo,
      when: '2026-03-01',
      amount: { amount: 50_000_000, currency: 'USD' },
      status: 'REPORTED',
      summary: 'The department warned the company of a large penalty.',
      evidence: [],
    };
    const out = accepted(await reviewer(ACCEPT, { id: threat.id, edits }), 'acceptProposal');
    expect(out.proposal).toMatchObject({ status: 'ACCEPTED', decidedBy: reviewerName });
    expect(out.relationship).toMatchObject({ type: 'THREATENED', when: { iso: '2026-03-01', precision: 'DAY' }, source: { key: 'us-department-of-defense' }, target: { key: 'anthropic' } });
    expect(out.relationship.evidence).toEqual([{ quote: SENTENCES.threat, document: { key: doc } }]);
    expect(out.proposal.relationship.key).toBe(out.relationship.key);

    const read = await t.gql(`{ relationships(where: { source: "us-department-of-defense" }, first: 200) { edges { node { key when { iso } evidence { quote } } } } }`);
    expect(read.errors).toBeUndefined();
    expect(read.data.relationships.edges.map((e: any) => e.node.key)).toContain(out.relationship.key);

    const twice = (await reviewer(ACCEPT, { id: threat.id })).data.acceptProposal;
    expect(twice.userErrors).toMatchObject([{ code: 'CONFLICT', field: ['id'] }]);
  });

  it('accepting a proposal that names a new entity creates the entity', async () => {
    const [praise] = bySentence(first.proposals, SENTENCES.praise);
    const out = accepted(await reviewer(ACCEPT, { id: praise.id }), 'acceptProposal');
    expect(out.relationship.source.key).toBe('zorblax-industries');
    const e = await t.gql(`{ entity(key: "zorblax-industries") { key name } }`);
    expect(e.data.entity).toEqual({ key: 'zorblax-industries', name: 'Zorblax Industries' });
  });

  it('accepting a match adds the sentence to the existing relationship', async () => {
    const [demand] = bySentence(first.proposals, SENTENCES.demand);
    const existing = demand.addsEvidenceTo.key;
    const out = accepted(await reviewer(ACCEPT, { id: demand.id }), 'acceptProposal');
    expect(out.relationship.key).toBe(existing);
    expect(out.relationship.evidence.map((e: any) => e.quote)).toContain(SENTENCES.demand);
  });

  it('rejecting keeps the reason and who decided', async () => {
    const pending = bySentence(first.proposals, SENTENCES.criticism);
    expect(pending).toHaveLength(1);
    const out = accepted(await reviewer(REJECT, { id: pending[0].id, reason: 'The sentence is an opinion, not an act.' }), 'rejectProposal');
    expect(out.proposal).toMatchObject({ status: 'REJECTED', rejectionReason: 'The sentence is an opinion, not an act.', decidedBy: reviewerName });
    const again = accepted(await editor(PROPOSE, { d: doc }), 'proposeClaims');
    expect(again.proposals.find((p: any) => p.id === pending[0].id)?.status).toBe('REJECTED');
    const rejected = await reviewer(`query($d: String) { proposals(document: $d, status: REJECTED) { edges { node { id } } } }`, { d: doc });
    expect(rejected.data.proposals.edges.map((e: any) => e.node.id)).toEqual([pending[0].id]);
  });

  it('edits go through the same checks as addRelationship: a wrong CAMEO for the category is BAD_INPUT, nothing written', async () => {
    const [rebuke] = bySentence(first.proposals, SENTENCES.rebuke);
    const id = rebuke.id;
    const pendingNow = async () => (await reviewer(`query($d: String) { proposals(document: $d, status: PENDING) { edges { node { id } } } }`, { d: doc })).data.proposals.edges.map((e: any) => e.node.id);
    const before = await pendingNow();
    expect(before).toContain(id);
    const marks = await writeMarks(t);
    const res = (await reviewer(ACCEPT, { id, edits: { type: 'X', source: 'anthropic', target: 'us-department-of-defense', category: 'SUPPORT', cameo: '130', status: 'REPORTED', summary: 'A test.', evidence: [] } })).data.acceptProposal;
    expect(res.userErrors[0].code).toBe('BAD_INPUT');
    expect(await writeMarks(t)).toEqual(marks);
    expect(await pendingNow()).toEqual(before);
  });

  it('needs a REVIEW key to decide', async () => {
    const res = await editor(REJECT, { id: first.proposals[0].id, reason: 'no' });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
