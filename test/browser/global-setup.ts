import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { loadConfig } from '../../src/config.js';
import { openDriver, probeServer } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { localNeo4j, type LocalNeo4j } from '../../src/local-neo4j/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { seedDataset } from '../../src/ingest/index.js';
import { startTestHttp } from '../support/api.js';
import { prepareTestDatabase } from '../support/prepare.js';
import { EMBEDDED, ENV, SCREENSHOT_DIR, thirdPartyPage } from './support/env.js';

/**
 * Starts what the browser tests run against, and returns the teardown that stops it all:
 * - a Neo4j of their own (port NEO4J_BROWSER_LOCAL_BOLT_PORT, default 7698, so it never meets vitest's 7697),
 *   with the schema, the article and the hostile-data fixture (test/fixtures/seed/xss);
 * - the real HTTP server serving web/dist (built here when missing), which lets a third-party page embed its
 *   /embed/* pages and fetch its exports;
 * - the same server without any embedding or CORS origin, for the refused cases;
 * - the same server over a Neo4j that is down;
 * - the third-party page (another origin) that embeds and fetches.
 * Their URLs reach the tests through environment variables (see support/env.ts).
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  // BROWSER_TEST_WEB_ROOT serves another build of the explorer (e.g. one made with --outDir while web/ changes).
  const webRoot = process.env.BROWSER_TEST_WEB_ROOT ?? join(PROJECT_ROOT, 'web', 'dist');
  ensureWebBuild(webRoot);

  const stops: Array<() => Promise<unknown>> = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        console.error('browser tests teardown:', error);
      }
    }
  };
  try {
    const config = loadConfig();
    const boltPort = Number(process.env.NEO4J_BROWSER_LOCAL_BOLT_PORT ?? 7698);
    const instance: LocalNeo4j = localNeo4j(boltPort === 7698 ? 'browser' : `browser-${boltPort}`, {
      ...config.local,
      heap: '1g',
      pageCache: '256m',
      boltPort,
    });
    await instance.stop();
    await instance.reset();
    const server = await instance.start();
    stops.push(() => instance.stop());
    const connection = { uri: server.uri, ...server.credentials, database: undefined };

    const driver = openDriver(connection, { connectionTimeoutMs: 5_000 });
    stops.push(() => driver.close());
    const info = await probeServer(driver);
    console.log(`Browser tests run against Neo4j ${info.version} ${info.edition} at ${connection.uri}.`);
    await prepareTestDatabase(driver, undefined);
    // Generous: the tests check what pages show, not how fast a loaded CI machine answers.
    const executor = new Executor(driver, { database: undefined, queryTimeoutMs: 30_000 });
    await seedDataset(executor, join(PROJECT_ROOT, 'test', 'fixtures', 'seed', 'xss'), { log: () => undefined });

    // The third-party page must exist first: its origin is what the embedding server allows.
    const thirdParty = await listen(
      createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const page = thirdPartyPage(url);
        res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? '');
      }),
    );
    stops.push(() => close(thirdParty.server));

    // GraphQL in a worker thread, as npm start runs it.
    const explorer = await startTestHttp(executor, {
      corsOrigins: [thirdParty.origin],
      embedOrigins: [thirdParty.origin],
      webRoot,
      graphqlWorkers: { count: 1, connection },
    });
    stops.push(() => explorer.stop());
    const closed = await startTestHttp(executor, { webRoot });
    stops.push(() => closed.stop());

    // Nothing listens on port 9 (discard): every query fails at once with "service unavailable".
    const deadDriver = openDriver(
      { uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'unused', database: undefined },
      { connectionTimeoutMs: 1_000, maxRetryTimeMs: 0 },
    );
    stops.push(() => deadDriver.close());
    const down = await startTestHttp(new Executor(deadDriver, { database: undefined, queryTimeoutMs: 2_000 }), { webRoot });
    stops.push(() => down.stop());

    // A first answer warms the database's caches: the first test should not pay for a cold start.
    await fetch(`${explorer.url}${EMBEDDED.export}`).then((response) => response.arrayBuffer());

    process.env[ENV.explorer] = explorer.url;
    process.env[ENV.closed] = closed.url;
    process.env[ENV.down] = down.url;
    process.env[ENV.thirdParty] = thirdParty.origin;
    console.log(`Explorer at ${explorer.url} (embeddable by ${thirdParty.origin}); not embeddable at ${closed.url}; database down at ${down.url}.`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/** The explorer's bundle is what the server serves: build it when a clean checkout has none yet. */
function ensureWebBuild(webRoot: string): void {
  if (existsSync(join(webRoot, 'index.html'))) return;
  if (process.env.BROWSER_TEST_WEB_ROOT) throw new Error(`BROWSER_TEST_WEB_ROOT=${webRoot} holds no index.html`);
  console.log('web/dist is missing: npm run build:web');
  execFileSync('npm', ['run', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

async function listen(server: Server): Promise<{ server: Server; origin: string }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
