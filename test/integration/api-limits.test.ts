import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../src/limits.js';
import { postGraphQL, startTestHttp, useTestApi } from '../support/api.js';

// Abusive queries are refused with a stable code before any Cypher query runs; nested selections cost one
// query per root field.

const api = useTestApi();
const { executor } = api;

/** A query whose deepest field is `levels` deep: entity → relations → from → relations → ... → id. */
function nested(levels: number): string {
  const wraps = Array.from({ length: levels - 2 }, (_, i) => (i % 2 === 0 ? 'relations' : 'from'));
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

  it('masks internal errors: no stack, no Cypher, a request id instead', async () => {
    // A cursor is opaque; forging one with a non-string key makes the data layer refuse it as a client error,
    // while a broken resolver would be masked. Both must never leak a stack trace.
    const result = await api.run('{ events(first: 1, after: "WyJldmVudHM6ZGF0ZS1hc2MiLDFd") { totalCount } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|MATCH|at .*\.ts/);
  });
});
