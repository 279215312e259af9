import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, UPSERT_ENTITY, accepted, articleInput, as, keyFor } from '../support/writes.js';
import { testApp, withSeedGraph } from '../support/test-app.js';

/**
 * proposeClaims(document:) gives the engine each policy's type: the graph's rule that only public
 * rules are regulated depends on it. Invented entities and text only.
 */

const t = testApp();
withSeedGraph(t);

const TEXT = 'Quillon Freight scrapped its Quillon Cargo Charter on 3 March 2026. The Harbour Board of Examples repealed the Examples Harbour Act on 4 March 2026.';
const PROPOSE = `mutation($d: String!) { proposeClaims(document: $d) { proposals { type category source { entity { key } } target { entity { key } } } userErrors { code message } } }`;

let edit: (q: string, v?: Record<string, unknown>) => Promise<any>;
let doc: string;

beforeAll(async () => {
  edit = as(t, (await keyFor(t, 'EDIT')).key);
  doc = accepted(await edit(ADD_DOCUMENT, { input: articleInput({ title: 'Quillon drops its charter', text: TEXT, body: [{ start: 0, end: TEXT.length }] }) }), 'addDocument').document.key;
  for (const input of [
    { key: 'quillon-freight', name: 'Quillon Freight', kind: 'ORGANIZATION', orgType: 'COMPANY' },
    { key: 'harbour-board-of-examples', name: 'Harbour Board of Examples', kind: 'ORGANIZATION', orgType: 'GOVERNMENT_BODY' },
    { key: 'quillon-cargo-charter', name: 'Quillon Cargo Charter', kind: 'POLICY', policyType: 'CORPORATE_POLICY' },
    { key: 'examples-harbour-act', name: 'Examples Harbour Act', kind: 'POLICY', policyType: 'LAW' },
  ]) {
    accepted(await edit(UPSERT_ENTITY, { input: { ...input, description: `${input.name}, invented for the tests.` } }), 'upsertEntity');
  }
});

describe('proposals read with the policy types of the graph', () => {
  it('makes dropping a company\'s own charter CREATION and repealing a law REGULATION', async () => {
    const res = await edit(PROPOSE, { d: doc });
    const payload = accepted(res, 'proposeClaims');
    const between = (s: string, target: string) => payload.proposals.find((p: any) => p.source.entity?.key === s && p.target.entity?.key === target);
    expect(between('quillon-freight', 'quillon-cargo-charter')?.category).toBe('CREATION');
    expect(between('harbour-board-of-examples', 'examples-harbour-act')?.category).toBe('REGULATION');
  });
});
