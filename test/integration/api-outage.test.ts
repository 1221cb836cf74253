import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { cypher, statement } from '../../src/db/cypher.js';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';
import { localNeo4j, type LocalNeo4j } from '../../src/local-neo4j/index.js';
import { postGraphQL, startTestHttp } from '../support/api.js';

// A dead or stalled database: the API answers with a clear code within its deadline, /health says 503, and once
// Neo4j is back the same process serves again without a restart. This file owns its own Neo4j instance so it can
// really stop it.

const config = loadConfig();
const port = Number(process.env['NEO4J_OUTAGE_TEST_BOLT_PORT'] ?? config.test.localBoltPort + 2);
/** Short timeouts, so a stall costs seconds: the deadline of a query is their sum (see Executor). */
const QUERY_TIMEOUT_MS = 5_000;
const ACQUISITION_TIMEOUT_MS = 2_000;
/**
 * What may come on top of the deadline before the answer reaches the client: the error's way out through Apollo
 * and Fastify and a loopback round trip (a few ms), plus the event loop's lateness on a loaded 2-core machine
 * (GC pauses, the other Neo4j and vitest workers), which stays well under a second in practice.
 */
const MARGIN_MS = 1_000;

let instance: LocalNeo4j;
let pid: number;
let executor: Executor;
let http: Awaited<ReturnType<typeof startTestHttp>>;
let close: () => Promise<void>;

beforeAll(async () => {
  instance = localNeo4j(`outage-${port}`, { ...config.local, boltPort: port, heap: '512m', pageCache: '64m' }, () => undefined);
  await instance.stop();
  await instance.reset();
  const server = await instance.start();
  pid = server.pid;
  const driver = openDriver(
    { uri: server.uri, ...server.credentials, database: undefined },
    { connectionTimeoutMs: ACQUISITION_TIMEOUT_MS, acquisitionTimeoutMs: ACQUISITION_TIMEOUT_MS },
  );
  executor = new Executor(driver, { database: undefined, queryTimeoutMs: QUERY_TIMEOUT_MS, acquisitionTimeoutMs: ACQUISITION_TIMEOUT_MS });
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

/** A GraphQL request and how long its answer took. */
const timed = async (query: string) => {
  const started = performance.now();
  const response = await postGraphQL(http.url, query);
  return { ...response, elapsedMs: performance.now() - started };
};

const QUERY = '{ stats { entityCount } search(text: "Interpol") { score } }';

const codes = (body: { errors?: { extensions?: { code?: unknown } }[] }) => (body.errors ?? []).map((error) => error.extensions?.code);

/** Polls until `ready` holds, for up to `seconds`. */
async function eventually(ready: () => Promise<boolean> | boolean, seconds: number): Promise<boolean> {
  for (let attempt = 0; attempt < seconds * 2; attempt++) {
    if (await ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

describe('when Neo4j goes away and comes back', () => {
  it('answers within the deadline while the server is stalled (SIGSTOP), and serves again once it resumes', async () => {
    expect(await eventually(async () => (await postGraphQL(http.url, QUERY)).body.errors === undefined, 60)).toBe(true);
    // A query that runs for longer than the stall takes to set up: begun, then frozen mid-run.
    const slow = statement('test.slow', cypher`UNWIND range(1, 200000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i) AS n`);
    const started = performance.now();
    const inFlight = executor.read(slow).then(
      () => ({ code: 'none', elapsedMs: performance.now() - started }),
      (error: { extensions?: { code?: unknown } }) => ({ code: error.extensions?.code, elapsedMs: performance.now() - started }),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    process.kill(pid, 'SIGSTOP');
    try {
      const begun = await inFlight;
      expect(begun.code).toBe('DATABASE_TIMEOUT');
      expect(begun.elapsedMs).toBeLessThan(executor.deadlineMs + MARGIN_MS);

      // A new request finds no server that answers: no transaction can begin.
      const stalled = await timed(QUERY);
      expect(new Set(codes(stalled.body))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
      expect(stalled.elapsedMs).toBeLessThan(executor.deadlineMs + MARGIN_MS);
      console.log(
        `with Neo4j stalled: a query in flight failed in ${begun.elapsedMs.toFixed(0)} ms with DATABASE_TIMEOUT, ` +
          `a new one in ${stalled.elapsedMs.toFixed(0)} ms with DATABASE_UNAVAILABLE (deadline ${executor.deadlineMs} ms)`,
      );
      expect(executor.abandonedSessions).toBeGreaterThan(0);
      expect((await health()).status).toBe(503);
    } finally {
      process.kill(pid, 'SIGCONT');
    }

    // Once the server answers again, every abandoned session is closed and its connection back in the pool.
    expect(await eventually(() => executor.abandonedSessions === 0, 30)).toBe(true);
    expect(await eventually(async () => (await postGraphQL(http.url, '{ stats { entityCount } }')).body.errors === undefined, 30)).toBe(true);
  }, 180_000);

  it('serves, fails within the deadline while Neo4j is down, and recovers without a restart', async () => {
    // A fresh server plans its first queries slowly on a loaded machine: wait until it answers in time.
    expect(await eventually(async () => (await postGraphQL(http.url, QUERY)).body.errors === undefined, 60)).toBe(true);
    expect((await health()).status).toBe(200);
    const before = await postGraphQL(http.url, '{ stats { entityCount } }');
    expect(before.body.errors).toBeUndefined();

    await instance.stop();

    const down = await timed(QUERY);
    // The root fields fail with the code (graphql-js reports those that fail before `stats`, which is non-null,
    // nulls the answer), and nothing of the driver's message leaks.
    expect(new Set(codes(down.body))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    expect(down.body.errors?.[0]?.message).toMatch(/unavailable/i);
    expect(JSON.stringify(down.body)).not.toMatch(/bolt:|ECONNREFUSED|stack/i);
    expect(down.elapsedMs).toBeLessThan(executor.deadlineMs + MARGIN_MS);
    console.log(`query with Neo4j stopped failed in ${down.elapsedMs.toFixed(0)} ms with DATABASE_UNAVAILABLE`);

    const unhealthy = await health();
    expect(unhealthy.status).toBe(503);
    expect(unhealthy.body).toMatchObject({ status: 'unavailable', neo4j: 'down' });

    pid = (await instance.start()).pid;
    expect(await eventually(async () => (await health()).status === 200, 30)).toBe(true);
    // A restarted server plans its first queries cold (seconds on a loaded machine): the API answers once it can.
    let after = await postGraphQL(http.url, '{ stats { entityCount } }');
    expect(
      await eventually(async () => {
        after = await postGraphQL(http.url, '{ stats { entityCount } }');
        return after.body.errors === undefined;
      }, 60),
    ).toBe(true);
    expect(after.body.data.stats.entityCount).toBe(before.body.data.stats.entityCount);
  }, 300_000);
});
