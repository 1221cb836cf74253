import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { cypher } from '../../src/db/cypher.js';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { localNeo4j, type LocalNeo4j, type RunningServer } from '../../src/local-neo4j/index.js';
import { exportGraph } from '../support/export.js';
import { prepareTestDatabase } from '../support/prepare.js';

// db:dump and db:restore: a dump of the seeded article restored into an empty instance, and over a changed one,
// gives the same graph (export checksum). Two instances of this file's own, on ports of their own.

const config = loadConfig();
const basePort = Number(process.env['NEO4J_BACKUP_TEST_BOLT_PORT'] ?? config.test.localBoltPort + 3);
const settings = (boltPort: number) => ({ ...config.local, boltPort, heap: '512m', pageCache: '64m' });
let source: LocalNeo4j;
let target: LocalNeo4j;
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
  folder = await mkdtemp(join(tmpdir(), 'backup-test-'));
  source = localNeo4j(`backup-${basePort}`, settings(basePort), () => undefined);
  target = localNeo4j(`restore-${basePort}`, settings(basePort + 1), () => undefined);
  for (const instance of [source, target]) {
    await instance.stop();
    await instance.reset();
  }
}, 180_000);

afterAll(async () => {
  for (const instance of [source, target]) {
    await instance?.stop();
    await instance?.reset();
  }
  if (folder) await rm(folder, { recursive: true, force: true });
}, 180_000);

describe('db:dump and db:restore', () => {
  it('restores a dump into an empty instance and over a changed one with the same export checksum', async () => {
    const seeded = await source.start();
    const original = await withExecutor(seeded, async (executor, driver) => {
      await prepareTestDatabase(driver, undefined);
      return exportGraph(executor);
    });
    expect(original.nodes).toBeGreaterThan(100);

    // Community dumps offline; a running server would be stopped and started again around the dump.
    await source.stop();
    const file = join(folder, 'article.dump');
    await source.dump(file);
    expect(existsSync(file)).toBe(true);

    // Into an instance that never ran.
    await target.restore(file);
    const restored = await target.start();
    expect(await withExecutor(restored, (executor) => exportGraph(executor))).toEqual(original);

    // Over a database that changed since: the dump wins, whole.
    await withExecutor(restored, (executor) => executor.write(cypher`MATCH (e:Entity {id: 'org:dgsn'}) DETACH DELETE e`));
    expect((await withExecutor(restored, (executor) => exportGraph(executor))).checksum).not.toBe(original.checksum);
    await target.restore(file);
    expect((await target.status()).state).toBe('running');
    expect((await withExecutor(await target.start(), (executor) => exportGraph(executor))).checksum).toBe(original.checksum);
  }, 600_000);

  it('names a missing dump file', async () => {
    await expect(target.restore(join(folder, 'nope.dump'))).rejects.toThrow(/no dump at .*nope\.dump/);
  });
});
