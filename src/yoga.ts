import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { RequestContext } from './context.js';
import type { App } from './app.js';
import { useArmor } from './http/armor.js';
import { exploreRoutes } from './http/explore.js';
import { exportRoutes } from './http/export.js';
import { health, ready } from './http/health.js';
import { maskError } from './http/mask-error.js';
import { callerFor } from './http/caller.js';
import { useOperationPlan } from './http/operation-plan.js';
import { useQueryStats, wantsStats } from './http/query-stats.js';
import { useRoutes } from './http/routes.js';
import { schema } from './schema/build-schema.js';
import { GRAPHIQL_DEFAULT_QUERY } from './schema/graphiql-query.js';

/** The whole HTTP surface; tests drive it through `yoga.fetch`, src/server.ts only listens. */
export function buildYoga(app: App) {
  return createYoga<Record<string, never>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // /health is ours (JSON); Yoga's own empty-bodied check moves out of the way.
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    maskedErrors: { maskError: maskError(app.log) },
    logging: {
      debug: (...a) => app.log.debug({ yoga: a }, 'yoga'),
      info: (...a) => app.log.info({ yoga: a }, 'yoga'),
      warn: (...a) => app.log.warn({ yoga: a }, 'yoga'),
      error: (...a) => app.log.error({ err: a[0] }, 'unexpected error'),
    },
    // The bundled GraphiQL: these machines have no internet, so nothing may come from a CDN.
    renderGraphiQL,
    graphiql: app.config.graphiql ? { title: 'Knowledge graph', defaultQuery: GRAPHIQL_DEFAULT_QUERY } : false,
    context: ({ request }) => {
      const stats = wantsStats(request) ? { dbQueries: 0, dbMs: 0 } : null;
      const deadlineAt = Date.now() + app.config.requestTimeoutMs;
      // One graph version for the whole request: its reads never mix two states of the graph.
      const db = app.db.forRequest({ stats, deadlineAt });
      return { db, stats, deadlineAt, config: app.config, log: app.log, caller: callerFor(request, db) };
    },
    plugins: [
      useRoutes({ '/health': health, '/ready': ready(app), ...exportRoutes(app), ...exploreRoutes() }),
      useArmor(),
      useOperationPlan(),
      useQueryStats(),
    ],
  });
}
