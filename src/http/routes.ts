import type { Plugin } from 'graphql-yoga';

export type RouteHandler = (request: Request, url: URL) => Promise<Response> | Response;

/**
 * Plain HTTP routes served by the same Yoga instance, so `yoga.fetch` reaches all of them in tests.
 * Keys are exact paths, or prefixes ending in "/*".
 */
export function useRoutes(routes: Record<string, RouteHandler>): Plugin {
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
      endResponse(await handler(request, url));
    },
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}
