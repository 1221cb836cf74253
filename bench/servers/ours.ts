// Child process: our API over HTTP (src/server.ts + src/http/), as `npm start` serves it, on loopback.
// Connection and port come from the parent in BENCH_* variables; prints "ready <port>" once listening.
import { join } from 'node:path';
import { pino } from 'pino';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createHttpApp } from '../../src/http/app.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { buildServer } from '../../src/server.js';
import { childSettings } from './settings.js';

const settings = childSettings();
const driver = openDriver(settings.connection, { connectionTimeoutMs: 10_000, maxPoolSize: 50 });
const executor = new Executor(driver, { database: settings.connection.database, queryTimeoutMs: settings.queryTimeoutMs });
const logger = pino({ level: 'warn' });
const apollo = buildServer({ logger, introspection: false });
const webRoot = join(PROJECT_ROOT, 'web', 'dist');
const app = await createHttpApp({ apollo, executor, logger, corsOrigins: [], embedOrigins: [], webRoot, graphiql: false });
await app.listen({ port: settings.port, host: '127.0.0.1' });
console.log(`ready ${settings.port}`);
process.on('SIGTERM', () => {
  void apollo.stop().finally(() => driver.close().finally(() => process.exit(0)));
});
