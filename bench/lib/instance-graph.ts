import { loadConfig } from '../../src/config.js';
import { openDriver, probeServer } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { localNeo4j } from '../../src/local-neo4j/index.js';
import { openBenchGraph, type BenchGraph, type BenchGraphOptions } from './graph.js';

/**
 * openBenchGraph on a local instance of another name (e.g. one per port, so two benchmarks on one machine do not
 * share a server). The default instance `bench`, or NEO4J_BENCH_URI when set, goes through openBenchGraph itself.
 */
export async function openInstanceGraph(instance: string, options: BenchGraphOptions): Promise<BenchGraph> {
  if (instance === 'bench' || process.env['NEO4J_BENCH_URI']) return openBenchGraph(options);
  const config = loadConfig();
  const local = localNeo4j(
    instance,
    { ...config.local, boltPort: options.boltPort, heap: options.heap, pageCache: options.pageCache, startTimeoutSeconds: 300 },
    options.log,
  );
  const running = await local.start();
  if (!running.startedNow)
    options.log(`The ${instance} Neo4j was already running (pid ${running.pid}); its heap and page cache are what it was started with.`);
  const connection = { uri: running.uri, ...running.credentials, database: config.database };
  const driver = openDriver(connection, { connectionTimeoutMs: 10_000, maxPoolSize: 50 });
  const server = await probeServer(driver, connection.database);
  const executor = new Executor(driver, { database: connection.database, queryTimeoutMs: options.queryTimeoutMs });
  return {
    driver,
    executor,
    connection,
    server,
    local,
    close: async () => {
      await driver.close();
      if (running.startedNow) await local.stop();
    },
  };
}
