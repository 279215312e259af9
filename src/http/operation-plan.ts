import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { fullPlan, operationPlan } from '../resolvers/operation-plan.js';

/** Works out, once per parsed operation, what it selects, so each statement fetches just that. */
export function useOperationPlan(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context;
      ctx.plan = operationPlan(args.schema, args.document, args.operationName) ?? fullPlan(args.schema);
    },
  };
}
