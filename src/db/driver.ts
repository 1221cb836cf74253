import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.js';

/** Connection options shared by the API, the seed loader, the tests and the benchmarks. */
export interface DriverOptions {
  readonly connectionTimeoutMs: number;
  /**
   * How long getting a connection may take, waiting for the pool or opening one (TCP, handshake, login): the
   * first part of a query's deadline (see Executor). Default: connectionTimeoutMs.
   */
  readonly acquisitionTimeoutMs?: number;
  readonly maxPoolSize?: number;
  readonly maxRetryTimeMs?: number;
}

export function openDriver(connection: Neo4jConnection, options: DriverOptions): Driver {
  const auth =
    connection.username !== undefined || connection.password !== undefined
      ? neo4j.auth.basic(connection.username ?? 'neo4j', connection.password ?? '')
      : undefined;
  return neo4j.driver(connection.uri, auth, {
    // Integers arrive as JS numbers; every integer this product stores (offsets, counts, years) is far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: options.connectionTimeoutMs,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? options.connectionTimeoutMs,
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    // Retry a transient failure (a leader switch, a database still starting) once, not for the driver's default
    // 30 s: a client gets DATABASE_UNAVAILABLE fast and retries, the API recovers by itself. The driver waits
    // 1 s ± 20 % before its first retry and stops retrying once this budget has passed, so a budget under 0.8 s
    // means exactly one retry (with 1 s, a short first wait allowed a second retry 2 s later: 1.0-3.3 s measured).
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 750,
    userAgent: 'security-cooperation-graph',
  });
}

export interface ServerInfo {
  readonly version: string;
  readonly edition: string;
  readonly address: string;
}

/** Proves the server answers a real query (not just that a port is open) and says what it is. */
export async function probeServer(driver: Driver, database?: string): Promise<ServerInfo> {
  const { records, summary } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    {},
    { database, routing: neo4j.routing.READ },
  );
  const record = records[0];
  return {
    version: String(record?.get('version') ?? 'unknown'),
    edition: String(record?.get('edition') ?? 'unknown'),
    address: summary.server.address ?? 'unknown',
  };
}

/** Replaces a fresh server's expired default password ("neo4j"), as Neo4j requires before first use. */
export async function replaceDefaultPassword(uri: string, newPassword: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery(
      'ALTER CURRENT USER SET PASSWORD FROM $current TO $next',
      { current: 'neo4j', next: newPassword },
      { database: 'system' },
    );
  } finally {
    await driver.close();
  }
}

/** True for the driver errors that mean "no server answered" rather than "the query was wrong". */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED;
}

export function isAuthFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Security.');
}

/** Errors the server marks as worth retrying (e.g. a database still starting). */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.TransientError.');
}
