import { createGraphQLError, type Plugin } from 'graphql-yoga';

const tooLarge = () => createGraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });

/** One non-negative integer; anything else (a list, a sign) is how request smuggling starts. */
const CONTENT_LENGTH = /^\d+$/;

/**
 * The request body's limit, without a stream per request. Yoga's own (maxRequestBodySize) pipes
 * every body through a counting TransformStream whose pipeline ends by raising an AbortError:
 * 3% of a small request's CPU. Over HTTP a body with a Content-Length is exactly that long
 * (Node's parser reads that many bytes and no more), so the header alone decides. A body without
 * one (chunked) is read here, counted as it comes, and refused as soon as it passes the limit.
 */
export function useBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (req) => {
        const chunks: Uint8Array[] = [];
        let size = 0;
        const reader = req.body!.getReader();
        for (let r = await reader.read(); !r.done; r = await reader.read()) {
          size += r.value.byteLength;
          if (size > limit) {
            await reader.cancel();
            throw tooLarge();
          }
          chunks.push(r.value);
        }
        return parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks) }));
      });
    },
  };
}
