import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { AppError, DatabaseError, REQUEST_ERROR_CODES } from '../errors.js';
import type { Logger } from '../logger.js';

/** Codes of the client's own mistakes: logged at warn, one line, no stack. */
const CLIENT_CODES = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', ...REQUEST_ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR')]);

function clientCode(error: unknown): string | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = error.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return code;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return status && status >= 400 && status < 500 ? 'BAD_REQUEST' : null;
}

/**
 * Every error leaves with a code and nothing internal, and is logged once, at the level it deserves:
 * - typed errors (AppError) pass as they are; database failures are logged with their cause first;
 * - errors that already carry a code (parse, validation, limits) pass;
 * - Pothos validation (a malformed global ID) and request-level errors such as variable coercion or
 *   a mutation sent to a schema without mutations are the client's input: BAD_USER_INPUT with their
 *   message, logged at warn without a stack;
 * - anything else is a fault: logged at error with its stack and replaced by INTERNAL_SERVER_ERROR.
 *
 * `logYogaError` is Yoga's `logging.error`: Yoga logs there every error that masking changed, so
 * errors already logged here are skipped, and client mistakes stay at warn.
 */
export function errorPolicy(log: Logger) {
  const logged = new WeakSet<object>();

  function maskError(error: unknown, message: string): Error {
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
      const m = (original as GraphQLError).message;
      log.warn({ code: 'BAD_USER_INPUT', message: m }, 'client error');
      if (error && typeof error === 'object') logged.add(error);
      // Request-level (no path): nothing ran, so the response is a 400 like any other bad request.
      return new GraphQLError(m, { nodes, path, extensions: { code: 'BAD_USER_INPUT', ...(path ? {} : { http: { status: 400 } }) } });
    }
    log.error({ err: original }, 'unexpected error');
    if (error && typeof error === 'object') logged.add(error);
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }

  function logYogaError(...args: unknown[]): void {
    const [first] = args;
    if (first && typeof first === 'object' && logged.has(first)) return;
    const code = clientCode(first);
    if (code) log.warn({ code, message: (first as Error).message }, 'client error');
    else log.error(first instanceof Error ? { err: first } : { detail: args.map(String) }, 'unexpected error');
  }

  return { maskError, logYogaError };
}
