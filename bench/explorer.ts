/// <reference lib="dom" />
// npm run bench:explorer [-- --url http://127.0.0.1:4000] [--runs 5] [--bolt-port 7699]
// What a reader's browser pays for the explorer's pages over the seeded article, in Chromium with a fresh cache
// each run: bytes of JS and CSS (gzip), GraphQL requests per page view, and the time until the page has drawn its
// data (median of the runs, after one unmeasured warm-up). Prints a Markdown table (docs/benchmarks.md keeps it).
// Without --url it starts its own Neo4j (a local `bench-explorer` instance), seeds the article and serves web/dist
// with the real HTTP app; with --url it measures that server as it is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { openDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { applySchema } from '../src/db/schema.js';
import { createHttpApp } from '../src/http/app.js';
import { inProcessRunner } from '../src/http/graphql-runner.js';
import { DEFAULT_DATASET_FOLDER, seedDataset } from '../src/ingest/index.js';
import { localNeo4j } from '../src/local-neo4j/index.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { buildServer } from '../src/server.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'bolt-port': { type: 'string', default: '7699' },
  },
});
const RUNS = Number(values.runs);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A page view and what "drawn" means for it: every selector matches an element. */
interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly drawn: readonly string[];
}

const GRAPH_DRAWN = '[data-testid="graph"] canvas';
const SCENARIOS: readonly Scenario[] = [
  {
    name: 'entity (person)',
    path: '/entity/person:abdellatif-hammouchi',
    drawn: [
      '[data-testid="entity-name"]',
      '[data-testid="relation"]',
      '[data-testid="timeline-bar"], [data-testid="timeline-undated-item"]',
      GRAPH_DRAWN,
    ],
  },
  {
    name: 'entity (organisation)',
    path: '/entity/org:dgsn',
    drawn: ['[data-testid="entity-name"]', '[data-testid="relation"]', '[data-testid="timeline"]', GRAPH_DRAWN],
  },
  { name: 'search', path: '/search?q=%D8%AD%D9%85%D9%88%D8%B4%D9%8A', drawn: ['[data-testid="search-result"]'] },
  {
    name: 'source reader',
    path: '/source/src:article-ma-security?start=2116&end=2241',
    drawn: ['[data-testid="source-text"]', 'mark[data-testid="excerpt"][data-active="true"]'],
  },
  {
    name: 'path finder',
    path: '/paths?from=person:abdellatif-hammouchi&to=major-event:paris-2024-olympics',
    drawn: ['[data-testid="path"] [data-testid="hop"]'],
  },
];

interface Run {
  readonly drawnMs: number;
  readonly graphql: number;
  readonly jsRaw: number;
  readonly jsGzip: number;
  readonly cssRaw: number;
  readonly cssGzip: number;
  /** Body bytes as the server sent them (compressed only if it compresses). */
  readonly jsCssWire: number;
  readonly compressed: boolean;
}

/**
 * Records performance.now() at the first moment every selector matches (a MutationObserver, no polling). A string,
 * not a function: tsx would wrap a function's inner names in a helper the page does not have.
 */
const watchDrawn = (selectors: readonly string[]) => `(() => {
  const selectors = ${JSON.stringify(selectors)};
  const observer = new MutationObserver(() => {
    if (window.__drawnAt === undefined && selectors.every((selector) => document.querySelector(selector))) {
      window.__drawnAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function measure(browser: Browser, base: string, scenario: Scenario): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } }); // a fresh cache
  const page = await context.newPage();
  await page.addInitScript(watchDrawn(scenario.drawn));
  let graphql = 0;
  const bodies: Promise<{ kind: 'js' | 'css'; raw: number; gzip: number; wire: number; compressed: boolean }>[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphql += 1;
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    bodies.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        const encoding = (await response.allHeaders())['content-encoding'];
        return {
          kind: type === 'script' ? 'js' : 'css',
          raw: body.length,
          gzip: gzipSync(body).length,
          wire: sizes.responseBodySize,
          compressed: Boolean(encoding && encoding !== 'identity'),
        };
      })(),
    );
  });
  await page.goto(`${base}${scenario.path}`);
  await page.waitForFunction(() => (window as unknown as { __drawnAt?: number }).__drawnAt !== undefined, undefined, { timeout: 60_000 });
  const drawnMs = await page.evaluate(() => (window as unknown as { __drawnAt: number }).__drawnAt);
  await page.waitForLoadState('networkidle');
  const assets = await Promise.all(bodies);
  await context.close();
  const sum = (kind: 'js' | 'css', key: 'raw' | 'gzip') => assets.filter((a) => a.kind === kind).reduce((total, a) => total + a[key], 0);
  return {
    drawnMs,
    graphql,
    jsRaw: sum('js', 'raw'),
    jsGzip: sum('js', 'gzip'),
    cssRaw: sum('css', 'raw'),
    cssGzip: sum('css', 'gzip'),
    jsCssWire: assets.reduce((total, a) => total + a.wire, 0),
    compressed: assets.some((a) => a.compressed),
  };
}

const median = (numbers: readonly number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Our own server over a fresh Neo4j seeded with the article; returns its URL and how to stop it all. */
async function startOwnServer(boltPort: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const webRoot = join(PROJECT_ROOT, 'web', 'dist');
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error('web/dist is not built: run npm run build:web first');
  const config = loadConfig();
  const instance = localNeo4j('bench-explorer', { ...config.local, heap: '1g', pageCache: '256m', boltPort });
  await instance.stop();
  await instance.reset();
  const server = await instance.start();
  const driver = openDriver({ uri: server.uri, ...server.credentials, database: undefined }, { connectionTimeoutMs: 5_000 });
  const stop = async () => {
    await driver.close();
    await instance.stop();
  };
  try {
    const executor = new Executor(driver, { database: undefined, queryTimeoutMs: 60_000 });
    await applySchema(executor);
    await seedDataset(executor, DEFAULT_DATASET_FOLDER, { log: () => undefined });
    const logger = pino({ level: 'silent' });
    const graphql = await inProcessRunner(buildServer({ logger, introspection: false }), executor, logger);
    const app = await createHttpApp({ graphql, executor, logger, corsOrigins: [], embedOrigins: [], webRoot, graphiql: false });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      url,
      stop: async () => {
        await app.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function main(): Promise<void> {
  const own = values.url ? undefined : await startOwnServer(Number(values['bolt-port']));
  const base = (values.url ?? own?.url ?? '').replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    console.log(
      `Chromium ${browser.version()} at ${CHROMIUM}; explorer at ${base}; ${RUNS} runs per page after one warm-up, fresh cache each run.\n`,
    );
    const rows: string[] = [];
    let compressed = false;
    for (const scenario of SCENARIOS) {
      await measure(browser, base, scenario);
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, base, scenario));
      const first = runs[0]!;
      compressed ||= runs.some((run) => run.compressed);
      const drawn = runs.map((run) => run.drawnMs);
      const graphql = [...new Set(runs.map((run) => run.graphql))].sort((a, b) => a - b).join('–');
      rows.push(
        `| ${scenario.name} | \`${decodeURI(scenario.path)}\` | ${kB(first.jsGzip)} (${kB(first.jsRaw)}) | ${kB(first.cssGzip)} (${kB(first.cssRaw)}) | ` +
          `**${kB(first.jsGzip + first.cssGzip)}** | ${kB(first.jsCssWire)} | ${graphql} | **${median(drawn).toFixed(0)} ms** (${Math.min(...drawn).toFixed(0)}–${Math.max(...drawn).toFixed(0)}) |`,
      );
    }
    console.log(
      '| page | address | JS gzip (raw) | CSS gzip (raw) | JS + CSS gzip | JS + CSS as served | GraphQL requests | drawn, median (min–max) |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);
    console.log(
      compressed
        ? '\nThe server compresses: "as served" is the compressed transfer; "gzip" is zlib level 6 of the bodies, for comparison.'
        : '\nThe server sends JS and CSS uncompressed ("as served"); the gzip columns are zlib level 6 of the served bodies, what a compressing proxy would send.',
    );
    console.log(
      '"drawn": from navigation start until every element the page exists for is in the DOM (entity: name, relations, timeline, graph canvas).',
    );
  } finally {
    await browser.close();
    await own?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
