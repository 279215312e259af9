import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { AppError, DatabaseError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Every error leaves with a code and nothing internal:
 * - typed errors (AppError) pass as they are; database failures are logged with their cause first;
 * - errors that already carry a code (parse, validation, limits) pass;
 * - Pothos validation (a malformed global ID) and request-level errors such as variable coercion
 *   are the client's input: BAD_USER_INPUT with their message;
 * - anything else is logged and replaced by a generic INTERNAL_SERVER_ERROR.
 */
export function maskError(log: Logger) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const path = error instanceof GraphQLError ? error.path : undefined;
    const nodes = error instanceof GraphQLError ? error.nodes : undefined;
    if (original instanceof DatabaseError) {
      const cause = (original as { cause?: { message?: string } }).cause;
      log.error({ neo4jCode: original.causeCode, cause: cause?.message }, 'database error');
    }
    if (original instanceof AppError) return error as Error;
    if (error instanceof GraphQLError && error.extensions?.code && original instanceof GraphQLError) return error;
    if (original instanceof PothosValidationError || (original instanceof GraphQLError && !path)) {
      return new GraphQLError((original as GraphQLError).message, { nodes, path, extensions: { code: 'BAD_USER_INPUT' } });
    }
    log.error({ err: original }, 'unexpected error');
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
