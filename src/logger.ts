import { pino, type DestinationStream, type Logger } from 'pino';

/** Structured JSON logs; secrets are redacted by path wherever they might appear. Tests pass a destination to read them. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: ['password', '*.password', 'neo4j.password', 'headers.authorization', 'req.headers.authorization'], censor: '[redacted]' },
    base: { service: 'kg-service' },
  };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };
