import { componentRow } from '../data/migrate.js';
import type { App } from '../app.js';
import { json, type RouteHandler } from './routes.js';

/** /health: the process is alive; it never touches the database. */
export const health: RouteHandler = () => json({ status: 'ok' });

/** /ready: Neo4j answers; 503 with a reason when it does not. */
export function ready(app: App): RouteHandler {
  return async () => {
    try {
      const rows = await app.db.read('queries/db-components', {}, componentRow);
      const kernel = rows.find((r) => r.name === 'Neo4j Kernel') ?? rows[0];
      return json({ status: 'ready', neo4j: { version: kernel?.version, edition: kernel?.edition, database: app.config.neo4j.database } });
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'DATABASE_UNAVAILABLE';
      return json({ status: 'unavailable', code }, 503);
    }
  };
}
