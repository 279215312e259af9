import type { CORSOptions, Plugin } from 'graphql-yoga';

/** Media types a POST may carry; Yoga parses these. Forms and multipart, which any web page can send, are not among them. */
const POST_TYPES = new Set(['application/json', 'application/graphql+json', 'application/graphql']);

/**
 * Whether a Host header names this service: an allowed entry with a port matches that port, one
 * without matches any. Requests without a Host header (HTTP/1.1 requires one; Node refuses those
 * without) only come from in-process callers such as `yoga.fetch`.
 */
export function hostAllowed(host: string | null, allowed: readonly string[]): boolean {
  if (host === null) return true;
  const h = host.trim().toLowerCase();
  const name = h.replace(/:\d+$/, '');
  return allowed.some((a) => a === h || (!/:\d+$/.test(a) && a === name));
}

function refuse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * Refused before anything else runs:
 * - a Host that is not one of ALLOWED_HOSTS: 421 HOST_NOT_ALLOWED. A page on evil.example whose name
 *   is rebound to 127.0.0.1 reaches this port with Host: evil.example, and stops here;
 * - a POST to the GraphQL endpoint that is not JSON or GraphQL: 415 UNSUPPORTED_MEDIA_TYPE. A form or a multipart body is
 *   what a page of another origin can send without a CORS preflight.
 */
export function useRequestGuards(allowedHosts: readonly string[], graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (!hostAllowed(request.headers.get('host'), allowedHosts)) {
        endResponse(refuse(421, 'HOST_NOT_ALLOWED', 'This server does not serve that host name. Its operator can add it to ALLOWED_HOSTS.'));
        return;
      }
      // Other routes answer 405 to anything but GET and HEAD themselves.
      if (request.method === 'POST' && url.pathname.replace(/\/$/, '') === graphqlEndpoint) {
        const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
        if (!POST_TYPES.has(type)) {
          endResponse(refuse(415, 'UNSUPPORTED_MEDIA_TYPE', 'POST a GraphQL request as application/json (or application/graphql).', { accept: [...POST_TYPES].join(', ') }));
        }
      }
    },
  };
}

/**
 * CORS from the allow-list: an Origin in CORS_ORIGINS (or any, with "*") may read responses, never
 * with credentials; any other gets no CORS headers, so the browser keeps it to the same origin.
 */
export function corsFor(origins: readonly string[], allowedHosts: readonly string[]) {
  return (request: Request): CORSOptions | false => {
    const origin = request.headers.get('origin')?.toLowerCase();
    if (!origin || !hostAllowed(request.headers.get('host'), allowedHosts)) return false;
    const allowed = origins.includes('*') ? '*' : origins.includes(origin) ? origin : null;
    if (!allowed) return false;
    return { origin: allowed, credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'accept', 'x-query-stats'], maxAge: 600 };
  };
}
