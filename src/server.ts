import { createServer, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { App } from './app.js';
import { buildYoga } from './yoga.js';

/**
 * How long, once draining, a keep-alive connection that was idle may still send its next request
 * (it is answered, with `connection: close`) before it is closed as idle. Clients under load send
 * within milliseconds; closing at once would race them and reset requests they had just sent.
 */
export const DRAIN_GRACE_MS = 250;

/** A client that trickles its request in is cut off; a whole request arrives well within this. */
const REQUEST_RECEIVE_TIMEOUT_MS = 30_000;

export interface Serving {
  server: Server;
  /**
   * Graceful stop: stop accepting connections, answer every request in flight with
   * `connection: close` so its keep-alive socket closes after it, close sockets left idle, and
   * resolve once every connection is gone.
   */
  drain(): Promise<void>;
}

/** Listens; nothing else. Resolves once the port is bound. */
export function listen(app: App): Promise<Serving> {
  const yoga = buildYoga(app);
  let draining = false;
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    open.add(res);
    res.once('close', () => open.delete(res));
    if (draining) res.setHeader('connection', 'close');
    void yoga(req, res);
  });
  server.requestTimeout = REQUEST_RECEIVE_TIMEOUT_MS;
  server.headersTimeout = Math.min(server.headersTimeout, REQUEST_RECEIVE_TIMEOUT_MS);

  const drain = () =>
    new Promise<void>((resolve) => {
      draining = true;
      for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
      // net.Server's close stops accepting but, unlike http.Server's, does not close idle keep-alive
      // sockets at once: a client may be sending its next request on one right now.
      // Swept again until the end, for sockets whose response had begun before the drain and so
      // went out without `connection: close`.
      const sweep = setInterval(() => server.closeIdleConnections(), DRAIN_GRACE_MS);
      NetServer.prototype.close.call(server, () => {
        clearInterval(sweep);
        resolve();
      });
    });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(app.config.port, app.config.host, () => resolve({ server, drain }));
  });
}
