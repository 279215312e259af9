import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { errorPolicy } from '../../src/http/mask-error.js';
import { createLogger } from '../../src/logger.js';
import { offlineApp } from '../support/offline-app.js';

const WARN = 40;
const ERROR = 50;

/**
 * Logs stay useful: the client's mistakes are one warn line each, without a stack; only faults are
 * logged at error, with their stack, once. Read from the real pino output.
 */
describe('regression: client mistakes log at warn without stacks', () => {
  const t = offlineApp();
  afterAll(() => t.close());

  const mistakes: [string, () => Response | Promise<Response>][] = [
    ['a variable of the wrong type', () => t.post({ query: 'query($n: Int) { search(text: "x", first: $n) { score } }', variables: { n: 'many' } })],
    ['a missing required variable', () => t.post({ query: 'query($k: String!) { entity(key: $k) { key } }' })],
    ['a mutation, which this schema does not have', () => t.post({ query: 'mutation { addEntity { key } }' })],
    ['GET variables that are not JSON', () => t.yoga.fetch('http://localhost:4000/graphql?query=%7B__typename%7D&variables=%7Bbad')],
    ['GET extensions that are not JSON', () => t.yoga.fetch('http://localhost:4000/graphql?query=%7B__typename%7D&extensions=%7Bbad')],
    ['a list literal nested 2,505 deep', () => t.post({ query: `{ search(text: "a", kinds: ${'['.repeat(2505)}${']'.repeat(2505)}) { score } }` })],
    ['a syntax error', () => t.post({ query: '{ entity(key: "a") { key }' })],
    ['an unknown field', () => t.post({ query: '{ nope }' })],
    ['a body that is not JSON', () => t.post('{"query": ')],
  ];

  it.each(mistakes)('%s: a coded 4xx or error, nothing at error level, no stack', async (_, send) => {
    const before = t.logs.length;
    const res = await send();
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(res.status).toBeLessThan(500);
    expect(typeof body.errors?.[0]?.extensions?.code).toBe('string');
    expect(body.errors![0]!.extensions!.code).not.toBe('INTERNAL_SERVER_ERROR');
    const lines = t.logs.slice(before);
    expect(lines.filter((l) => l.level >= ERROR), JSON.stringify(lines)).toEqual([]);
    expect(JSON.stringify(lines)).not.toMatch(/"stack"|\n\s+at /);
  });

  it('the mistakes above were logged at warn, once each where logged at all', () => {
    const warns = t.logs.filter((l) => l.level === WARN);
    expect(warns.length).toBeGreaterThan(0);
    for (const w of warns) expect(w).toMatchObject({ msg: 'client error', code: expect.any(String), message: expect.any(String) });
  });
});

describe('faults log at error with their stack', () => {
  it('an unexpected error is logged once at error, with a stack, and leaves as INTERNAL_SERVER_ERROR', () => {
    const lines: Record<string, any>[] = [];
    const sink = new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) });
    const policy = errorPolicy(createLogger('info', sink));
    const fault = new GraphQLError('boom', { path: ['entity'], originalError: new TypeError('cannot read x of undefined') });
    const masked = policy.maskError(fault, 'Unexpected error.') as GraphQLError;
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(masked.message).toBe('Unexpected error.');
    // Yoga passes the same error to its logger; it must not be logged twice.
    policy.logYogaError(fault);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: ERROR, msg: 'unexpected error' });
    expect(lines[0]!.err.stack).toMatch(/TypeError: cannot read x of undefined\n\s+at /);
  });

  it('an error Yoga meets outside execution is logged at error unless it is a coded client error', () => {
    const lines: Record<string, any>[] = [];
    const sink = new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) });
    const policy = errorPolicy(createLogger('info', sink));
    policy.logYogaError(new Error('socket exploded'));
    policy.logYogaError(new GraphQLError('bad', { extensions: { code: 'BAD_REQUEST' } }));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [ERROR, 'unexpected error'],
      [WARN, 'client error'],
    ]);
  });
});
