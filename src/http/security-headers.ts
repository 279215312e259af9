import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/** On every response. */
const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** For data (JSON, CSV, XML): nothing in it may run or load anything. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/** For our HTML pages (the explorer): everything from this origin, nothing from elsewhere. */
const PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * GraphiQL is one HTML page with one inline script, inline styles, data: fonts and icons, and
 * Monaco's workers from blob: URLs; everything is bundled (no CDN), so it works offline. The inline
 * script is allowed by its hash, not by 'unsafe-inline'.
 */
export function graphiqlCsp(html: string): string {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const hash = createHash('sha256').update(script).digest('base64');
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${hash}'`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * nosniff, no referrer, no framing and a Content-Security-Policy on every response: GraphiQL's own
 * (`graphiql`, for the HTML served at the GraphQL endpoint), a page policy for other HTML, and a
 * policy that runs nothing for data. A handler that sets its own CSP keeps it.
 */
export function useSecurityHeaders(graphqlEndpoint: string, graphiql: string | null): Plugin {
  return {
    onResponse({ request, response }) {
      for (const [k, v] of Object.entries(HEADERS)) if (!response.headers.has(k)) response.headers.set(k, v);
      if (response.headers.has('content-security-policy')) return;
      const html = /^text\/html/i.test(response.headers.get('content-type') ?? '');
      const atEndpoint = () => new URL(request.url).pathname.replace(/\/$/, '') === graphqlEndpoint;
      response.headers.set('content-security-policy', !html ? DATA_CSP : graphiql && atEndpoint() ? graphiql : PAGE_CSP);
    },
  };
}
