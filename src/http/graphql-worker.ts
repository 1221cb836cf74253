import { workerData } from 'node:worker_threads';
import { pino, type Level } from 'pino';
import type { Neo4jConnection } from '../config.js';
import { openDriver, probeServer } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { buildServer } from '../server.js';
import { executeGraphql, type GraphqlTask, type GraphqlTaskResult } from './graphql-runner.js';

/** What a GraphQL worker needs to serve requests as the main thread would (see workerPoolRunner). */
export interface GraphqlWorkerData {
  readonly connection: Neo4jConnection;
  readonly connectionTimeoutMs: number;
  readonly queryTimeoutMs: number;
  readonly maxPoolSize: number;
  readonly logLevel: Level | 'silent';
  readonly introspection: boolean;
}

/*
 * A worker thread of the GraphQL pool: its own driver (same server, timeouts and pool size as the main thread's),
 * executor and Apollo server, built once when the pool starts it. Logs go to the process's stdout, as the main
 * thread's do. No top-level await: from TypeScript sources this module is loaded through require (graphql-worker-tsx.cjs).
 */
const data = workerData as GraphqlWorkerData;
const logger = pino({ level: data.logLevel });
const driver = openDriver(data.connection, { connectionTimeoutMs: data.connectionTimeoutMs, maxPoolSize: data.maxPoolSize });
const executor = new Executor(driver, {
  database: data.connection.database,
  queryTimeoutMs: data.queryTimeoutMs,
  acquisitionTimeoutMs: data.connectionTimeoutMs,
});
const apollo = buildServer({ logger, introspection: data.introspection });
const started = apollo.start();

export default async function run(task: GraphqlTask): Promise<GraphqlTaskResult> {
  await started;
  if (task.kind === 'ping') {
    await probeServer(driver, data.connection.database);
    return 'pong';
  }
  return executeGraphql(apollo, executor, logger, task.request);
}
