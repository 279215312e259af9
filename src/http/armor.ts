import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

/** Limits on depth, aliases, directives, tokens and cost: generous for real questions, fatal for abuse. */
// Cost counts a literal `first` as a multiplier: 100k lets a full 200-item page through, not pages of pages.
export const LIMITS = { depth: 12, aliases: 20, directives: 20, tokens: 3000, cost: 100_000 } as const;

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
    maxAliases: { n: LIMITS.aliases, ...reject('aliases') },
    maxDirectives: { n: LIMITS.directives, ...reject('directives') },
    maxTokens: { n: LIMITS.tokens, ...reject('tokens') },
    costLimit: { maxCost: LIMITS.cost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true, ...reject('cost') },
    blockFieldSuggestion: { enabled: true },
  });
}
