import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { QueryResult, RecordShape } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverloadSettings } from '../../src/config.js';
import type { Cypher } from '../../src/db/cypher.js';
import { Executor, type Params } from '../../src/db/executor.js';
import { DatabaseUnavailableError } from '../../src/errors.js';
import { createHttpApp } from '../../src/http/app.js';
import { inProcessRunner } from '../../src/http/graphql-runner.js';
import { buildServer } from '../../src/server.js';
import { silentLogger } from '../support/api.js';
import { openTestGraph } from '../support/graph.js';

// Overload protection: beyond the bound, /graphql and /export/* answer 503 with Retry-After and the code OVERLOADED
// at once, before any database query; health and the explorer's files are still served; a slot comes back when its
// request ends, whether it succeeded, failed or its client went away.

const ENTITY = '{ entity(id: "org:dgsn") { id } }';
const { driver, executor } = openTestGraph();
const webRoot = mkdtempSync(join(tmpdir(), 'http-overload-web-'));
const stops: (() => Promise<void>)[] = [];

/** The real executor behind a gate: reads wait while it is shut; each read is counted, and can be made to fail. */
class GatedExecutor extends Executor {
  reads = 0;
  waiting = 0;
  failing = false;
  private opened: Promise<void> = Promise.resolve();
  private open: () => void = () => {};

  override observedBy(): Executor {
    return this;
  }

  shut(): void {
    this.opened = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open();
  }

  override async read<R extends RecordShape = RecordShape>(cypher: Cypher, params?: Params): Promise<QueryResult<R>> {
    this.reads++;
    this.waiting++;
    await this.opened;
    this.waiting--;
    if (this.failing) throw new DatabaseUnavailableError();
    return executor.read<R>(cypher, params);
  }
}

async function startApp(overload: Partial<OverloadSettings>): Promise<{ url: string; gated: GatedExecutor }> {
  const gated = new GatedExecutor(driver, { database: undefined, queryTimeoutMs: 10_000 });
  const graphql = await inProcessRunner(buildServer({ logger: silentLogger, introspection: false }), gated, silentLogger);
  const app = await createHttpApp({
    graphql,
    executor: gated,
    logger: silentLogger,
    corsOrigins: [],
    embedOrigins: [],
    webRoot,
    graphiql: false,
    overload: { maxConcurrent: 2, maxQueued: 0, maxQueueWaitMs: 5, retryAfterSeconds: 1, ...overload },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  stops.push(() => app.close());
  return { url, gated };
}

const post = (url: string, query: string, signal?: AbortSignal) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    ...(signal ? { signal } : {}),
  });

/** Waits until `count` reads are held at the gate (the requests hold their slots). */
async function heldAtGate(gated: GatedExecutor, count: number): Promise<void> {
  for (let i = 0; i < 500 && gated.waiting < count; i++) await sleep(10);
  expect(gated.waiting).toBe(count);
}

/** Waits until the server has answered a request with 200 (the slots freed by earlier requests are back). */
async function eventuallyServed(url: string): Promise<Response> {
  for (let i = 0; i < 100; i++) {
    const response = await post(url, ENTITY);
    if (response.status === 200) return response;
    await sleep(20);
  }
  throw new Error('never served again: a slot leaked');
}

beforeAll(() => {
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html lang="en"><head><title>Explorer</title></head><body></body></html>');
});

afterAll(async () => {
  for (const stop of stops) await stop();
  await driver.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('beyond the bound', () => {
  let url: string;
  let gated: GatedExecutor;
  let slow: Promise<Response>[];

  beforeAll(async () => {
    ({ url, gated } = await startApp({ maxConcurrent: 2 }));
    gated.shut();
    slow = [post(url, ENTITY), post(url, ENTITY)];
    await heldAtGate(gated, 2);
  });

  afterAll(async () => {
    gated.release();
    await Promise.all(slow);
  });

  it('refuses a GraphQL request with 503, Retry-After and OVERLOADED, without a database query, while the slow ones are still held', async () => {
    const reads = gated.reads;
    const started = performance.now();
    const response = await post(url, ENTITY);
    const elapsed = performance.now() - started;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions.code).toBe('OVERLOADED');
    expect(body.errors[0]?.message).toMatch(/at capacity/);
    expect(gated.reads).toBe(reads);
    expect(gated.waiting).toBe(2);
    // Answered at once, not after the slow requests (they are still held at the gate).
    expect(elapsed).toBeLessThan(1_000);
  });

  it('refuses an export with 503 and { error, code: OVERLOADED }, and a request with a body it would refuse anyway (nothing is parsed)', async () => {
    const reads = gated.reads;
    const exported = await fetch(`${url}/export/neighborhood/org:dgsn`);
    expect(exported.status).toBe(503);
    expect(exported.headers.get('retry-after')).toBe('1');
    expect(await exported.json()).toMatchObject({ code: 'OVERLOADED' });
    const garbage = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(garbage.status).toBe(503);
    expect(gated.reads).toBe(reads);
  });

  it('still serves the explorer and answers /health (a load balancer must not take an overloaded instance for a dead one)', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Explorer</title>');
    // The health probe's query waits at the gate like any other; what matters is that it is not refused.
    const health = fetch(`${url}/health`);
    await heldAtGate(gated, 3);
    gated.release();
    expect((await health).status).toBe(200);
  });
});

describe('slots come back', () => {
  it('when the slow requests finish', async () => {
    const { url, gated } = await startApp({ maxConcurrent: 2 });
    gated.shut();
    const slow = [post(url, ENTITY), post(url, ENTITY)];
    await heldAtGate(gated, 2);
    expect((await post(url, ENTITY)).status).toBe(503);
    gated.release();
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200]);
    const next = await Promise.all([post(url, ENTITY), post(url, ENTITY)]);
    expect(next.map((r) => r.status)).toEqual([200, 200]);
  });

  it('when requests fail: database errors, GraphQL errors and refused bodies', async () => {
    const { url, gated } = await startApp({ maxConcurrent: 2 });
    gated.failing = true;
    for (let i = 0; i < 5; i++) {
      const failed = await post(url, ENTITY);
      expect(((await failed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect((await post(url, '{ nope }')).status).toBe(400);
      expect((await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })).status).toBe(400);
      expect((await fetch(`${url}/export/neighborhood/org:dgsn`)).status).toBe(503);
    }
    gated.failing = false;
    const served = await Promise.all([post(url, ENTITY), post(url, ENTITY)]);
    expect(served.map((r) => r.status)).toEqual([200, 200]);
  });

  it('when clients go away: held until their queries end, then freed', async () => {
    const { url, gated } = await startApp({ maxConcurrent: 2 });
    gated.shut();
    const abort = new AbortController();
    const abandoned = [post(url, ENTITY, abort.signal), post(url, ENTITY, abort.signal)].map((p) => p.catch((error: unknown) => error));
    await heldAtGate(gated, 2);
    abort.abort();
    await Promise.all(abandoned);
    await sleep(50);
    // Their database work is still running: their slots are still taken.
    const refused = await post(url, ENTITY);
    expect(refused.status).toBe(503);
    gated.release();
    const served = await eventuallyServed(url);
    expect(served.status).toBe(200);
    expect((await post(url, ENTITY)).status).toBe(200);
    expect(gated.waiting).toBe(0);
  });
});

describe('the queue', () => {
  it('lets a request wait for a slot, refuses the one beyond the queue at once, and one that waited too long', async () => {
    const { url, gated } = await startApp({ maxConcurrent: 1, maxQueued: 1, maxQueueWaitMs: 10_000 });
    gated.shut();
    const first = post(url, ENTITY);
    await heldAtGate(gated, 1);
    const queued = post(url, ENTITY);
    await sleep(50);
    // The queued request has not run a query yet.
    expect(gated.reads).toBe(1);
    expect((await post(url, ENTITY)).status).toBe(503);
    gated.release();
    expect((await first).status).toBe(200);
    expect((await queued).status).toBe(200);

    const short = await startApp({ maxConcurrent: 1, maxQueued: 1, maxQueueWaitMs: 50 });
    short.gated.shut();
    const held = post(short.url, ENTITY);
    await heldAtGate(short.gated, 1);
    const started = performance.now();
    const timedOut = await post(short.url, ENTITY);
    expect(timedOut.status).toBe(503);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(short.gated.reads).toBe(1);
    short.gated.release();
    expect((await held).status).toBe(200);
    expect((await post(short.url, ENTITY)).status).toBe(200);
  });
});
