import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { loadConfig, type Neo4jConnection } from '../../src/config.js';
import { openDriver, probeServer, type ServerInfo } from '../../src/db/driver.js';
import { cypher } from '../../src/db/cypher.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';
import { localNeo4j, type LocalNeo4j } from '../../src/local-neo4j/index.js';
import { importDataset, readDataset, seedDataset, type SeedSummary } from '../../src/ingest/index.js';
import type { Manifest } from '../generate/generate.js';

/**
 * The benchmark's Neo4j: the server named by NEO4J_BENCH_URI (+ _USERNAME, _PASSWORD) when set, otherwise a
 * project-managed local instance `bench` that this process starts and stops. The dataset is loaded once, by the
 * product's own first-load path (Neo4j's import tool on the local instance, the seed loader's bulk mode on a
 * server) or by the seed loader when asked: the loaded dataset's fingerprint is kept in the database, and a later
 * run with the same dataset skips the load.
 */

const benchEnv = z.object({
  NEO4J_BENCH_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_BENCH_USERNAME: z.string().min(1).optional(),
  NEO4J_BENCH_PASSWORD: z.string().min(1).optional(),
});

export interface BenchGraphOptions {
  readonly heap: string;
  readonly pageCache: string;
  readonly boltPort: number;
  /** Query timeout of every contender's executor. */
  readonly queryTimeoutMs: number;
  readonly log: (line: string) => void;
}

export interface BenchGraph {
  readonly driver: Driver;
  readonly executor: Executor;
  readonly connection: Neo4jConnection;
  readonly server: ServerInfo;
  readonly local: LocalNeo4j | undefined;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function openBenchGraph(options: BenchGraphOptions): Promise<BenchGraph> {
  const config = loadConfig();
  const env = benchEnv.parse(process.env);
  let connection: Neo4jConnection;
  let local: LocalNeo4j | undefined;
  let startedNow = false;
  if (env.NEO4J_BENCH_URI) {
    connection = { uri: env.NEO4J_BENCH_URI, username: env.NEO4J_BENCH_USERNAME, password: env.NEO4J_BENCH_PASSWORD, database: config.database };
  } else {
    local = localNeo4j(
      'bench',
      { ...config.local, boltPort: options.boltPort, heap: options.heap, pageCache: options.pageCache, startTimeoutSeconds: 300 },
      options.log,
    );
    const server = await local.start();
    startedNow = server.startedNow;
    if (!startedNow) options.log(`The bench Neo4j was already running (pid ${server.pid}); its heap and page cache are what it was started with.`);
    connection = { uri: server.uri, ...server.credentials, database: config.database };
  }
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
      if (local && startedNow) await local.stop();
    },
  };
}

export interface LoadInfo {
  readonly loadedNow: boolean;
  /** The loader's summary (this run's, or the one stored with the data). */
  readonly summary: Pick<
    SeedSummary,
    'rows' | 'elapsedMs' | 'commitMs' | 'commits' | 'rowsPerSecond' | 'validationMs' | 'nodesCreated' | 'relationshipsCreated'
  > & {
    loadedAt: string;
    /** How the dataset was loaded (absent in summaries stored before the import tool path existed: the seed loader). */
    loader?: BenchLoader;
    heap?: string;
    /** Dataset loads (1 unless the dataset is written in parts). */
    transactions?: number;
    parts?: { dataset: string; rows: number; elapsedMs: number; commitMs: number; rowsPerSecond: number }[];
  };
}

/**
 * `import`: Neo4j's offline import tool, as `npm run seed` does for a large first load into the local Neo4j (only
 * there, and only for a dataset written in one part); `seed`: the seed loader's transactional bulk mode, as on a
 * remote server.
 */
export type BenchLoader = 'import' | 'seed';

const META = cypher`MATCH (m:BenchMeta {id: "dataset"}) RETURN m.fingerprint AS fingerprint, m.summary AS summary`;
const COUNTS = cypher`CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`;

/**
 * Makes the database hold exactly this dataset: nothing to do when its stored fingerprint matches; otherwise the
 * database is emptied (the local bench instance is reset; an external server only with `allowWipe`) and the
 * dataset is loaded by the real loader (bulk mode, as for any large first load), then the fingerprint is stored.
 */
export async function ensureLoaded(
  graph: BenchGraph,
  folder: string,
  manifest: Manifest,
  options: { allowWipe: boolean; heap: string; log: (line: string) => void; reopen: () => Promise<BenchGraph>; loader?: BenchLoader },
): Promise<{ graph: BenchGraph; load: LoadInfo }> {
  const loader: BenchLoader = options.loader ?? (graph.local && !manifest.parts ? 'import' : 'seed');
  if (loader === 'import' && (!graph.local || manifest.parts)) {
    throw new Error('--loader import needs the local bench instance and a dataset written in one part');
  }
  const { records } = await graph.executor.read(META);
  const stored = records[0];
  if (stored?.get('fingerprint') === manifest.fingerprint) {
    options.log(`The bench database already holds dataset ${manifest.scale}-${manifest.seed} (${manifest.fingerprint.slice(0, 19)}…): no load.`);
    // What the current schema adds to a graph loaded before it (e.g. the timeline keys and counts).
    await applySchema(graph.executor);
    return { graph, load: { loadedNow: false, summary: JSON.parse(String(stored.get('summary'))) as LoadInfo['summary'] } };
  }
  const { records: counted } = await graph.executor.read(cypher`MATCH (n) RETURN count(n) AS nodes`);
  const nodes = Number(counted[0]?.get('nodes') ?? 0);
  if (nodes > 0) {
    if (graph.local) {
      options.log(`The bench database holds another dataset (${nodes} nodes): resetting the local bench instance.`);
      await graph.driver.close();
      await graph.local.stop();
      await graph.local.reset();
      graph = await options.reopen();
    } else if (options.allowWipe) {
      options.log(`Emptying ${graph.connection.uri} (${nodes} nodes), as --wipe allows...`);
      await graph.executor.autoCommit(cypher`MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
    } else {
      throw new Error(
        `${graph.connection.uri} holds ${nodes} nodes of another dataset; pass --wipe to empty it first (everything in it is deleted).`,
      );
    }
  }
  if (loader === 'import' && graph.local) return { graph, load: await importFirstLoad(graph, graph.local, folder, manifest, options) };
  await applySchema(graph.executor);
  // A dataset written in parts is loaded part after part, each part one load of the seed loader.
  const folders = manifest.parts ? manifest.parts.map((part) => join(folder, part)) : [folder];
  const summaries: SeedSummary[] = [];
  for (const [i, partFolder] of folders.entries()) {
    options.log(`Loading ${partFolder} through the seed loader${folders.length > 1 ? ` (part ${i + 1} of ${folders.length})` : ''}...`);
    const summary = await seedDataset(graph.executor, partFolder, { timeoutMs: 60 * 60_000, log: (line) => options.log(`  ${line}`) });
    options.log(
      `  ${summary.rows} rows in ${(summary.elapsedMs / 1000).toFixed(1)} s (${summary.mode === 'bulk' ? 'bulk mode, ' : ''}${summary.commits} commit(s) taking ${(summary.commitMs / 1000).toFixed(1)} s, +${(summary.validationMs / 1000).toFixed(1)} s validation): ${summary.rowsPerSecond} rows/s`,
    );
    summaries.push(summary);
  }
  await graph.executor.write(cypher`CALL db.awaitIndexes(600)`);
  const sum = (field: 'rows' | 'elapsedMs' | 'commitMs' | 'commits' | 'validationMs' | 'nodesCreated' | 'relationshipsCreated') =>
    summaries.reduce((total, s) => total + s[field], 0);
  const stored2: LoadInfo['summary'] = {
    rows: sum('rows'),
    elapsedMs: sum('elapsedMs'),
    commitMs: sum('commitMs'),
    commits: sum('commits'),
    rowsPerSecond: Math.round((sum('rows') / sum('elapsedMs')) * 1000),
    validationMs: sum('validationMs'),
    nodesCreated: sum('nodesCreated'),
    relationshipsCreated: sum('relationshipsCreated'),
    loadedAt: new Date().toISOString(),
    loader: 'seed',
    heap: options.heap,
    transactions: summaries.length,
    parts: summaries.map((s) => ({
      dataset: s.dataset,
      rows: s.rows,
      elapsedMs: Math.round(s.elapsedMs),
      commitMs: Math.round(s.commitMs),
      rowsPerSecond: s.rowsPerSecond,
    })),
  };
  await storeMeta(graph, manifest, stored2);
  options.log(
    `Loaded ${stored2.rows} rows in ${(stored2.elapsedMs / 1000).toFixed(1)} s in ${summaries.length} dataset load(s) (+${(stored2.validationMs / 1000).toFixed(1)} s validation): ` +
      `${stored2.rowsPerSecond} rows/s; ${stored2.nodesCreated} nodes, ${stored2.relationshipsCreated} relationships.`,
  );
  return { graph, load: { loadedNow: true, summary: stored2 } };
}

async function storeMeta(graph: BenchGraph, manifest: Manifest, summary: LoadInfo['summary']): Promise<void> {
  await graph.executor.write(
    cypher`MERGE (m:BenchMeta {id: "dataset"}) SET m.fingerprint = $fingerprint, m.scale = $scale, m.seed = $seed, m.summary = $summary`,
    { fingerprint: manifest.fingerprint, scale: manifest.scale, seed: manifest.seed, summary: JSON.stringify(summary) },
  );
}

/**
 * A first load through the import tool into the (empty) local bench instance, timed end to end as `npm run seed`
 * does it: validation, the CSV files, the import with the restart, then the schema and its indexes online.
 */
async function importFirstLoad(
  graph: BenchGraph,
  local: LocalNeo4j,
  folder: string,
  manifest: Manifest,
  options: { heap: string; log: (line: string) => void },
): Promise<LoadInfo> {
  options.log(`Loading ${folder} through Neo4j's import tool...`);
  const started = performance.now();
  const dataset = await readDataset(folder);
  const validationMs = performance.now() - started;
  const imported = await importDataset(graph.executor, local, dataset, { log: (line) => options.log(`  ${line}`) });
  const { records } = await graph.executor.read(COUNTS);
  const elapsedMs = validationMs + imported.elapsedMs;
  const summary: LoadInfo['summary'] = {
    rows: imported.rows,
    // The import's own time (files, import and restart, schema), without validation, as the seed loader's.
    elapsedMs: imported.elapsedMs,
    commitMs: imported.importMs,
    commits: 0,
    rowsPerSecond: imported.rowsPerSecond,
    validationMs,
    nodesCreated: Number(records[0]?.get('nodes') ?? 0),
    relationshipsCreated: Number(records[0]?.get('relationships') ?? 0),
    loadedAt: new Date().toISOString(),
    loader: 'import',
    heap: options.heap,
    transactions: 1,
  };
  await storeMeta(graph, manifest, summary);
  options.log(
    `Imported ${summary.rows} rows in ${(elapsedMs / 1000).toFixed(1)} s end to end (validation ${(validationMs / 1000).toFixed(1)} s, files ` +
      `${(imported.filesMs / 1000).toFixed(1)} s, import and restart ${(imported.importMs / 1000).toFixed(1)} s, schema ${(imported.schemaMs / 1000).toFixed(1)} s): ` +
      `${Math.round((summary.rows / elapsedMs) * 1000)} rows/s end to end; ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} relationships.`,
  );
  return { loadedNow: true, summary };
}

/** Heap and page cache the local bench Neo4j actually runs with (it may have been started by an earlier run). */
export async function runningMemory(graph: BenchGraph): Promise<{ heap: string; pageCache: string } | undefined> {
  if (!graph.local) return undefined;
  const status = await graph.local.status();
  if (status.state !== 'running') return undefined;
  try {
    const cmdline = readFileSync(`/proc/${status.pid}/cmdline`, 'utf8').split('\u0000');
    const conf = readFileSync(join(graph.local.home, 'conf', 'neo4j.conf'), 'utf8');
    return {
      heap: cmdline.find((arg) => arg.startsWith('-Xmx'))?.slice(4) ?? '?',
      pageCache: /^server\.memory\.pagecache\.size=(.*)$/m.exec(conf)?.[1] ?? '?',
    };
  } catch {
    return undefined;
  }
}
