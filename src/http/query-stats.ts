import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/** With `X-Query-Stats: 1`, extensions.stats reports the request's Cypher round trips and time. */
export function useQueryStats(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          const stats = (args.contextValue as Context).stats;
          if (!stats || !('data' in result || 'errors' in result)) return;
          setResult({ ...result, extensions: { ...(result.extensions ?? {}), stats: { dbQueries: stats.dbQueries, dbMs: Math.round(stats.dbMs * 100) / 100 } } });
        },
      };
    },
  };
}

export function wantsStats(request: Request): boolean {
  const v = request.headers.get('x-query-stats');
  return v === '1' || v === 'true';
}
