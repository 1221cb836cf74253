import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, SCALES, type ScaleSpec } from '../../bench/generate/generate.js';
import { loadConfig } from '../../src/config.js';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';
import { writeImportFiles } from '../../src/ingest/import-files.js';
import { importArguments, importDataset } from '../../src/ingest/import-tool.js';
import { DEFAULT_DATASET_FOLDER, readDataset, seedDataset } from '../../src/ingest/index.js';
import { localNeo4j, type LocalNeo4j, type RunningServer } from '../../src/local-neo4j/index.js';
import { exportGraph } from '../support/export.js';

// A first load through Neo4j's offline import tool gives the graph the transactional loader writes (export
// checksum), and a failed import leaves the database as it was. Two instances of this file's own.

const config = loadConfig();
const basePort = Number(process.env['NEO4J_IMPORT_TEST_BOLT_PORT'] ?? config.test.localBoltPort + 5);
const settings = (boltPort: number) => ({ ...config.local, boltPort, heap: '512m', pageCache: '64m' });
/** The benchmark generator's distributions at about 10,000 rows: aliases, several roles, relations, disputes. */
const GENERATED_SCALE: ScaleSpec = { entities: 300, events: 500, relationsPerEntity: 1, eventsPerSource: 50, eventsPerFile: 500 };
(SCALES as Record<string, ScaleSpec>)['IMPORT_TEST'] = GENERATED_SCALE;
let loaded: LocalNeo4j;
let imported: LocalNeo4j;
let folder: string;

async function withExecutor<T>(server: RunningServer, work: (executor: Executor, driver: Driver) => Promise<T>): Promise<T> {
  const driver = openDriver({ uri: server.uri, ...server.credentials, database: undefined }, { connectionTimeoutMs: 5_000 });
  try {
    return await work(new Executor(driver, { database: undefined, queryTimeoutMs: 60_000 }), driver);
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-test-'));
  loaded = localNeo4j(`loaded-${basePort}`, settings(basePort), () => undefined);
  imported = localNeo4j(`imported-${basePort}`, settings(basePort + 1), () => undefined);
  for (const instance of [loaded, imported]) {
    await instance.stop();
    await instance.reset();
  }
}, 180_000);

afterAll(async () => {
  for (const instance of [loaded, imported]) {
    await instance?.stop();
    await instance?.reset();
  }
  if (folder) await rm(folder, { recursive: true, force: true });
}, 180_000);

describe('first load through the import tool', () => {
  it('writes the graph the transactional loader writes (same export checksum)', async () => {
    const dataset = await readDataset(DEFAULT_DATASET_FOLDER);
    const expected = await withExecutor(await loaded.start(), async (executor) => {
      await applySchema(executor);
      await seedDataset(executor, DEFAULT_DATASET_FOLDER, { log: () => undefined });
      return exportGraph(executor);
    });
    expect(expected.nodes).toBeGreaterThan(100);

    const server = await imported.start();
    const summary = await withExecutor(server, (executor) => importDataset(executor, imported, dataset));
    expect(summary.rows).toBeGreaterThan(expected.nodes);
    const actual = await withExecutor(await imported.start(), (executor) => exportGraph(executor));
    expect(actual.lines.length).toBe(expected.lines.length);
    expect(actual.checksum).toBe(expected.checksum);
  }, 600_000);

  it('refuses a database that holds anything, and a failed import leaves the database as it was', async () => {
    const dataset = await readDataset(DEFAULT_DATASET_FOLDER);
    const server = await imported.start();
    const before = await withExecutor(server, (executor) => exportGraph(executor));
    expect(before.nodes).toBeGreaterThan(100);
    await expect(withExecutor(server, (executor) => importDataset(executor, imported, dataset))).rejects.toThrow(/only into an empty one/);

    // A relationship to a node no file holds: the import tool stops, and the staging store is dropped.
    const files = await writeImportFiles(dataset, join(folder, 'bad'));
    const mentions = files.relationships.find((file) => file.argument.startsWith('MENTIONED_IN='));
    await appendFile(mentions!.argument.slice('MENTIONED_IN='.length), '"person:abdellatif-hammouchi","no-such-excerpt","article"\n');
    await expect(imported.importDatabase(importArguments(files))).rejects.toThrow(/neo4j-admin database import failed/);
    const after = await withExecutor(await imported.start(), (executor) => exportGraph(executor));
    expect(after.checksum).toBe(before.checksum);
  }, 600_000);

  it("writes the graph the transactional loader writes for the benchmark generator's dataset (every shape it makes)", async () => {
    const out = join(folder, 'generated');
    const manifest = generateDataset({ scale: 'IMPORT_TEST', seed: 42, out });
    expect(manifest.counts['events']).toBe(GENERATED_SCALE.events);
    for (const instance of [loaded, imported]) {
      await instance.stop();
      await instance.reset();
    }
    const expected = await withExecutor(await loaded.start(), async (executor) => {
      await applySchema(executor);
      await seedDataset(executor, out, { log: () => undefined });
      return exportGraph(executor);
    });
    const dataset = await readDataset(out);
    await withExecutor(await imported.start(), (executor) => importDataset(executor, imported, dataset));
    const actual = await withExecutor(await imported.start(), (executor) => exportGraph(executor));
    expect(actual.nodes).toBe(expected.nodes);
    expect(actual.relationships).toBe(expected.relationships);
    // The first differing lines, if any, name what the two paths write differently.
    const expectedLines = new Set(expected.lines);
    expect(actual.lines.filter((line) => !expectedLines.has(line)).slice(0, 3)).toEqual([]);
    expect(actual.checksum).toBe(expected.checksum);
  }, 900_000);
});
