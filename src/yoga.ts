import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { RequestContext } from './context.js';
import type { App } from './app.js';
import { LIMITS, useArmor } from './http/armor.js';
import { useBodyLimit } from './http/body-limit.js';
import { requestDeadlines } from './http/deadline.js';
import { exploreRoutes } from './http/explore.js';
import { exportRoutes } from './http/export.js';
import { health, ready } from './http/health.js';
import { callerFor } from './http/caller.js';
import { errorPolicy } from './http/mask-error.js';
import { useNodeLimit } from './http/node-limit.js';
import { useOperationPlan } from './http/operation-plan.js';
import { useParseGuards } from './http/parse-guards.js';
import { useQueryStats, wantsStats } from './http/query-stats.js';
import { useVersionedResponseCache } from './http/response-cache.js';
import { corsFor, hostAllowed, useRequestGuards } from './http/request-guards.js';
import { useRoutes } from './http/routes.js';
import { graphiqlCsp, useSecurityHeaders } from './http/security-headers.js';
import { schema } from './schema/build-schema.js';
import { GRAPHIQL_DEFAULT_QUERY } from './schema/graphiql-query.js';

const GRAPHQL_ENDPOINT = '/graphql';

/** Introspection off (INTROSPECTION=false): `__schema` and `__type` fail validation; `__typename` still works. */
const noIntrospection: Plugin = { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };

/** The whole HTTP surface; tests drive it through `yoga.fetch`, src/server.ts only listens. */
export function buildYoga(app: App) {
  const { config } = app;
  const errors = errorPolicy(app.log);
  const deadlines = requestDeadlines(config.requestTimeoutMs, app.log);
  const graphiqlOptions = { title: 'Knowledge graph', defaultQuery: GRAPHIQL_DEFAULT_QUERY };
  // Rendered once (it is 9 MB); its CSP allows its one inline script by hash.
  const graphiqlHtml = config.graphiql ? renderGraphiQL({ ...graphiqlOptions, endpoint: GRAPHQL_ENDPOINT }) : null;
  return createYoga<Record<string, never>, RequestContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    // /health is ours (JSON); Yoga's own empty-bodied check moves out of the way.
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    maskedErrors: { maskError: errors.maskError },
    logging: {
      debug: (...a) => app.log.debug({ yoga: a }, 'yoga'),
      info: (...a) => app.log.info({ yoga: a }, 'yoga'),
      warn: (...a) => app.log.warn({ yoga: a }, 'yoga'),
      error: errors.logYogaError,
    },
    cors: corsFor(config.corsOrigins, config.allowedHosts),
    // Ours (useBodyLimit): Yoga's streams every body through a pipeline.
    maxRequestBodySize: false,
    multipart: false,
    // The bundled GraphiQL: these machines have no internet, so nothing may come from a CDN. Yoga
    // serves it before any plugin runs, so the Host check is repeated here.
    renderGraphiQL: () => graphiqlHtml!,
    graphiql: graphiqlHtml ? (request) => hostAllowed(request.headers.get('host'), config.allowedHosts) && graphiqlOptions : false,
    context: ({ request }) => {
      const stats = wantsStats(request) ? { dbQueries: 0, dbMs: 0 } : null;
      const deadlineAt = deadlines.deadlineOf(request);
      // One graph version for the whole request: its reads never mix two states of the graph.
      const db = app.db.forRequest({ stats, deadlineAt });
      return { db, stats, deadlineAt, config, log: app.log, engine: app.engine, caller: callerFor(request, db) };
    },
    plugins: [
      // Operations compiled to JavaScript (graphql-jit), once per parsed document: 6-18% less
      // CPU per request than graphql-js's interpreter on bench:peer's shapes, the same bytes out.
      // First, so that the deadline plugin below wraps the compiled execute.
      useGraphQlJit(),
      useRequestGuards(config.allowedHosts, GRAPHQL_ENDPOINT),
      useSecurityHeaders(GRAPHQL_ENDPOINT, graphiqlHtml && graphiqlCsp(graphiqlHtml)),
      deadlines.plugin,
      useRoutes({ '/health': health, '/ready': ready(app), ...exportRoutes(app), ...exploreRoutes() }, config.requestTimeoutMs),
      useBodyLimit(config.maxBodyBytes),
      useArmor(),
      useParseGuards(LIMITS.tokens),
      ...(config.introspection ? [] : [noIntrospection]),
      useNodeLimit(config.maxResponseNodes),
      useOperationPlan(),
      useQueryStats(),
      ...(config.responseCache.enabled ? [useVersionedResponseCache(config.responseCache.ttlMs, () => app.db.version)] : []),
    ],
  });
}
