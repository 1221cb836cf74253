import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { Piscina } from 'piscina';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import type { Executor } from '../db/index.js';
import { createContext } from '../server.js';
import type { GraphqlWorkerData } from './graphql-worker.js';

/** A GraphQL request over HTTP as plain data, so that it can cross to a worker thread. */
export interface GraphqlExchangeRequest {
  readonly method: string;
  readonly headers: readonly (readonly [string, string])[];
  /** The URL's query string, '?' included ('' when none). */
  readonly search: string;
  /** The parsed JSON body (POST), or undefined (GET). */
  readonly body: unknown;
  readonly requestId: string;
}

export interface GraphqlExchangeResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** Runs GraphQL requests: in this thread, or in a pool of worker threads. */
export interface GraphqlRunner {
  run(request: GraphqlExchangeRequest): Promise<GraphqlExchangeResponse>;
  /** After the HTTP app has drained its requests: stops Apollo (and the workers with their drivers). */
  stop(): Promise<void>;
}

/** One request through Apollo: what both runners do, in whichever thread holds `apollo`. */
export async function executeGraphql(
  apollo: ApolloServer<Context>,
  executor: Executor,
  logger: Logger,
  request: GraphqlExchangeRequest,
): Promise<GraphqlExchangeResponse> {
  const headers = new HeaderMap();
  for (const [name, value] of request.headers) headers.set(name, value);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method, headers, search: request.search, body: request.body },
    context: () => Promise.resolve(createContext(executor, logger, { requestId: request.requestId })),
  });
  // Incremental delivery (@defer, @stream) needs graphql 17; with graphql 16 every answer is complete.
  if (response.body.kind !== 'complete') throw new Error('an incremental GraphQL response cannot be relayed');
  return { status: response.status ?? 200, headers: [...response.headers], body: response.body.string };
}

/** Runs requests in this thread: for tests, and for GRAPHQL_WORKERS=0. Starts `apollo`. */
export async function inProcessRunner(apollo: ApolloServer<Context>, executor: Executor, logger: Logger): Promise<GraphqlRunner> {
  await apollo.start();
  return { run: (request) => executeGraphql(apollo, executor, logger, request), stop: () => apollo.stop() };
}

/**
 * Runs requests in worker threads, each with its own Apollo server and Neo4j driver, so that parsing, validating,
 * executing and serialising never hold the main thread: it keeps only HTTP and the overload guard, and answers a
 * refusal at once even while the workers are busy. A worker takes many requests at a time (they mostly wait on
 * Neo4j). Resolves once every worker has reached Neo4j; rejects with the first worker's failure otherwise.
 */
export async function workerPoolRunner(options: {
  readonly workers: number;
  /** Requests in flight per worker: the overload guard's bound, so that none ever waits in the pool's queue. */
  readonly concurrentPerWorker: number;
  readonly data: GraphqlWorkerData;
}): Promise<GraphqlRunner> {
  const pool = new Piscina<GraphqlTask, GraphqlTaskResult>({
    filename: workerFile(),
    execArgv: workerExecArgv(process.execArgv),
    minThreads: options.workers,
    maxThreads: options.workers,
    // Workers live as long as the API: a fresh one would open a new driver and meet cold caches.
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: options.concurrentPerWorker,
    // A worker waits on Neo4j between tasks; Atomics.wait would stop its event loop.
    atomics: 'disabled',
    workerData: options.data,
  });
  try {
    // A ping per worker proves each has opened its driver and reached Neo4j before the API says it is ready.
    await Promise.all(Array.from({ length: options.workers }, () => pool.run({ kind: 'ping' })));
  } catch (error) {
    await pool.destroy();
    throw error;
  }
  return {
    run: async (request) => {
      const result = await pool.run({ kind: 'request', request });
      if (result === 'pong') throw new Error('a GraphQL worker answered a request with pong');
      return result;
    },
    // In-flight work has drained by now; a worker's driver sockets close with its thread.
    stop: () => pool.destroy(),
  };
}

export type GraphqlTask = { readonly kind: 'ping' } | { readonly kind: 'request'; readonly request: GraphqlExchangeRequest };
export type GraphqlTaskResult = GraphqlExchangeResponse | 'pong';

/** graphql-worker.js once compiled; from TypeScript sources, a CommonJS shim that loads graphql-worker.ts through tsx. */
function workerFile(): string {
  const compiled = extname(import.meta.url) === '.js';
  return fileURLToPath(new URL(compiled ? './graphql-worker.js' : './graphql-worker-tsx.cjs', import.meta.url));
}

/**
 * The main thread's profiling flags (--cpu-prof and --heap-prof with their options), so a profiled API profiles its
 * workers too. Nothing else: a worker refuses process-wide flags (--max-old-space-size), and Node 20 cannot run
 * TypeScript preloads (--import tsx, or what tsx would load) in a worker, which needs none: graphql-worker-tsx.cjs
 * registers tsx itself.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  return execArgv.filter((arg) => /^--(cpu|heap)-prof(-[a-z]+)?(=|$)/.test(arg));
}
