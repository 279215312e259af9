import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Deeper than any real question: selections stop at depth 12 and inputs nest a few levels. */
export const MAX_NESTING = 64;

const OPEN = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSE = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Whether braces, brackets and parentheses nest deeper than `max`, found by the lexer alone (no
 * recursion, so no stack to overflow). Lexical errors are left for the parser to report.
 */
export function nestsDeeperThan(source: string, max: number, maxTokens: number): boolean {
  const lexer = new Lexer(new Source(source));
  let depth = 0;
  try {
    for (let t = lexer.advance(), n = 0; t.kind !== TokenKind.EOF && n < maxTokens; t = lexer.advance(), n++) {
      if (OPEN.has(t.kind) && ++depth > max) return true;
      if (CLOSE.has(t.kind)) depth--;
    }
  } catch {
    return false;
  }
  return false;
}

const tooDeep = () =>
  new GraphQLError(`The document nests brackets or braces deeper than ${MAX_NESTING} levels.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'nesting', http: { status: 400 } },
  });

/**
 * Client mistakes that Yoga would answer with INTERNAL_SERVER_ERROR become 400s with a code:
 * - `variables` or `extensions` in a GET query string that are not JSON (Yoga's parser throws a
 *   bare SyntaxError) are BAD_REQUEST;
 * - a document nested deeper than MAX_NESTING (a list literal 2,505 levels deep overflowed the
 *   parser's stack) is QUERY_TOO_COMPLEX, checked before parsing; a stack overflow in the parser
 *   is reported the same way should anything still cause one.
 */
export function useParseGuards(maxTokens: number): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (e) {
          if (!(e instanceof SyntaxError)) throw e;
          throw new GraphQLError('The request\'s "variables" or "extensions" parameter is not valid JSON.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      });
    },
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        if (nestsDeeperThan(typeof source === 'string' ? source : source.body, MAX_NESTING, maxTokens)) throw tooDeep();
        try {
          return parseFn(source, options);
        } catch (e) {
          if (e instanceof RangeError) throw tooDeep();
          throw e;
        }
      });
    },
  };
}
