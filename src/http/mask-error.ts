import { GraphQLError } from 'graphql';
import { AppError, DatabaseError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Typed errors pass with their code; database failures are logged with their cause (never sent);
 * anything else is logged and replaced by a generic INTERNAL_SERVER_ERROR.
 */
export function maskError(log: Logger) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof DatabaseError) {
      const cause = (original as { cause?: { message?: string; code?: string } }).cause;
      log.error({ neo4jCode: original.causeCode, cause: cause?.message }, 'database error');
    }
    if (original instanceof AppError || (error instanceof GraphQLError && !error.originalError)) return error as Error;
    if (original instanceof GraphQLError && !(original.originalError)) return error as Error;
    log.error({ err: original }, 'unexpected error');
    const path = error instanceof GraphQLError ? error.path : undefined;
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
