import { createServer, type Server } from 'node:http';
import type { App } from './app.js';
import { buildYoga } from './yoga.js';

/** Listens; nothing else. Resolves once the port is bound. */
export function listen(app: App): Promise<Server> {
  const yoga = buildYoga(app);
  const server = createServer(yoga);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(app.config.port, app.config.host, () => resolve(server));
  });
}
