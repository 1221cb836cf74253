import { GraphQLError } from 'graphql';

/**
 * Errors a client can act on, each with a stable `extensions.code`. Anything else that escapes a resolver is
 * masked by the server (see formatError in server.ts) and logged with the request id.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  PAGE_SIZE_EXCEEDED: 'PAGE_SIZE_EXCEEDED',
  INVALID_CURSOR: 'INVALID_CURSOR',
  INVALID_DATE_RANGE: 'INVALID_DATE_RANGE',
  SEARCH_TEXT_TOO_LONG: 'SEARCH_TEXT_TOO_LONG',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_LONG: 'QUERY_TOO_LONG',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A field argument is out of range or malformed. */
export class UserInputError extends GraphQLError {
  constructor(message: string, argumentName: string, code: ErrorCode = ErrorCode.BAD_USER_INPUT, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, argumentName, ...extra } });
  }
}

/** The graph database did not answer: the client may retry later. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('The graph database is unavailable right now; retry in a few seconds.', {
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: 503 } },
    });
  }
}

/** The query ran past the server's time limit. */
export class DatabaseTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(`The query took longer than ${timeoutMs} ms and was stopped; narrow it (smaller depth, limit or page).`, {
      extensions: { code: ErrorCode.DATABASE_TIMEOUT, timeoutMs },
    });
  }
}
