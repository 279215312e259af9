import { pino, type Logger } from 'pino';

/** Structured JSON logs; secrets are redacted by path wherever they might appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['password', '*.password', 'neo4j.password', 'headers.authorization', 'req.headers.authorization'], censor: '[redacted]' },
    base: { service: 'kg-service' },
  });
}
export type { Logger };
