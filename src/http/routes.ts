import type { Plugin } from 'graphql-yoga';
import { withDeadline } from './deadline.js';

export type RouteHandler = (request: Request, url: URL) => Promise<Response> | Response;

/**
 * Plain HTTP routes served by the same Yoga instance, so `yoga.fetch` reaches all of them in tests.
 * Keys are exact paths, or prefixes ending in "/*". A handler still running after `timeoutMs` is
 * answered 504 DATABASE_TIMEOUT (only the database can keep one waiting that long).
 */
export function useRoutes(routes: Record<string, RouteHandler>, timeoutMs: number): Plugin {
  const exact = new Map(Object.entries(routes).filter(([p]) => !p.endsWith('/*')));
  const prefixes = Object.entries(routes)
    .filter(([p]) => p.endsWith('/*'))
    .map(([p, h]) => [p.slice(0, -1), h] as const);
  return {
    async onRequest({ request, url, endResponse }) {
      const handler = exact.get(url.pathname) ?? prefixes.find(([p]) => url.pathname.startsWith(p))?.[1];
      if (!handler) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new Response(JSON.stringify({ error: 'method not allowed' }), { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'application/json' } }));
        return;
      }
      endResponse(
        await withDeadline(handler(request, url), Date.now() + timeoutMs, () =>
          json({ error: 'The request took longer than the time allowed; try again, or narrow it.', code: 'DATABASE_TIMEOUT' }, 504),
        ),
      );
    },
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}
