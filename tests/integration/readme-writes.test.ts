import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Serving } from '../../src/server.js';
import { freePort } from '../support/net.js';
import { allPages } from '../support/pages.js';
import { testApp } from '../support/test-app.js';
import { as, keyFor } from '../support/writes.js';

/**
 * The README's "Contributing knowledge" section, run as written, in order, against a fresh
 * database: the curl example through a listening server, then each GraphQL operation with the
 * JSON variables that follow it. Documentation that stops working fails here.
 */
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Contributing knowledge'), readme.indexOf('\n## ', readme.indexOf('## Contributing knowledge') + 1));
const operations = [...section.matchAll(/```graphql write\n([\s\S]*?)```\n```json\n([\s\S]*?)```/g)].map((m) => ({
  query: m[1]!,
  variables: JSON.parse(m[2]!) as Record<string, unknown>,
  name: /(?:mutation|query) (\w+)/.exec(m[1]!)![1]!,
}));
const curlBlock = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('curl'))!;
const curlAnswer = /It answers `([^`]+)`/.exec(section)![1]!;

const port = await freePort();
// The first write on a cold database, on a loaded test machine, can take longer than the default 15 s.
const t = testApp({ PORT: String(port), QUERY_TIMEOUT_MS: '60000' });
const wipe = () => t.app.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: t.app.config.neo4j.database });
let serving: Serving;
let editKey: string;
let adminKey: string;

beforeAll(async () => {
  await wipe();
  serving = await listen(t.app);
  editKey = (await keyFor(t, 'EDIT')).key;
  adminKey = (await keyFor(t, 'ADMIN')).key;
});
afterAll(async () => {
  await serving?.drain();
  await wipe();
  await t.close();
});

const results = new Map<string, any>();
const timeBeforeRetraction: string[] = [];

describe('README "Contributing knowledge"', () => {
  it('shows every mutation of the write API, the changes feed and recordedAsOf', () => {
    expect(operations.map((o) => o.name)).toEqual(['AddDocument', 'UpsertEntity', 'AddRelationship', 'AddEvidence', 'Retract', 'UpsertDuplicate', 'Merge', 'Changes', 'AsRecorded']);
  });

  it('the curl example answers what the README says', async () => {
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', curlBlock], { env: { ...process.env, KG_URL: `http://127.0.0.1:${port}/graphql`, KEY: editKey } });
    expect(stdout.trim()).toBe(curlAnswer);
  });

  it('every operation runs in order, with no error and no userError', async () => {
    for (const op of operations) {
      if (op.name === 'Retract') timeBeforeRetraction.push(new Date().toISOString());
      const res = await as(t, op.name === 'Merge' ? adminKey : editKey)(op.query, op.variables);
      expect(res.errors, `${op.name}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      for (const payload of Object.values(res.data as Record<string, any>)) if (payload && 'userErrors' in payload) expect(payload.userErrors, op.name).toEqual([]);
      results.set(op.name, res.data);
    }
  });

  it('the operations did what the README says they do', async () => {
    expect(results.get('AddDocument').addDocument).toMatchObject({ document: { key: 'example-board-fine', hasText: true }, created: true });
    const evidence = results.get('AddRelationship').addRelationship.relationship.evidence;
    expect(evidence[0].quote).toBe('The Board of Examples fined Widget Corp $5 million on 3 March 2026.');
    expect(results.get('AddEvidence').addEvidence.relationship.evidence.map((e: { quote: string }) => e.quote)).toContain('Widget Corp said it would appeal.');
    expect(results.get('Retract').retractRelationship.relationship).toMatchObject({ retracted: true });
    expect(results.get('Merge').mergeEntities.entity.aliases).toContain('Widget Corporation');
    const merged = await t.gql(`{ entity(key: "widget-corporation") { key } }`);
    expect(merged.data.entity.key).toBe('widget-corp');

    const changes = results.get('Changes').changes.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(changes.slice(0, 3)).toEqual(['ADD_RELATIONSHIP', 'ADD_EVIDENCE', 'RETRACT_RELATIONSHIP']);
    const feed = await allPages(t, `query($after: String) { changes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { action } } } }`, 'changes');
    expect(feed.map((c: { action: string }) => c.action)).toEqual(expect.arrayContaining(['ADD_DOCUMENT', 'UPSERT_ENTITY', 'MERGE_ENTITIES']));

    // The example's instant is before anything was recorded; an instant before the retraction shows the relationship as it was.
    expect(results.get('AsRecorded').relationships.edges).toEqual([]);
    const asOp = operations.find((o) => o.name === 'AsRecorded')!;
    const then = await t.gql(asOp.query, { at: timeBeforeRetraction[0] });
    expect(then.data.relationships.edges).toEqual([{ node: { key: 'board-fines-widget-corp', retracted: false } }]);
  });
});
