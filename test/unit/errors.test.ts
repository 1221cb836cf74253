import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/db/cursor.js';
import { mapDriverError } from '../../src/db/executor.js';
import { DatabaseUnavailableError, UserInputError } from '../../src/errors.js';
import { formatError } from '../../src/server.js';

/** How Apollo hands a resolver's error to formatError: wrapped, with a path. */
function fromResolver(error: Error): GraphQLError {
  return new GraphQLError(error.message, { path: ['events'], originalError: error });
}

describe('errors clients see', () => {
  it('masks an unexpected error: no message, no stack, a stable code', () => {
    const secret = new Error('Neo.ClientError.Statement.SyntaxError: Invalid input MATCH (e:Event {id: $id})');
    const formatted = formatError(
      { message: secret.message, path: ['events'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] } },
      fromResolver(secret),
    );
    expect(formatted).toEqual({ message: 'Internal server error', path: ['events'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the message and code of an error the client can act on', () => {
    const error = new UserInputError('first must be between 1 and 100 (got 500)', 'first', 'PAGE_SIZE_EXCEEDED');
    const formatted = formatError(
      { message: error.message, path: ['events'], extensions: { ...error.extensions, stacktrace: ['x'] } },
      fromResolver(error),
    );
    expect(formatted.message).toBe(error.message);
    expect(formatted.extensions).toEqual({ code: 'PAGE_SIZE_EXCEEDED', argumentName: 'first' });
  });

  it('maps the driver errors that mean "no database" or "too slow" to client codes, by code', () => {
    expect(mapDriverError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' }), 5000)).toBeInstanceOf(
      DatabaseUnavailableError,
    );
    const timeout = mapDriverError(
      Object.assign(new Error('timed out'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' }),
      5000,
    );
    expect((timeout as GraphQLError).extensions['code']).toBe('DATABASE_TIMEOUT');
    const syntax = Object.assign(new Error('bad'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(mapDriverError(syntax, 5000)).toBe(syntax);
  });
});

describe('keyset cursors', () => {
  it('round-trip and refuse a cursor of another ordering or a forged one', () => {
    const cursor = encodeCursor('events:date-asc', '2025-01-01|2025-12-31|event:x');
    expect(decodeCursor('events:date-asc', cursor)).toBe('2025-01-01|2025-12-31|event:x');
    expect(() => decodeCursor('entities:name', cursor)).toThrow(/not a cursor/);
    expect(() => decodeCursor('events:date-asc', 'bm9wZQ')).toThrow(UserInputError);
    expect(decodeCursor('events:date-asc', null)).toBeNull();
  });
});
