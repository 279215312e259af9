import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * Limits on depth, aliases, directives and tokens: generous for real questions, fatal for abuse.
 * Armor's cost limit is not used: it costs a list without `first` as one item, so a short query over
 * nested lists passed it; the node limit (node-limit.ts) counts every list at its worst case instead.
 */
export const LIMITS = { depth: 12, aliases: 20, directives: 20, tokens: 3000 } as const;

/**
 * Armor throws uncoded errors; a rejection is reported instead as a validation error with a stable
 * code, so clients get HTTP 400 and `extensions.code` QUERY_TOO_COMPLEX naming the limit.
 */
function reject(limit: keyof typeof LIMITS) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | unknown, error: GraphQLError) => {
        const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
        if (ctx && typeof (ctx as ValidationContext).reportError === 'function') (ctx as ValidationContext).reportError(coded);
        else throw coded;
      },
    ],
  };
}

export function useArmor() {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, ...reject('depth') },
    // Armor's default allow-list exempts `__typename`, so a thousand `x: __typename` aliases passed.
    maxAliases: { n: LIMITS.aliases, allowList: [], ...reject('aliases') },
    maxDirectives: { n: LIMITS.directives, ...reject('directives') },
    maxTokens: { n: LIMITS.tokens, ...reject('tokens') },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
}
