import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs; secrets are redacted by path wherever they might appear. CLIs whose
 * stdout is their answer (a key, a dump) log to stderr (fd 2).
 */
export function createLogger(level: string, fd: 1 | 2 = 1): Logger {
  return pino(
    {
      level,
      redact: { paths: ['password', '*.password', 'neo4j.password', 'headers.authorization', 'req.headers.authorization'], censor: '[redacted]' },
      base: { service: 'kg-service' },
    },
    pino.destination(fd),
  );
}
export type { Logger };
