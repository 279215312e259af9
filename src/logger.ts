import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs; secrets are redacted by path wherever they might appear. CLIs whose stdout
 * is their answer (a key, a dump) log to stderr; tests pass a destination to read them.
 */
export function createLogger(level: string, destination?: DestinationStream | 1 | 2): Logger {
  const options = {
    level,
    redact: { paths: ['password', '*.password', 'neo4j.password', 'headers.authorization', 'req.headers.authorization'], censor: '[redacted]' },
    base: { service: 'kg-service' },
  };
  if (destination === undefined) return pino(options);
  return pino(options, typeof destination === 'number' ? pino.destination(destination) : destination);
}
export type { Logger };
