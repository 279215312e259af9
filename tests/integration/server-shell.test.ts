import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/test-app.js';

const t = testApp();
afterAll(() => t.close());

describe('server shell on the real Neo4j', () => {
  it('answers { __typename } over /graphql', async () => {
    const res = await t.gql('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('/health says the process is alive', async () => {
    const res = await t.yoga.fetch('http://test/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/ready reports the Neo4j version and edition', async () => {
    const res = await t.yoga.fetch('http://test/ready');
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.status).toBe('ready');
    expect(body.neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(body.neo4j.edition).toBe('community');
  });

  it('serves GraphiQL from the bundle, with no CDN address in the page', async () => {
    const res = await t.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('WhoPressuredAnthropic');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|raw\.githubusercontent/);
  });

  it('rejects other methods on plain routes with 405', async () => {
    const res = await t.yoga.fetch('http://test/ready', { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
