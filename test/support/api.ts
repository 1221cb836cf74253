import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Executor } from '../../src/db/executor.js';
import { defaultOverload, type Neo4jConnection } from '../../src/config.js';
import { createHttpApp } from '../../src/http/app.js';
import { inProcessRunner, workerPoolRunner } from '../../src/http/graphql-runner.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildServer, createContext } from '../../src/server.js';
import { openTestGraph } from './graph.js';

export interface OperationResult<T = Record<string, unknown>> {
  readonly data: T | null | undefined;
  readonly errors: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
  /** How many Cypher queries the operation ran. */
  readonly queries: number;
}

export const silentLogger = pino({ level: 'silent' });

/** The real Apollo server over the test database, called in process (no HTTP), counting Cypher queries. */
export async function startTestApi(executor: Executor): Promise<{
  apollo: ApolloServer<Context>;
  run: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<OperationResult<T>>;
  stop: () => Promise<void>;
}> {
  const apollo = buildServer({ logger: silentLogger, introspection: true });
  await apollo.start();
  return {
    apollo,
    run: async <T>(query: string, variables?: Record<string, unknown>) => {
      let queries = 0;
      const contextValue = createContext(executor, silentLogger, { observer: { onQuery: () => (queries += 1) } });
      const response = await apollo.executeOperation({ query, ...(variables ? { variables } : {}) }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data: data as T | null | undefined, errors, queries };
    },
    stop: () => apollo.stop(),
  };
}

export interface TestHttpOptions {
  readonly corsOrigins?: readonly string[];
  readonly embedOrigins?: readonly string[];
  /** The explorer's files; web/dist by default (a missing folder gives the "not built" page). */
  readonly webRoot?: string;
  readonly graphiql?: boolean;
  /** Run GraphQL in worker threads as npm start does, each with its own driver on `connection` (the executor's database); in process when absent. */
  readonly graphqlWorkers?: { readonly count: number; readonly connection: Neo4jConnection };
}

/** The same server behind the real HTTP front door (src/http) on a free loopback port, GraphQL run in process. */
export async function startTestHttp(executor: Executor, options: TestHttpOptions = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const workers = options.graphqlWorkers;
  const graphql =
    workers && workers.count > 0
      ? await workerPoolRunner({
          workers: workers.count,
          concurrentPerWorker: 64,
          data: {
            connection: workers.connection,
            connectionTimeoutMs: 5_000,
            queryTimeoutMs: 10_000,
            maxPoolSize: 10,
            logLevel: 'silent',
            introspection: true,
          },
        })
      : await inProcessRunner(buildServer({ logger: silentLogger, introspection: true }), executor, silentLogger);
  const app = await createHttpApp({
    graphql,
    executor,
    logger: silentLogger,
    corsOrigins: options.corsOrigins ?? [],
    embedOrigins: options.embedOrigins ?? [],
    webRoot: options.webRoot ?? join(PROJECT_ROOT, 'web', 'dist'),
    graphiql: options.graphiql ?? true,
    healthTimeoutMs: 2_000,
    // Clients here may send bursts (the audit suite sends its requests at once): shedding is tested on its own (http-overload.test.ts).
    overload: { ...defaultOverload(50), maxConcurrent: 64 },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, stop: () => app.close() };
}

/** POSTs a GraphQL request the way any client would. */
export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

/**
 * Registers the hooks that open the test graph and start the in-process API before a file's tests and stop them
 * after; returns the executor and a `run` for the tests.
 */
export function useTestApi(): { executor: Executor; run: Awaited<ReturnType<typeof startTestApi>>['run'] } {
  const { driver, executor } = openTestGraph();
  let api: Awaited<ReturnType<typeof startTestApi>> | undefined;
  beforeAll(async () => {
    api = await startTestApi(executor);
  });
  afterAll(async () => {
    await api?.stop();
    await driver.close();
  });
  return {
    executor,
    run: (query, variables) => {
      if (!api) throw new Error('the test API is not started yet');
      return api.run(query, variables);
    },
  };
}
