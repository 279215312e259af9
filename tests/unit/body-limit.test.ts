import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineApp } from '../support/offline-app.js';

// The body limit decides by Content-Length when there is one, and counts a chunked body as it is
// read (src/http/body-limit.ts). Both are checked over real HTTP, where Node's parser bounds a
// body by its Content-Length, and through yoga.fetch.
const t = offlineApp({ MAX_BODY_BYTES: '2048', ALLOWED_HOSTS: '127.0.0.1,localhost' });
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(t.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const body = (padding: number) => JSON.stringify({ query: `{ __typename }${' '.repeat(padding)}` });

/** POSTs `chunks`, each written on its own: chunked unless `length` is given. */
function send(chunks: string[], length?: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json', host: `127.0.0.1:${port}` };
    if (length !== undefined) headers['content-length'] = length;
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('the request body limit', () => {
  it('answers a body within the limit, with a Content-Length', async () => {
    const b = body(1000);
    const res = await send([b], Buffer.byteLength(b));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a body whose Content-Length is over the limit, with 413', async () => {
    const b = body(4096);
    const res = await send([b], Buffer.byteLength(b));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('answers a chunked body within the limit', async () => {
    const b = body(1500);
    const res = await send([b.slice(0, 700), b.slice(700, 1400), b.slice(1400)]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a chunked body that grows past the limit, with 413', async () => {
    const b = body(6000);
    const res = await send([b.slice(0, 1500), b.slice(1500, 3000), b.slice(3000)]);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a Content-Length that is not one number, with 400', async () => {
    const res = await t.post({ query: '{ __typename }' }, { host: 'localhost', 'content-length': '12, 12' });
    expect(res.status).toBe(400);
  });

  it('counts a streamed body with no Content-Length through yoga.fetch too', async () => {
    const bytes = new TextEncoder().encode(body(6000));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 1000) c.enqueue(bytes.slice(i, i + 1000));
        c.close();
      },
    });
    const res = await t.yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });
});
