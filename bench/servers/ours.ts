// Child process: our API over HTTP (src/server.ts + src/http/), as `npm start` serves it, on loopback: GraphQL in
// worker threads (GRAPHQL_WORKERS, by default as npm start chooses; 0 runs it on the main thread).
// Connection and port come from the parent in BENCH_* variables; prints "ready <port>" once listening.
import { join } from 'node:path';
import { pino } from 'pino';
import { defaultGraphqlWorkers, defaultOverload } from '../../src/config.js';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createHttpApp } from '../../src/http/app.js';
import { inProcessRunner, workerPoolRunner } from '../../src/http/graphql-runner.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildServer } from '../../src/server.js';
import { childSettings } from './settings.js';

const settings = childSettings();
const driver = openDriver(settings.connection, { connectionTimeoutMs: 10_000, maxPoolSize: 50 });
const executor = new Executor(driver, { database: settings.connection.database, queryTimeoutMs: settings.queryTimeoutMs });
const logger = pino({ level: 'warn' });
// The benchmark's highest concurrency is far below this bound: the guard is there, as in npm start, but never sheds.
const overload = { ...defaultOverload(50), maxConcurrent: 64 };
const workers = process.env['GRAPHQL_WORKERS'] === undefined ? defaultGraphqlWorkers() : Number(process.env['GRAPHQL_WORKERS']);
const graphql =
  workers > 0
    ? await workerPoolRunner({
        workers,
        concurrentPerWorker: overload.maxConcurrent,
        data: {
          connection: settings.connection,
          connectionTimeoutMs: 10_000,
          queryTimeoutMs: settings.queryTimeoutMs,
          maxPoolSize: 50,
          logLevel: 'warn',
          introspection: false,
        },
      })
    : await inProcessRunner(buildServer({ logger, introspection: false }), executor, logger);
const webRoot = join(PROJECT_ROOT, 'web', 'dist');
const app = await createHttpApp({ graphql, executor, logger, corsOrigins: [], embedOrigins: [], webRoot, graphiql: false, overload });
await app.listen({ port: settings.port, host: '127.0.0.1' });
console.log(`ready ${settings.port}`);
process.on('SIGTERM', () => {
  void app.close().finally(() => driver.close().finally(() => process.exit(0)));
});
