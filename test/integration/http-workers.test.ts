import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { workerPoolRunner } from '../../src/http/graphql-runner.js';
import { startTestHttp } from '../support/api.js';
import { openTestGraph, testConnection } from '../support/graph.js';

// GraphQL run in worker threads, as npm start runs it: what the main thread used to do alone (errors masked with the
// request's id, limits refused with their codes, the size cap) still holds when the work happens in a worker, and a
// pool that cannot reach Neo4j says so instead of starting. (test/integration/http.test.ts runs the whole
// graphql-http audit in both modes.)

const { driver, executor } = openTestGraph();
const eventId = `event:test-worker-${randomUUID()}`;
let http: Awaited<ReturnType<typeof startTestHttp>>;
beforeAll(async () => {
  // A real failure inside the worker: a type outside the EventType enum cannot be serialised.
  await executor.write(cypher`CREATE (:Event {id: $id, type: 'NOT_A_TYPE', plover: 'X', title_en: 'broken', status: 'REPORTED', sortKey: $id})`, {
    id: eventId,
  });
  http = await startTestHttp(executor, { graphqlWorkers: { count: 2, connection: testConnection() } });
});
afterAll(async () => {
  await http?.stop();
  await executor.write(cypher`MATCH (e:Event {id: $id}) DETACH DELETE e`, { id: eventId });
  await driver.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[] } };
}

describe('GraphQL in worker threads', () => {
  it('answers many requests at once across the workers, each with its own data', async () => {
    const ids = ['org:interpol', 'org:dgsn', 'org:dgst', 'country:qatar', 'country:france', 'country:morocco'];
    const answers = await Promise.all(
      ids.flatMap((id) => [1, 2, 3].map(() => post({ query: `query ($id: ID!) { entity(id: $id) { id } }`, variables: { id } }))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect(answers.map((answer) => answer.body.data?.entity?.id)).toEqual(ids.flatMap((id) => [id, id, id]));
  });

  it('masks an internal error raised in the worker and answers it with the request id of the HTTP request', async () => {
    const { status, headers, body } = await post({ query: `{ event(id: ${JSON.stringify(eventId)}) { type } }` }, { 'x-request-id': 'req-worker-7' });
    expect(status).toBe(200);
    expect(headers.get('x-request-id')).toBe('req-worker-7');
    expect(body.errors?.[0]).toEqual({
      message: 'Internal server error',
      locations: expect.any(Array) as unknown,
      path: ['event', 'type'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-worker-7' },
    });
    expect(JSON.stringify(body)).not.toMatch(/NOT_A_TYPE|stacktrace|MATCH/);
  });

  it('refuses a costly operation in the worker with its code, variables counted', async () => {
    const query = `query ($n: Int) { events(first: $n) { edges { node { participants { entity { mentions { source { text } } } } } } } }`;
    const { status, body } = await post({ query, variables: { n: 100 } });
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('refuses operations other than queries and malformed documents as the main thread does', async () => {
    const mutation = await post({ query: 'mutation { x }' });
    expect(mutation.status).toBe(400);
    expect(mutation.body.errors?.[0]?.extensions?.['code']).not.toBe('INTERNAL_SERVER_ERROR');
    const malformed = await post({ query: '{ entity(id: "x") { id }' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('a worker pool that cannot reach Neo4j', () => {
  it('fails to start within the connection timeout, naming the cause', async () => {
    const started = Date.now();
    const connection = { ...testConnection(), uri: 'bolt://127.0.0.1:1' };
    const attempt = workerPoolRunner({
      workers: 1,
      concurrentPerWorker: 4,
      data: { connection, connectionTimeoutMs: 2_000, queryTimeoutMs: 2_000, maxPoolSize: 2, logLevel: 'silent', introspection: false },
    });
    await expect(attempt).rejects.toThrow(/ECONNREFUSED|connect|unavailable/i);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
