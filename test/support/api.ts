import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Executor } from '../../src/db/executor.js';
import { createHttpServer } from '../../src/http.js';
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
      return { data: data as T | null | undefined, errors: errors as OperationResult['errors'], queries };
    },
    stop: () => apollo.stop(),
  };
}

/** The same server behind the real HTTP front door on a free port. */
export async function startTestHttp(executor: Executor, options: { corsOrigins?: readonly string[] } = {}): Promise<{
  url: string;
  server: Server;
  stop: () => Promise<void>;
}> {
  const apollo = buildServer({ logger: silentLogger, introspection: true });
  const server = createHttpServer({ apollo, executor, logger: silentLogger, corsOrigins: options.corsOrigins ?? [], healthTimeoutMs: 2_000 });
  await apollo.start();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, stop: () => apollo.stop() };
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
