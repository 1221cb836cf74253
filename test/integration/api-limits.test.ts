import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { Executor, type QueryObserver } from '../../src/db/executor.js';
import { QUERY_LIMITS } from '../../src/limits/index.js';
import { buildServer, createContext } from '../../src/server.js';
import { postGraphQL, startTestHttp, useTestApi } from '../support/api.js';
import { openTestGraph, testConnection } from '../support/graph.js';

// Abusive queries are refused with a stable code before any Cypher query runs; nested selections cost one
// query per root field.

const api = useTestApi();
const { executor } = api;

/** A query whose deepest field is `levels` deep: entity → country → country → ... → id (no lists: cheap). */
function nested(levels: number, wrap: (level: number) => string = () => 'country'): string {
  const wraps = Array.from({ length: levels - 2 }, (_, i) => wrap(i));
  const selection = wraps.reduceRight((inner, field) => `${field} { ${inner} }`, 'id');
  return `{ entity(id: "person:abdellatif-hammouchi") { ${selection} } }`;
}

describe('one Cypher query per root field', () => {
  it('runs exactly one query for events → participants → evidence → source, however deep', async () => {
    const result = await api.run(`{
      events(first: 20) {
        totalCount
        edges { node { id place { id country { id } } participants { role entity { id country { name } } evidence { quote source { id title } attributedTo { id } } } evidence { quote source { id } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).events.edges.length).toBeGreaterThan(0);
    expect(result.queries).toBe(1);
  });

  it('runs one query per root field when a request has several', async () => {
    const result = await api.run(`{
      a: entity(id: "org:dgsn") { relations { from { id } evidence { source { id } } } }
      b: timeline(entityId: "country:morocco") { totalCount edges { node { event { participants { entity { id } } } } } }
      c: neighborhood(entityId: "org:interpol", depth: 2) { nodes { id } edges { evidence { quote } } }
      d: search(text: "حموشي") { node { ... on Entity { relations { to { id } } } } }
      e: stats { entityCount }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(5);
  });
});

describe('limits before any database call', () => {
  it('refuses a too-deep query with QUERY_TOO_DEEP', async () => {
    const result = await api.run(nested(QUERY_LIMITS.maxDepth + 1));
    expect(result.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_DEEP');
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 12/);
    expect(result.queries).toBe(0);
  });

  it('accepts a query just within the depth limit', async () => {
    const result = await api.run(nested(QUERY_LIMITS.maxDepth));
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
  });

  it('refuses a query within the depth limit whose nested lists multiply, with QUERY_TOO_COSTLY', async () => {
    // entity → relations → from → relations → ...: five levels of up to 100 relations each.
    const result = await api.run(nested(QUERY_LIMITS.maxDepth, (level) => (level % 2 === 0 ? 'relations' : 'from')));
    expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['QUERY_TOO_COSTLY']);
    expect(result.queries).toBe(0);
  });

  it('refuses an alias flood with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: stats { entityCount }`).join(' ');
    const result = await api.run(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_ALIASES');
    expect(result.queries).toBe(0);
  });

  it('refuses a token flood with TOO_MANY_TOKENS', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'entityCount').join(' ');
    const result = await api.run(`{ stats { ${fields} } }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_TOKENS');
    expect(result.queries).toBe(0);
  });

  it('refuses first: 100000 with PAGE_SIZE_EXCEEDED on every paginated field', async () => {
    for (const query of [
      '{ events(first: 100000) { totalCount } }',
      '{ entities(first: 100000) { totalCount } }',
      '{ timeline(entityId: "country:morocco", first: 100000) { totalCount } }',
    ]) {
      const result = await api.run(query);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('PAGE_SIZE_EXCEEDED');
      expect(result.errors?.[0]?.message).toMatch(/between 1 and 100/);
      expect(result.queries).toBe(0);
    }
  });

  it('refuses out-of-range graph arguments and long search text, each naming the argument', async () => {
    const cases: [string, string, string][] = [
      ['{ neighborhood(entityId: "org:dgsn", depth: 4) { truncated } }', 'BAD_USER_INPUT', 'depth'],
      ['{ neighborhood(entityId: "org:dgsn", limit: 100000) { truncated } }', 'BAD_USER_INPUT', 'limit'],
      ['{ paths(fromId: "org:dgsn", toId: "org:dgst", maxHops: 7) { paths { length } } }', 'BAD_USER_INPUT', 'maxHops'],
      [`{ search(text: "${'ا'.repeat(201)}") { score } }`, 'SEARCH_TEXT_TOO_LONG', 'text'],
      ['{ events(filter: { from: "2024-02-30" }) { totalCount } }', 'BAD_USER_INPUT', 'Date'],
    ];
    for (const [query, code, name] of cases) {
      const result = await api.run(query);
      expect(result.errors?.[0]?.extensions?.['code'], query).toBe(code);
      expect(result.errors?.[0]?.message).toContain(name);
      expect(result.queries).toBe(0);
    }
  });

  it('answers a refused query over HTTP with status 400 and the code', async () => {
    const http = await startTestHttp(executor);
    try {
      const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: stats { entityCount }`).join(' ');
      const { status, body } = await postGraphQL(http.url, `{ ${aliases} }`);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
      const page = await postGraphQL(http.url, '{ events(first: 100000) { totalCount } }');
      expect(page.body.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    } finally {
      await http.stop();
    }
  });

  it('refuses a forged cursor as a client error, without a stack trace', async () => {
    const result = await api.run('{ events(first: 1, after: "WyJldmVudHM6ZGF0ZS1hc2MiLDFd") { totalCount } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|MATCH|at .*\.ts/);
  });
});

/** An executor that counts the queries of every request it serves (over HTTP, where the test has no context). */
class CountingExecutor extends Executor {
  queries = 0;
  override observedBy(observer: QueryObserver): Executor {
    return super.observedBy({
      onQuery: (...report) => {
        this.queries += 1;
        observer.onQuery(...report);
      },
    });
  }
}

/** A server whose log lines the test reads. */
function loggedServer() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { apollo: buildServer({ logger, introspection: true }), logger, lines };
}

describe('limits on the operation as it runs, over HTTP: status, code, no database query', () => {
  const { driver } = openTestGraph();
  const executor = new CountingExecutor(driver, { database: testConnection().database, queryTimeoutMs: 10_000 });
  let http: Awaited<ReturnType<typeof startTestHttp>>;
  beforeAll(async () => {
    http = await startTestHttp(executor);
  });
  afterAll(async () => {
    await http.stop();
    await driver.close();
  });

  /** POSTs and returns the status, the codes of the errors and how many Cypher queries ran. */
  async function refused(query: string, variables?: Record<string, unknown>) {
    const before = executor.queries;
    const { status, body } = await postGraphQL(http.url, query, variables);
    return {
      status,
      codes: (body.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code),
      queries: executor.queries - before,
      body,
    };
  }

  const attackOne = 'events(first: $n) { edges { node { participants { entity { mentions { source { text } } } } evidence { source { text } } } } }';

  it('refuses the 40 MB request of the report (first in a variable, ten aliases) with QUERY_TOO_COSTLY', async () => {
    const attack = `query ($n: Int) { ${Array.from({ length: 10 }, (_, i) => `a${i}: ${attackOne}`).join(' ')} }`;
    const result = await refused(attack, { n: 100 });
    expect(result).toMatchObject({ status: 400, codes: ['QUERY_TOO_COSTLY'], queries: 0 });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ maxCost: QUERY_LIMITS.maxCost });
    expect(result.body.data).toBeUndefined();
    // One alias alone is too costly as well: mentions and participants are counted at their caps.
    expect(await refused(`query ($n: Int) { ${attackOne} }`, { n: 100 })).toMatchObject({ status: 400, codes: ['QUERY_TOO_COSTLY'], queries: 0 });
  });

  it('refuses a variable page size out of range with PAGE_SIZE_EXCEEDED, as a written one', async () => {
    const result = await refused('query ($n: Int) { events(first: $n) { totalCount } }', { n: 100_000 });
    expect(result).toMatchObject({ status: 400, codes: ['PAGE_SIZE_EXCEEDED'], queries: 0 });
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 100 (got 100000); page through larger results with after.',
      extensions: { code: 'PAGE_SIZE_EXCEEDED', argumentName: 'first', max: 100 },
    });
  });

  it('refuses an answer that could be too large (full texts on a page) with RESPONSE_TOO_LARGE', async () => {
    const result = await refused('query ($n: Int) { events(first: $n) { edges { node { evidence { source { text } } } } } }', { n: 100 });
    expect(result).toMatchObject({ status: 400, codes: ['RESPONSE_TOO_LARGE'], queries: 0 });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ maxEstimatedBytes: QUERY_LIMITS.maxEstimatedBytes });
  });

  it('answers a query within the limits, with its variables', async () => {
    const result = await refused('query ($n: Int) { events(first: $n) { edges { node { id participants { entity { id } } } } } }', { n: 5 });
    expect(result).toMatchObject({ status: 200, codes: [], queries: 1 });
  });

  it('refuses mutations and subscriptions with OPERATION_NOT_SUPPORTED', async () => {
    expect(await refused('mutation { x }')).toMatchObject({ status: 400, codes: ['OPERATION_NOT_SUPPORTED'], queries: 0 });
    expect(await refused('subscription { events { totalCount } }')).toMatchObject({ status: 400, codes: ['OPERATION_NOT_SUPPORTED'], queries: 0 });
  });

  it('refuses too many directives with one TOO_MANY_DIRECTIVES error', async () => {
    const directives = Array.from({ length: QUERY_LIMITS.maxDirectives + 5 }, () => '@include(if: true)').join(' ');
    expect(await refused(`{ stats { entityCount ${directives} } }`)).toMatchObject({ status: 400, codes: ['TOO_MANY_DIRECTIVES'], queries: 0 });
  });

  it('counts __typename aliases: 999 of them are refused with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 999 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(await refused(`{ ${aliases} }`)).toMatchObject({ status: 400, codes: ['TOO_MANY_ALIASES'], queries: 0 });
  });

  it('refuses a 1 MB query of whitespace with QUERY_TOO_LONG (413) before parsing it', async () => {
    const result = await refused(`{ stats { entityCount }${' '.repeat(1_000_000)}}`);
    expect(result).toMatchObject({ status: 413, codes: ['QUERY_TOO_LONG'], queries: 0 });
    expect(result.body.errors?.[0]?.message).toMatch(/at most 20000 are accepted/);
    // Just over the cap is refused too; just under it is parsed and answered.
    const over = `{ stats { entityCount } }${' '.repeat(QUERY_LIMITS.maxQueryLength)}`;
    expect(await refused(over)).toMatchObject({ status: 413, codes: ['QUERY_TOO_LONG'], queries: 0 });
    expect(await refused(over.slice(0, QUERY_LIMITS.maxQueryLength))).toMatchObject({ status: 200, codes: [], queries: 1 });
  });
});

describe('internal errors', () => {
  const { driver, executor } = openTestGraph();
  // A real failure: an event stored with a type outside the EventType enum cannot be serialised.
  const eventId = `event:test-internal-${randomUUID()}`;
  beforeAll(async () => {
    await executor.write(cypher`CREATE (:Event {id: $id, type: 'NOT_A_TYPE', plover: 'X', title_en: 'broken', status: 'REPORTED', sortKey: $id})`, {
      id: eventId,
    });
  });
  afterAll(async () => {
    await executor.write(cypher`MATCH (e:Event {id: $id}) DETACH DELETE e`, { id: eventId });
    await driver.close();
  });

  it('masks an internal error (no message, no stack, no Cypher), logs it and gives its request id', async () => {
    const { apollo, logger, lines } = loggedServer();
    await apollo.start();
    try {
      const contextValue = createContext(executor, logger, { requestId: 'test-internal-1' });
      const response = await apollo.executeOperation(
        { query: '{ event(id: $id) { id type } }'.replace('$id', JSON.stringify(eventId)) },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const [error] = response.body.singleResult.errors ?? [];
      expect(error).toEqual({
        message: 'Internal server error',
        locations: expect.any(Array) as unknown,
        path: ['event', 'type'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'test-internal-1' },
      });
      expect(JSON.stringify(response.body)).not.toMatch(/NOT_A_TYPE|stacktrace|MATCH|at .*\.ts/);
      const logged = lines.find((line) => line['msg'] === 'internal error');
      expect(logged).toMatchObject({ requestId: 'test-internal-1', level: 50 });
      expect(JSON.stringify(logged)).toContain('NOT_A_TYPE');
    } finally {
      await apollo.stop();
    }
  });

  it('answers the request id of the HTTP request in the masked error', async () => {
    const http = await startTestHttp(executor);
    try {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-internal-42' },
        body: JSON.stringify({ query: `{ event(id: ${JSON.stringify(eventId)}) { type } }` }),
      });
      const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-internal-42' });
    } finally {
      await http.stop();
    }
  });

  it('does not log refused operations as internal errors', async () => {
    const { apollo, logger, lines } = loggedServer();
    await apollo.start();
    try {
      for (const query of [
        'mutation { x }',
        'subscription { events { totalCount } }',
        '{ stats { entityCount @include(if: true) @include(if: true) } }',
      ]) {
        const response = await apollo.executeOperation({ query }, { contextValue: createContext(executor, logger) });
        if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
        expect(response.body.singleResult.errors?.[0]?.extensions?.['code']).not.toBe('INTERNAL_SERVER_ERROR');
      }
      expect(lines.filter((line) => line['msg'] === 'internal error')).toEqual([]);
    } finally {
      await apollo.stop();
    }
  });
});
