import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, SCALES, type ScaleSpec } from '../../bench/generate/generate.js';
import { loadConfig } from '../../src/config.js';
import { cypher } from '../../src/db/cypher.js';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';
import {
  deleteDataset,
  LoadInProgressError,
  LoadNotUndoneError,
  readUnfinishedLoad,
  recoverUnfinishedLoad,
  seedDataset,
  type SeedOptions,
} from '../../src/ingest/index.js';
import { localNeo4j, type LocalNeo4j, type RunningServer } from '../../src/local-neo4j/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { exportGraph } from '../support/export.js';

// Loads that die half way: kill -9 of the Neo4j server, and of the loader's own process (the seed CLI as a child),
// in the middle of a first bulk load and of an update load. After a restart the unfinished load is undone and the
// graph is exactly as before the load (export checksum); the same load then succeeds. Neo4j runs at the project's
// default heap, on a port of this suite's own; the dataset is the benchmark generator's at a scale of its own
// (about 10,000 rows, a few seconds to load), written twice with two seeds: the second is an update of the first
// (ids in common with other content, ids only in one of them). The graph starts empty: the generated datasets use
// real country ids, which the article holds too, and a bulk load needs ids the graph does not hold.

const config = loadConfig();
const port = Number(process.env['NEO4J_FAULT_TEST_BOLT_PORT'] ?? config.test.localBoltPort + 48);
const DATASET = 'fx-fault';
const TUNING = { batchSize: 200, commitEvery: 600 } as const;
/** The batch after which the server is killed: several commits into the load. */
const KILL_AT_BATCH = 12;
/** About 10,000 rows: a dozen commits at TUNING, a few seconds to load on an idle machine. */
const FAULT_SCALE: ScaleSpec = { entities: 300, events: 500, relationsPerEntity: 1, eventsPerSource: 50, eventsPerFile: 500 };
(SCALES as Record<string, ScaleSpec>)['FAULT'] = FAULT_SCALE;

let instance: LocalNeo4j;
let driver: Driver;
let executor: Executor;
let scratch: string;
let v1: string;
let v2: string;
const checksums: Record<string, string> = {};
const say: string[] = [];
const log = (line: string) => void say.push(line);

async function connect(server: RunningServer): Promise<void> {
  await driver?.close();
  driver = openDriver({ uri: server.uri, ...server.credentials, database: undefined }, { connectionTimeoutMs: 5_000 });
  executor = new Executor(driver, { database: undefined, queryTimeoutMs: 60_000 });
}

const checksum = async () => (await exportGraph(executor)).checksum;
const journalCount = async () => (await executor.read(cypher`MATCH (n) WHERE n:Load OR n:LoadUndo RETURN count(n) AS n`)).records[0]?.get('n');

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'fault-test-'));
  v1 = join(scratch, 'v1', DATASET);
  v2 = join(scratch, 'v2', DATASET);
  generateDataset({ scale: 'FAULT', seed: 42, out: v1 });
  generateDataset({ scale: 'FAULT', seed: 43, out: v2 });
  instance = localNeo4j(`fault-${port}`, { ...config.local, boltPort: port, pageCache: '128m', startTimeoutSeconds: 300 }, () => undefined);
  await instance.stop();
  await instance.reset();
  await connect(await instance.start());
  await applySchema(executor);
  checksums['empty'] = await checksum();
}, 600_000);

afterAll(async () => {
  await driver?.close();
  await instance?.stop();
  await instance?.reset();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}, 120_000);

/** kill -9 of the server at a batch of an in-process load; the load fails, and so does its undo. */
async function loadKillingNeo4j(folder: string, options: SeedOptions): Promise<void> {
  const { pid } = (await instance.status()) as { pid: number };
  const load = seedDataset(executor, folder, {
    ...TUNING,
    ...options,
    log,
    afterBatch: ({ index }) => {
      if (index === KILL_AT_BATCH) process.kill(pid, 'SIGKILL');
    },
  });
  await expect(load).rejects.toThrow(LoadNotUndoneError);
  await connect(await instance.start());
}

/** The seed CLI in its own process (node, no wrapper process), killed with SIGKILL once the journal shows 2 commits. */
async function loadKillingLoader(folder: string, mode: 'bulk' | 'sync'): Promise<number> {
  const server = await instance.start();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'seed/cli.ts',
      '--mode',
      mode,
      '--batch-size',
      String(TUNING.batchSize),
      '--commit-every',
      String(TUNING.commitEvery),
      folder,
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USERNAME: server.credentials.username, NEO4J_PASSWORD: server.credentials.password },
      stdio: 'ignore',
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  for (;;) {
    const load = await readUnfinishedLoad(executor);
    if (load && load.commits >= 2) break;
    if (child.exitCode !== null) throw new Error('the loader finished before it could be killed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return child.pid ?? -1;
}

/** Undoes the unfinished load as the next start would, and checks the graph is the one before it. */
async function expectUndoneTo(expected: string, pid?: number): Promise<void> {
  const unfinished = await readUnfinishedLoad(executor);
  expect(unfinished).toMatchObject({ dataset: DATASET, ...(pid ? { pid } : {}) });
  expect(unfinished?.commits).toBeGreaterThanOrEqual(2);
  const undone = await recoverUnfinishedLoad(executor, log);
  expect(undone?.dataset).toBe(DATASET);
  expect(await journalCount()).toBe(0);
  expect(await checksum()).toBe(expected);
}

describe('a load killed half way', () => {
  it('kill -9 of Neo4j in a first bulk load: undone after the restart, then the load succeeds', async () => {
    await loadKillingNeo4j(v1, { mode: 'bulk' });
    await expectUndoneTo(checksums['empty']!);
    const summary = await seedDataset(executor, v1, { ...TUNING, mode: 'bulk', log });
    expect(summary).toMatchObject({ mode: 'bulk', created: summary.rows });
    expect(await journalCount()).toBe(0);
    checksums['v1'] = await checksum();
  }, 600_000);

  it('kill -9 of Neo4j in an update load: undone after the restart, then the load succeeds', async () => {
    await loadKillingNeo4j(v2, {});
    await expectUndoneTo(checksums['v1']!);
    // A second load while this one runs is refused, naming who runs it.
    let refused: unknown;
    const summary = await seedDataset(executor, v2, {
      ...TUNING,
      log,
      afterBatch: async ({ index }) => {
        if (index === 2) refused = await deleteDataset(executor, 'article').catch((error: unknown) => error);
      },
    });
    expect(refused).toBeInstanceOf(LoadInProgressError);
    expect((refused as Error).message).toMatch(
      new RegExp(`load of dataset "${DATASET}" is in progress: started at .* by pid ${process.pid} on host`),
    );
    expect(summary.mode).toBe('sync');
    expect(summary.updated + summary.deleted).toBeGreaterThan(100);
    expect(await journalCount()).toBe(0);
    checksums['v2'] = await checksum();
  }, 600_000);

  it('kill -9 of the loader in an update load: undone by the next start, then the load succeeds, to the same graph as bulk', async () => {
    const pid = await loadKillingLoader(v1, 'sync');
    await expectUndoneTo(checksums['v2']!, pid);
    await seedDataset(executor, v1, { ...TUNING, log });
    // Syncing v2 back to v1 gives exactly the graph v1's first load gave.
    expect(await checksum()).toBe(checksums['v1']);
  }, 600_000);

  it('kill -9 of the loader in a first bulk load: undone by the next start, then the load succeeds', async () => {
    // Removing the dataset is syncing it to nothing: back to the empty graph.
    await deleteDataset(executor, DATASET, { ...TUNING, log });
    expect(await checksum()).toBe(checksums['empty']);
    const pid = await loadKillingLoader(v1, 'bulk');
    await expectUndoneTo(checksums['empty']!, pid);
    await seedDataset(executor, v1, { ...TUNING, mode: 'bulk', log });
    expect(await checksum()).toBe(checksums['v1']);
  }, 600_000);
});
