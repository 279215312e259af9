import { Agent, request } from 'node:http';

export interface Outcome {
  /** When it was sent and how long it took, ms. */
  sentAt: number;
  ms: number;
  status: number;
  body: string;
  /** The first error's extensions.code, "HTTP <status>" without one, or the socket error; null for an answer without errors. */
  code: string | null;
}

export interface HttpRequest {
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request to the service on 127.0.0.1; never throws. */
export function send(port: number, agent: Agent, r: HttpRequest, timeoutMs = 120_000): Promise<Outcome> {
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, body: string, code: string | null) => resolve({ sentAt, ms: performance.now() - sentAt, status, body, code });
    const body = r.body ?? '';
    const req = request(
      { host: '127.0.0.1', port, path: r.path ?? '/graphql', method: r.method ?? 'POST', agent, headers: { ...(r.method === 'GET' ? {} : { 'content-length': Buffer.byteLength(body) }), ...r.headers }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e: NodeJS.ErrnoException) => done(0, '', e.code ?? 'RESPONSE_ERROR'));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let code: string | null = null;
          try {
            const json = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[]; code?: string };
            code = json.errors?.length ? (json.errors[0]!.extensions?.code ?? 'NO_CODE') : (json.code ?? null);
          } catch {
            code = res.statusCode === 200 ? null : `HTTP ${res.statusCode}`;
          }
          if (code === null && (res.statusCode ?? 0) >= 400) code = `HTTP ${res.statusCode}`;
          done(res.statusCode ?? 0, text, code);
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => done(0, '', e.code ?? 'SOCKET_ERROR'));
    req.end(r.method === 'GET' ? undefined : body);
  });
}

export const graphql = (query: string, variables?: Record<string, unknown>): HttpRequest => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(variables ? { query, variables } : { query }),
});

export const keepAlive = () => new Agent({ keepAlive: true, maxSockets: 1 });
