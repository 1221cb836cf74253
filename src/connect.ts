import type { Driver } from 'neo4j-driver';
import type { Config, Neo4jConnection } from './config.js';
import { isAuthFailure, isUnavailable, openDriver, probeServer, type ServerInfo } from './db/driver.js';
import { Executor } from './db/executor.js';
import { localNeo4j, type LocalNeo4j } from './local-neo4j/index.js';

/** An open connection to the graph, and the local server behind it when this process started one. */
export interface Graph {
  readonly driver: Driver;
  readonly executor: Executor;
  readonly connection: Neo4jConnection;
  readonly server: ServerInfo;
  /** The local instance, when NEO4J_URI is unset; `startedNow` when this call started it. */
  readonly local: { readonly instance: LocalNeo4j; readonly startedNow: boolean } | undefined;
  close(): Promise<void>;
}

export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
}

/**
 * Connects to NEO4J_URI when set (starting nothing), otherwise to the project's local `dev` Neo4j, starting it
 * when it is not running. Proves the server answers a query before returning; fails within the connection
 * timeout with a message naming the URI and what to do.
 */
export async function connectGraph(config: Config, log: (line: string) => void): Promise<Graph> {
  let connection: Neo4jConnection;
  let local: Graph['local'];
  if (config.neo4j) {
    connection = config.neo4j;
  } else {
    const instance = localNeo4j('dev', config.local, log);
    const server = await instance.start();
    connection = { uri: server.uri, ...server.credentials, database: config.database };
    local = { instance, startedNow: server.startedNow };
  }
  const driver = openDriver(connection, { connectionTimeoutMs: config.connectionTimeoutMs, maxPoolSize: config.maxPoolSize });
  let server: ServerInfo;
  try {
    server = await probeServer(driver, connection.database);
  } catch (error) {
    await driver.close();
    throw new ConnectionError(describeFailure(connection.uri, error, config.neo4j !== undefined));
  }
  const executor = new Executor(driver, {
    database: connection.database,
    queryTimeoutMs: config.queryTimeoutMs,
    acquisitionTimeoutMs: config.connectionTimeoutMs,
  });
  return { driver, executor, connection, server, local, close: () => driver.close() };
}

function describeFailure(uri: string, error: unknown, fromEnvironment: boolean): string {
  const message = (error as Error).message;
  // The driver's message is long and generic; its cause (e.g. "connect ECONNREFUSED 127.0.0.1:7687") is what helps.
  const detail = /Caused by: (.*)$/s.exec(message)?.[1]?.trim() ?? message.split('\n')[0];
  const source = fromEnvironment ? ' (NEO4J_URI)' : '';
  if (isAuthFailure(error)) {
    return `Neo4j at ${uri}${source} refused the credentials: ${detail}\nCheck NEO4J_USERNAME and NEO4J_PASSWORD.`;
  }
  if (isUnavailable(error)) {
    return (
      `Cannot reach Neo4j at ${uri}${source}: ${detail}\n` +
      (fromEnvironment
        ? 'Check that the server is running and that NEO4J_URI is right, or unset NEO4J_URI to let npm start run a local Neo4j.'
        : 'The local Neo4j did not answer; see .neo4j/dev/logs/neo4j.log, or run npm run db:status.')
    );
  }
  return `Neo4j at ${uri}${source} failed to answer a test query: ${detail}`;
}
