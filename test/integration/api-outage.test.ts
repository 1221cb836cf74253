import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';
import { localNeo4j, type LocalNeo4j } from '../../src/local-neo4j/index.js';
import { postGraphQL, startTestHttp } from '../support/api.js';

// A dead database: the API fails fast with a clear code, /health says 503, and once Neo4j is back the same
// process serves again without a restart. This file owns its own Neo4j instance so it can really stop it.

const config = loadConfig();
const port = Number(process.env['NEO4J_OUTAGE_TEST_BOLT_PORT'] ?? config.test.localBoltPort + 2);
let instance: LocalNeo4j;
let http: Awaited<ReturnType<typeof startTestHttp>>;
let close: () => Promise<void>;

beforeAll(async () => {
  instance = localNeo4j(`outage-${port}`, { ...config.local, boltPort: port, heap: '512m', pageCache: '64m' }, () => undefined);
  await instance.stop();
  await instance.reset();
  const server = await instance.start();
  const driver = openDriver({ uri: server.uri, ...server.credentials, database: undefined }, { connectionTimeoutMs: 2_000 });
  const executor = new Executor(driver, { database: undefined, queryTimeoutMs: 5_000 });
  await applySchema(executor);
  http = await startTestHttp(executor);
  close = () => driver.close();
}, 180_000);

afterAll(async () => {
  await http?.stop();
  await close?.();
  await instance?.stop();
  await instance?.reset();
}, 120_000);

const health = async () => {
  const response = await fetch(`${http.url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('when Neo4j goes away and comes back', () => {
  it('serves, fails fast while Neo4j is down, and recovers without a restart', async () => {
    expect((await health()).status).toBe(200);
    const before = await postGraphQL(http.url, '{ stats { entityCount } }');
    expect(before.body.errors).toBeUndefined();

    await instance.stop();

    const started = performance.now();
    const down = await postGraphQL(http.url, '{ stats { entityCount } search(text: "Interpol") { score } }');
    const elapsed = performance.now() - started;
    expect(down.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.body.errors?.[0]?.message).toMatch(/unavailable/i);
    expect(JSON.stringify(down.body)).not.toMatch(/bolt:|ECONNREFUSED|stack/i);
    expect(elapsed).toBeLessThan(5_000);
    console.log(`query with Neo4j down failed in ${elapsed.toFixed(0)} ms with DATABASE_UNAVAILABLE`);

    const unhealthy = await health();
    expect(unhealthy.status).toBe(503);
    expect(unhealthy.body).toMatchObject({ status: 'unavailable', neo4j: 'down' });

    await instance.start();
    let recovered = false;
    for (let attempt = 0; attempt < 60 && !recovered; attempt++) {
      recovered = (await health()).status === 200;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(recovered).toBe(true);
    const after = await postGraphQL(http.url, '{ stats { entityCount } }');
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.stats.entityCount).toBe(before.body.data.stats.entityCount);
  }, 180_000);
});
