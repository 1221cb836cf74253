import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { queryLog, type Context } from './context.js';
import { createDataLayer, type Executor, type QueryObserver } from './db/index.js';
import { ErrorCode } from './errors.js';
import { costLimitPlugin, LIMIT_CODES, QUERY_LIMITS, TOO_MANY_TOKENS_MESSAGE, validationRules } from './limits/index.js';
import { SCHEMA_DIR } from './paths.js';
import { resolvers } from './resolvers/index.js';

/** The SDL files in schema/, in a stable order. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(SCHEMA_DIR, name), 'utf8'));
}

export interface ServerOptions {
  readonly logger: Logger;
  readonly introspection: boolean;
  readonly plugins?: readonly ApolloServerPlugin<Context>[];
}

/** Builds the Apollo server without listening, so tests can run operations through executeOperation. */
export function buildServer(options: ServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    csrfPrevention: true,
    // src/index.ts owns SIGINT/SIGTERM: it drains the API, then closes the driver and the local Neo4j.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules,
    formatError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The API sets no cache hints; the default cache-control plugin would still wrap every field resolution.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin<Context>(QUERY_LIMITS),
      errorLogging(options.logger),
      ...(options.plugins ?? []),
    ],
  });
}

/** The per-request context: a data layer whose queries report to `observer`, and the request's id. */
export function createContext(
  executor: Executor,
  logger: Logger,
  options: { requestId?: string | undefined; observer?: QueryObserver } = {},
): Context {
  const requestId = options.requestId ?? randomUUID();
  const requestLogger = logger.child({ requestId });
  const observer: QueryObserver = options.observer ?? queryLog(requestLogger);
  return { db: createDataLayer(executor.observedBy(observer)), requestId, logger: requestLogger };
}

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo's own codes for requests it rejects before execution.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The stable code of an error a client can act on, or undefined for an internal error. A limit or argument
 * error keeps its own code even where Apollo wraps it (validation failures, resolver errors).
 */
export function clientCode(error: unknown): string | undefined {
  // The innermost error first: a limit rejected during validation travels as the originalError of Apollo's own.
  const candidates = [(error as { originalError?: unknown } | null)?.originalError, unwrapResolverError(error), error];
  for (const candidate of candidates) {
    // Duck-typed rather than instanceof: a bundler or test runner may load two copies of graphql.
    const { code } = (candidate as { extensions?: { code?: unknown } } | null)?.extensions ?? {};
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const message = (candidate as { message?: unknown }).message;
      return code === 'GRAPHQL_PARSE_FAILED' && typeof message === 'string' && TOO_MANY_TOKENS_MESSAGE.test(message)
        ? ErrorCode.TOO_MANY_TOKENS
        : code;
    }
  }
  return undefined;
}

/**
 * What clients see of an error: errors they can act on keep their message and stable code; anything else is
 * masked as an internal error (no message, no stack), logged in full by errorLogging with the request id that
 * the response carries.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = clientCode(error);
  const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  if (code === undefined) {
    return { message: 'Internal server error', ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  const extensions = { ...formatted.extensions };
  delete extensions['stacktrace'];
  const limit = code === ErrorCode.TOO_MANY_TOKENS ? { maxTokens: QUERY_LIMITS.maxTokens } : {};
  return { message: formatted.message, ...where, extensions: { ...extensions, ...limit, code } };
}

/**
 * A request refused before execution by a limit answers with that refusal alone, one error per limit: graphql-js's
 * own rules may also report the same document (21 repeated @include are also 20 "can only be used once" errors).
 */
export function onlyLimitErrors(errors: readonly GraphQLFormattedError[]): readonly GraphQLFormattedError[] {
  const seen = new Set<unknown>();
  const limits = errors.filter((error) => {
    const code = error.extensions?.['code'];
    if (typeof code !== 'string' || !LIMIT_CODES.has(code) || seen.has(code)) return false;
    seen.add(code);
    return true;
  });
  return limits.length > 0 ? limits : errors;
}

/**
 * Logs every masked error in full, and gives the client the request id to quote when reporting it. A request
 * refused before execution (no data) lists only the limits it broke.
 */
function errorLogging(logger: Logger): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, contextValue, operationName }) => {
          for (const error of errors) {
            if (clientCode(error) !== undefined) continue;
            (contextValue?.logger ?? logger).error({ err: unwrapResolverError(error), path: error.path, operationName }, 'internal error');
          }
          return Promise.resolve();
        },
        willSendResponse: ({ response, contextValue }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if (!result.errors) return Promise.resolve();
          const errors = 'data' in result ? result.errors : onlyLimitErrors(result.errors);
          result.errors = errors.map((error) =>
            error.extensions?.['code'] === ErrorCode.INTERNAL_SERVER_ERROR && contextValue?.requestId
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error,
          );
          return Promise.resolve();
        },
      }),
  };
}
