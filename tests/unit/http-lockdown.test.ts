import { afterAll, describe, expect, it } from 'vitest';
import { offlineApp } from '../support/offline-app.js';

/** Locked-down defaults: what a web page open in the operator's browser can and cannot do. */
const t = offlineApp();
const open = offlineApp({ CORS_ORIGINS: 'http://localhost:5173', ALLOWED_HOSTS: 'kg.example.org,localhost:4000', INTROSPECTION: 'false', GRAPHIQL: 'false', MAX_BODY_BYTES: '2048' });
afterAll(async () => {
  await t.close();
  await open.close();
});

const typename = { query: '{ __typename }' };
const codeOf = async (res: Response) => ((await res.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

describe('regression: CORS comes from an allow-list, same-origin by default', () => {
  it('does not reflect an arbitrary Origin, with or without credentials', async () => {
    const res = await t.post(typename, { origin: 'http://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await t.yoga.fetch('http://localhost:4000/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a listed origin read responses, never with credentials', async () => {
    const res = await open.post(typename, { origin: 'http://localhost:5173', host: 'localhost:4000' });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await open.post(typename, { origin: 'http://localhost:5174', host: 'localhost:4000' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('regression: the Host header is checked (DNS rebinding)', () => {
  it.each(['localhost:4000', '127.0.0.1:4000', '[::1]:4000'])('serves Host %s by default', async (host) => {
    expect((await t.post(typename, { host })).status).toBe(200);
  });

  it.each(['evil.example:4000', 'evil.example', 'localhost:4001', '127.0.0.1.nip.io:4000'])('refuses Host %s with 421 HOST_NOT_ALLOWED', async (host) => {
    const res = await t.post(typename, { host });
    expect(res.status).toBe(421);
    expect(await codeOf(res)).toBe('HOST_NOT_ALLOWED');
  });

  it('refuses a rebound name on every route, GraphiQL and exports included', async () => {
    for (const path of ['/graphql', '/ready', '/export/graph.json', '/explore']) {
      const res = await t.yoga.fetch(`http://localhost:4000${path}`, { headers: { host: 'evil.example:4000', accept: 'text/html' } });
      expect(res.status, path).toBe(421);
    }
  });

  it('serves the names of ALLOWED_HOSTS: one without a port on any port, one with a port on that port only', async () => {
    expect((await open.post(typename, { host: 'kg.example.org' })).status).toBe(200);
    expect((await open.post(typename, { host: 'kg.example.org:8443' })).status).toBe(200);
    expect((await open.post(typename, { host: 'localhost:4000' })).status).toBe(200);
    expect((await open.post(typename, { host: 'localhost:4001' })).status).toBe(421);
    expect((await open.post(typename, { host: '127.0.0.1:4000' })).status).toBe(421);
  });
});

describe('regression: only JSON and GraphQL bodies are executed', () => {
  it.each([
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{__typename}"}\r\n--x--\r\n'],
    ['text/plain', '{"query":"{__typename}"}'],
  ])('a %s POST is 415 UNSUPPORTED_MEDIA_TYPE', async (type, body) => {
    const res = await t.post(body, { 'content-type': type });
    expect(res.status).toBe(415);
    expect(await codeOf(res)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'application/graphql+json'])('%s is served', async (type) => {
    expect((await t.post(typename, { 'content-type': type })).status).toBe(200);
  });

  it('application/graphql is served', async () => {
    expect((await t.post('{ __typename }', { 'content-type': 'application/graphql' })).status).toBe(200);
  });
});

describe('regression: the body has an explicit limit', () => {
  it('a body declared larger than MAX_BODY_BYTES is 413 before it is read', async () => {
    const res = await open.post({ query: `{ __typename }${' '.repeat(4096)}` }, { host: 'localhost:4000' });
    expect(res.status).toBe(413);
  });

  it('the default is 1 MB', async () => {
    expect(t.app.config.maxBodyBytes).toBe(1_000_000);
    expect((await t.post({ query: `{ __typename }${' '.repeat(900_000)}` })).status).toBe(200);
    expect((await t.post({ query: `{ __typename }${' '.repeat(1_000_001)}` })).status).toBe(413);
  });
});

describe('regression: security headers on every response', () => {
  const expectHeaders = (res: Response) => {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  };

  it('on GraphQL answers, refusals, health and unknown paths', async () => {
    expectHeaders(await t.post(typename));
    expectHeaders(await t.post(typename, { host: 'evil.example' }));
    expectHeaders(await t.yoga.fetch('http://localhost:4000/health'));
    expectHeaders(await t.yoga.fetch('http://localhost:4000/nothing-here'));
    expect((await t.post(typename)).headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('GraphiQL gets a policy of its own: nothing from elsewhere, its inline script by hash only', async () => {
    const res = await t.yoga.fetch('http://localhost:4000/graphql', { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expectHeaders(res);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toMatch(/'unsafe-inline'[^;]*;.*script|script-src[^;]*'unsafe-inline'|'unsafe-eval'|https?:/);
  });
});

describe('introspection and GraphiQL are switchable', () => {
  const schemaQuery = { query: '{ __schema { queryType { name } } }' };

  it('both are on by default', async () => {
    const res = await t.post(schemaQuery);
    expect(await res.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect((await t.yoga.fetch('http://localhost:4000/graphql', { headers: { accept: 'text/html' } })).headers.get('content-type')).toMatch(/text\/html/);
  });

  it('INTROSPECTION=false refuses __schema and __type, but not __typename', async () => {
    const res = await open.post(schemaQuery, { host: 'localhost:4000' });
    expect(res.status).toBe(400);
    expect(await codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await open.post({ query: '{ __type(name: "Query") { name } }' }, { host: 'localhost:4000' })).status).toBe(400);
    expect((await open.post(typename, { host: 'localhost:4000' })).status).toBe(200);
  });

  it('GRAPHIQL=false serves no HTML page', async () => {
    const res = await open.yoga.fetch('http://localhost:4000/graphql', { headers: { accept: 'text/html', host: 'localhost:4000' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});
