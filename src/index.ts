import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { ConnectionError, connectGraph, type Graph } from './connect.js';
import { applySchema } from './db/schema.js';
import type { FastifyInstance } from 'fastify';
import { createHttpApp } from './http/app.js';
import { inProcessRunner, workerPoolRunner, type GraphqlRunner } from './http/graphql-runner.js';
import { LocalNeo4jError } from './local-neo4j/index.js';
import { PROJECT_ROOT } from './paths.js';
import { seedIfEmpty, settleUnfinishedLoad } from './seed-on-start.js';
import { buildServer } from './server.js';

/**
 * `npm start`: a local Neo4j when NEO4J_URI is unset (started if needed), the schema, the article graph when the
 * database is empty, then the API and the explorer. Ctrl-C drains requests, closes the driver and stops a Neo4j this
 * command started.
 */
const say = (line: string) => console.log(line);
let graph: Graph | undefined;
let app: FastifyInstance | undefined;
let graphql: GraphqlRunner | undefined;
let stoppingSince = 0;

async function shutdown(signal: string): Promise<void> {
  // npm and the terminal may each deliver the same Ctrl-C; only a second press a moment later forces the exit.
  if (stoppingSince > 0) {
    if (Date.now() - stoppingSince < 1_500) return;
    say('Forced exit.');
    process.exit(1);
  }
  stoppingSince = Date.now();
  say(`\n${signal}: shutting down...`);
  await release();
  say('Stopped.');
  process.exit(0);
}

/** Drains the API (closing the HTTP app stops the GraphQL runner), closes the driver and stops the local Neo4j if this process started it. */
async function release(): Promise<void> {
  const stopping = app ? app.close() : graphql?.stop();
  await stopping?.catch((error: unknown) => console.error('stopping the API failed:', error));
  await graph?.close();
  if (graph?.local?.startedNow) await graph.local.instance.stop();
}

/** Builds the explorer into web/dist when it is missing (npm ci builds it too; a checkout without it still starts). */
function buildExplorerIfMissing(webRoot: string): void {
  if (existsSync(join(webRoot, 'index.html')) || webRoot !== join(PROJECT_ROOT, 'web', 'dist')) return;
  say('Building the explorer into web/dist (npm run build:web)...');
  const build = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (build.status !== 0) say('The explorer could not be built; the API still starts. Run npm run build:web to see why.');
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const config = loadConfig();
  buildExplorerIfMissing(config.webRoot);
  const logger = pino({ level: config.logLevel });
  graph = await connectGraph(config, say);
  say(`Connected to Neo4j ${graph.server.version} ${graph.server.edition} at ${graph.connection.uri}`);
  await applySchema(graph.executor);
  // Before anything reads: a load a crash left unfinished is undone (seedIfEmpty does it first too).
  if (config.seedOnStart) await seedIfEmpty(graph.executor, say);
  else await settleUnfinishedLoad(graph.executor, say);

  graphql =
    config.graphqlWorkers > 0
      ? await workerPoolRunner({
          workers: config.graphqlWorkers,
          concurrentPerWorker: config.overload.maxConcurrent + config.overload.maxQueued,
          data: {
            connection: graph.connection,
            connectionTimeoutMs: config.connectionTimeoutMs,
            queryTimeoutMs: config.queryTimeoutMs,
            maxPoolSize: config.maxPoolSize,
            logLevel: config.logLevel,
            introspection: config.introspection,
          },
        })
      : await inProcessRunner(buildServer({ logger, introspection: config.introspection }), graph.executor, logger);
  app = await createHttpApp({
    graphql,
    executor: graph.executor,
    logger,
    corsOrigins: config.corsOrigins,
    embedOrigins: config.embedOrigins,
    webRoot: config.webRoot,
    graphiql: config.graphiql,
    overload: config.overload,
  });
  await app.listen({ port: config.port, host: config.host }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE'
      ? new ConfigError([`PORT: ${config.port} is already in use on ${config.host}; set PORT to a free port`])
      : error;
  });
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const graphiql = config.graphiql ? `, GraphiQL at ${base}/graphiql` : '';
  say(`API ready: ${base}/graphql  (explorer at ${base}/${graphiql}, health at /health)`);
  if (!existsSync(join(config.webRoot, 'index.html'))) say(`The explorer is not built (${config.webRoot} has no index.html): run npm run build:web.`);
  say('Press Ctrl-C to stop.');
}

main().catch(async (error: unknown) => {
  const expected = error instanceof ConfigError || error instanceof ConnectionError || error instanceof LocalNeo4jError;
  console.error(expected ? (error as Error).message : error);
  await release().catch(() => undefined);
  process.exit(1);
});
