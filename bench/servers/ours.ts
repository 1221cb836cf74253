// Child process: our API over HTTP (src/server.ts + src/http.ts), as `npm start` serves it, on loopback.
// Connection and port come from the parent in BENCH_* variables; prints "ready <port>" once listening.
import { pino } from 'pino';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createHttpServer } from '../../src/http.js';
import { buildServer } from '../../src/server.js';
import { childSettings } from './settings.js';

const settings = childSettings();
const driver = openDriver(settings.connection, { connectionTimeoutMs: 10_000, maxPoolSize: 50 });
const executor = new Executor(driver, { database: settings.connection.database, queryTimeoutMs: settings.queryTimeoutMs });
const logger = pino({ level: 'warn' });
const apollo = buildServer({ logger, introspection: false });
const http = createHttpServer({ apollo, executor, logger, corsOrigins: [] });
await apollo.start();
http.keepAliveTimeout = 65_000;
http.listen(settings.port, '127.0.0.1', () => console.log(`ready ${settings.port}`));
process.on('SIGTERM', () => {
  void apollo.stop().finally(() => driver.close().finally(() => process.exit(0)));
});
