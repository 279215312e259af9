import type { App } from '../app.js';
import { dbComponents } from '../store/migrate.js';
import { json, type RouteHandler } from './routes.js';

/** /health: the process is alive; it never touches the database. */
export const health: RouteHandler = () => json({ status: 'ok' });

/** How long /ready waits for the database before it says no. */
const READY_WITHIN_MS = 1000;

/** /ready: Neo4j answers within a second; 503 with a reason when it does not. */
export function ready(app: App): RouteHandler {
  return async () => {
    try {
      const rows = await dbComponents(app.db.forRequest({ deadlineAt: Date.now() + READY_WITHIN_MS }));
      const kernel = rows.find((r) => r.name === 'Neo4j Kernel') ?? rows[0];
      return json({ status: 'ready', neo4j: { version: kernel?.version, edition: kernel?.edition, database: app.config.neo4j.database }, graphVersion: app.db.version });
    } catch (e) {
      const code = (e as { code?: string }).code;
      return json({ status: 'unavailable', code: code === 'DATABASE_TIMEOUT' || !code ? 'DATABASE_UNAVAILABLE' : code }, 503);
    }
  };
}
