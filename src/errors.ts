import { GraphQLError } from 'graphql';

/**
 * Expected failures, each with a stable `extensions.code`. They extend GraphQLError so that Yoga's
 * masking lets them through while anything unexpected is masked as INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'DATABASE_UNAVAILABLE',
  'DATABASE_TIMEOUT',
  'DATABASE_ERROR',
  'FORBIDDEN',
  'UNAUTHENTICATED',
] as const;
/** Set outside AppError: by the limits, Yoga's parser and validator, the HTTP guards, and masking. */
export const REQUEST_ERROR_CODES = [
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'HOST_NOT_ALLOWED',
  'UNSUPPORTED_MEDIA_TYPE',
  'REQUEST_ENTITY_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number] | (typeof REQUEST_ERROR_CODES)[number];

export class AppError extends GraphQLError {
  constructor(
    readonly code: (typeof ERROR_CODES)[number],
    message: string,
    readonly httpStatus: number,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }
}

export class BadInputError extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, 400, extra);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, key: string) {
    super('NOT_FOUND', `${what} "${key}" was not found`, 404, { key });
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor() {
    super('DATABASE_UNAVAILABLE', 'The graph database is unavailable; try again shortly.', 503);
  }
}

export class DatabaseTimeoutError extends AppError {
  constructor() {
    super('DATABASE_TIMEOUT', 'The query took longer than the time allowed; narrow it (fewer hops, a smaller limit or a time window).', 504);
  }
}

/** Any other database failure: its message is logged, never sent. */
export class DatabaseError extends AppError {
  constructor(readonly causeCode: string | undefined) {
    super('DATABASE_ERROR', 'The graph database could not answer this request.', 500);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('FORBIDDEN', message, 403);
  }
}
