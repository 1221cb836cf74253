import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestGraph, testConnection } from '../support/graph.js';
import { postGraphQL, startTestHttp } from '../support/api.js';

// The HTTP front door as clients meet it: a client nobody here wrote (the graphql-http audit suite), curl-style
// requests, CSRF prevention, health and the offline GraphiQL page. Twice: GraphQL run on the main thread, and in a
// worker thread as npm start runs it.

const { driver, executor } = openTestGraph();
afterAll(async () => {
  await driver.close();
});

describe.each([
  { mode: 'on the main thread', workers: 0 },
  { mode: 'in a worker thread', workers: 1 },
])('GraphQL over HTTP, run $mode', ({ workers }) => {
  let http: Awaited<ReturnType<typeof startTestHttp>>;
  beforeAll(async () => {
    http = await startTestHttp(executor, { graphqlWorkers: { count: workers, connection: testConnection() } });
  });
  afterAll(async () => {
    await http.stop();
  });

  it('passes the graphql-http audit suite (every MUST; SHOULD and MAY reported)', async () => {
    const results = await auditServer({ url: `${http.url}/graphql` });
    const byStatus = (status: string) => results.filter((result) => result.status === status);
    const summary = results.map((result) => `${result.status.padEnd(6)} ${result.name}${'reason' in result ? ` — ${result.reason}` : ''}`);
    console.log(
      `graphql-http audit: ${byStatus('ok').length}/${results.length} ok, ${byStatus('warn').length} warn, ${byStatus('notice').length} notice, ${byStatus('error').length} error\n${summary.filter((line) => !line.startsWith('ok')).join('\n')}`,
    );
    const failedMusts = results.filter((result) => result.status === 'error' && result.name.startsWith('MUST'));
    expect(failedMusts.map((result) => result.name)).toEqual([]);
  });

  it('answers a plain curl-style POST', async () => {
    const { status, body } = await postGraphQL(http.url, '{ entity(id: "org:interpol") { name wikidataId } }');
    expect(status).toBe(200);
    expect(body.data.entity).toEqual({ name: 'Interpol', wikidataId: 'Q8475' });
  });

  it('answers GET queries with the query in the URL', async () => {
    const response = await fetch(`${http.url}/graphql?query=${encodeURIComponent('{ entity(id: "country:qatar") { name(language: AR) } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { entity: { name: 'قطر' } } });
  });

  it('blocks a simple cross-site request (CSRF prevention): GET without a preflight header', async () => {
    const response = await fetch(`${http.url}/graphql?query=${encodeURIComponent('{ stats { entityCount } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('reports health as 200 while Neo4j answers', async () => {
    const response = await fetch(`${http.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
  });

  it('serves the GraphiQL page at /graphiql and its assets itself, with no CDN', async () => {
    const page = await (await fetch(`${http.url}/graphiql`)).text();
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      expect(source.startsWith('/graphiql/assets/'), source).toBe(true);
      const asset = await fetch(`${http.url}${source}`);
      expect(asset.status, source).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    const script = await (await fetch(`${http.url}/graphiql/assets/examples.js`)).text();
    expect(script).toContain('person:abdellatif-hammouchi');
  });

  it('refuses a body over 1 MiB with 413 and malformed JSON with 400', async () => {
    const big = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { entityCount } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(big.status).toBe(413);
    const broken = await fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
  });
});
