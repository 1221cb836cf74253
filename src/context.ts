import type { Logger } from 'pino';
import type { DataLayer, QueryObserver } from './db/index.js';

/** What every resolver receives: the data layer bound to this request, and the request's id and logger. */
export interface Context {
  readonly db: DataLayer;
  readonly requestId: string;
  readonly logger: Logger;
}

/**
 * The debug log of a request's queries, one line each: the statement's name, its duration in ms, the names of
 * its parameters (never their values: search texts and ids are the users' own) and its outcome. The request id
 * comes from the logger (a child bound to it), so the lines of one request are found by its id.
 */
export function queryLog(logger: Logger): QueryObserver {
  return {
    onQuery: (name, elapsedMs, { parameters, outcome }) =>
      logger.debug({ statement: name, elapsedMs: Math.round(elapsedMs * 10) / 10, parameters, outcome }, 'cypher query'),
  };
}
