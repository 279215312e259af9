import type { App } from '../app.js';
import { dbComponents } from '../store/migrate.js';
import { withDeadline } from './deadline.js';
import { json, type RouteHandler } from './routes.js';

/** How long /ready waits for Neo4j before it says 503: probes must get an answer, not a hang. */
export const READY_TIMEOUT_MS = 1000;

/** /health: the process is alive; it never touches the database. */
export const health: RouteHandler = () => json({ status: 'ok' });

type Probe = { ok: true; version?: string; edition?: string } | { ok: false; code: string };

/**
 * /ready: Neo4j answers within a second; 503 with a code when it does not. Probes that arrive while
 * one is still waiting share it, so a stalled database does not collect a hung session per probe.
 */
export function ready(app: App): RouteHandler {
  let inFlight: { probe: Promise<Probe>; startedAt: number } | null = null;
  const probe = async (): Promise<Probe> => {
    try {
      const rows = await dbComponents(app.db.forRequest({ deadlineAt: Date.now() + 10 * READY_TIMEOUT_MS }));
      const kernel = rows.find((r) => r.name === 'Neo4j Kernel') ?? rows[0];
      return { ok: true, version: kernel?.version, edition: kernel?.edition };
    } catch (e) {
      const code = (e as { code?: string }).code;
      return { ok: false, code: !code || code === 'DATABASE_TIMEOUT' ? 'DATABASE_UNAVAILABLE' : code };
    }
  };
  return async () => {
    // A probe hung for long (a black-holed connection) is given up, so readiness can come back.
    if (!inFlight || Date.now() - inFlight.startedAt > 10 * READY_TIMEOUT_MS) {
      const current = { probe: probe().finally(() => inFlight === current && (inFlight = null)), startedAt: Date.now() };
      inFlight = current;
    }
    const result = await withDeadline<Probe>(inFlight.probe, Date.now() + READY_TIMEOUT_MS, () => ({ ok: false, code: 'DATABASE_UNAVAILABLE' }));
    if (!result.ok) return json({ status: 'unavailable', code: result.code }, 503);
    return json({ status: 'ready', neo4j: { version: result.version, edition: result.edition, database: app.config.neo4j.database }, graphVersion: app.db.version });
  };
}
