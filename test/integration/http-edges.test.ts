import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueryResult, RecordShape } from 'neo4j-driver';
import { fastify } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { DatabaseTimeoutError } from '../../src/errors.js';
import { registerGraphiql } from '../../src/http/graphiql.js';
import { postGraphQL, startTestHttp } from '../support/api.js';
import { openTestGraph, testConnection } from '../support/graph.js';

// The edges of the HTTP surface: every refusal answers 4xx/5xx with `{ error, code }`, CORS only where it belongs,
// frame embedding only for /embed/* pages, the explorer's routes and its "not built" page, GraphiQL at /graphiql.

type Server = Awaited<ReturnType<typeof startTestHttp>>;

const INDEX_HTML = '<!doctype html><html lang="en"><head><title>Explorer</title></head><body><div id="root"></div></body></html>';
const { driver, executor } = openTestGraph();
const webRoot = mkdtempSync(join(tmpdir(), 'http-edges-web-'));
const servers: Server[] = [];
let plain: Server;
let open: Server;
let anyOrigin: Server;
let unbuilt: Server;
let noGraphiql: Server;

/** A data layer whose every query times out, to see the export routes' answer to DATABASE_TIMEOUT. */
class TimingOutExecutor extends Executor {
  override observedBy(): Executor {
    return this;
  }
  override read<R extends RecordShape = RecordShape>(): Promise<QueryResult<R>> {
    return Promise.reject(new DatabaseTimeoutError(1));
  }
}

/** A data layer whose queries start late, to have a request in flight when the server stops. */
class SlowExecutor extends Executor {
  override observedBy(): Executor {
    return this;
  }
  override async read<R extends RecordShape = RecordShape>(...args: Parameters<Executor['read']>): Promise<QueryResult<R>> {
    await sleep(500);
    return super.read<R>(...args);
  }
}

beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), INDEX_HTML);
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("explorer");');
  const start = async (options: Parameters<typeof startTestHttp>[1]) => {
    const server = await startTestHttp(executor, options);
    servers.push(server);
    return server;
  };
  plain = await start({ webRoot });
  open = await start({ webRoot, corsOrigins: ['https://app.example.org'], embedOrigins: ['https://news.example.org', 'https://blog.example.org'] });
  anyOrigin = await start({ webRoot, corsOrigins: ['*'], embedOrigins: ['*'] });
  unbuilt = await start({ webRoot: join(webRoot, 'missing') });
  noGraphiql = await start({ webRoot, graphiql: false });
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await driver.close();
  rmSync(webRoot, { recursive: true, force: true });
});

async function getJson(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const csp = (headers: Headers) => headers.get('content-security-policy') ?? '';
const frameAncestors = (headers: Headers) => /frame-ancestors ([^;]*)/.exec(csp(headers))?.[1];

describe('export routes refuse bad input with 400 and a code', () => {
  it('answers a malformed percent-encoding in the path with 400, not 500', async () => {
    for (const path of ['/export/timeline/%E0%A4%A', '/export/neighborhood/org%ZZinterpol']) {
      const { status, body } = await getJson(`${plain.url}${path}`);
      expect(status, path).toBe(400);
      expect(body).toEqual({ error: expect.stringMatching(/percent-encoding/), code: 'BAD_REQUEST' });
    }
  });

  it('checks from/to exactly like the GraphQL Date scalar', async () => {
    for (const query of ['from=garbage', 'from=2024-02-30', 'to=2024-13-01', 'to=2024-1-01', 'from=']) {
      const { status, body } = await getJson(`${plain.url}/export/timeline/country:morocco?${query}`);
      expect(status, query).toBe(400);
      expect(body.code, query).toBe('BAD_USER_INPUT');
      expect(body.error, query).toMatch(/^(from|to): Date must be a calendar date written YYYY-MM-DD/);
    }
    const ok = await fetch(`${plain.url}/export/timeline/country:morocco?from=2024-02-29&to=2025-12-31`);
    expect(ok.status).toBe(200);
  });

  it('checks language and event types', async () => {
    const cases = [
      '/export/timeline/country:morocco?language=de',
      '/export/timeline/country:morocco?types=NOT_A_TYPE',
      '/export/neighborhood/org:interpol?language=en&language=fr',
    ];
    for (const path of cases) {
      const { status, body } = await getJson(`${plain.url}${path}`);
      expect(status, path).toBe(400);
      expect(body.code, path).toBe('BAD_USER_INPUT');
      expect(body.error.length, path).toBeGreaterThan(10);
    }
    expect((await fetch(`${plain.url}/export/timeline/country:morocco?language=AR&types=MULTILATERAL_MEETING`)).status).toBe(200);
  });

  it('wants whole numbers for depth, limit and maxHops; the data layer keeps its own range checks', async () => {
    const notWhole = [
      '/export/neighborhood/org:interpol?depth=abc',
      '/export/neighborhood/org:interpol?depth=1.5',
      '/export/neighborhood/org:interpol?limit=1e2',
      '/export/paths?from=org:interpol&to=country:morocco&maxHops=two',
    ];
    for (const path of notWhole) {
      const { status, body } = await getJson(`${plain.url}${path}`);
      expect(status, path).toBe(400);
      expect(body, path).toEqual({ error: expect.stringMatching(/must be a whole number/), code: 'BAD_USER_INPUT' });
    }
    const range = await getJson(`${plain.url}/export/paths?from=org:interpol&to=country:morocco&maxHops=99`);
    expect(range.status).toBe(400);
    expect(range.body).toEqual({ error: expect.stringMatching(/maxHops must be between 1 and \d+/), code: 'BAD_USER_INPUT' });
    const missing = await getJson(`${plain.url}/export/paths?from=org:interpol`);
    expect(missing).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
  });

  it('answers DATABASE_UNAVAILABLE with 503 and retry-after, DATABASE_TIMEOUT with 504', async () => {
    const deadDriver = openDriver(
      { uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'unused', database: undefined },
      { connectionTimeoutMs: 1_000 },
    );
    const down = await startTestHttp(new Executor(deadDriver, { database: undefined, queryTimeoutMs: 1_000 }), { webRoot });
    const slow = await startTestHttp(new TimingOutExecutor(driver, { database: undefined, queryTimeoutMs: 1 }), { webRoot });
    try {
      const unavailable = await getJson(`${down.url}/export/neighborhood/org:interpol`);
      expect(unavailable.status).toBe(503);
      expect(unavailable.body.code).toBe('DATABASE_UNAVAILABLE');
      expect(unavailable.headers.get('retry-after')).toBe('5');
      expect(JSON.stringify(unavailable.body)).not.toMatch(/bolt:|ECONNREFUSED|stack/i);
      for (const path of [
        '/export/neighborhood/org:interpol',
        '/export/paths?from=org:interpol&to=country:morocco',
        '/export/timeline/country:morocco',
      ]) {
        const timedOut = await getJson(`${slow.url}${path}`);
        expect(timedOut.status, path).toBe(504);
        expect(timedOut.body.code, path).toBe('DATABASE_TIMEOUT');
      }
    } finally {
      await down.stop();
      await slow.stop();
      await deadDriver.close();
    }
  });

  it('lists the exports for an unknown export path', async () => {
    const { status, body } = await getJson(`${plain.url}/export/nothing-here`);
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'NOT_FOUND', error: expect.stringContaining('/export/timeline/') });
  });
});

describe('shutting down', () => {
  it('drains a request in flight, then refuses connections (what Ctrl-C does)', async () => {
    const server = await startTestHttp(new SlowExecutor(driver, { database: testConnection().database, queryTimeoutMs: 10_000 }), { webRoot });
    const pending = postGraphQL(server.url, '{ entity(id: "org:interpol") { name } }');
    await sleep(150);
    const stopping = performance.now();
    await server.stop();
    // The client's keep-alive connection is closed with the answer, not held until the drain's 10-second cut-off.
    expect(performance.now() - stopping).toBeLessThan(5_000);
    const { status, body } = await pending;
    expect(status).toBe(200);
    expect(body.data.entity.name).toBe('Interpol');
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});

describe('paths and methods no route serves', () => {
  it('answers 404 for prototype names under /assets and /graphiql/assets', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      for (const prefix of ['/assets/', '/graphiql/assets/']) {
        const { status, body } = await getJson(`${plain.url}${prefix}${name}`);
        expect(status, `${prefix}${name}`).toBe(404);
        expect(body.code).toBe('NOT_FOUND');
      }
    }
  });

  it('answers another method with 405 and an allow header', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', '/health', 'GET, HEAD'],
      ['POST', '/', 'GET, HEAD'],
      ['PUT', '/export/timeline/country:morocco', 'GET, HEAD'],
      ['PATCH', '/graphql', 'GET, POST'],
      ['OPTIONS', '/health', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await fetch(`${plain.url}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow);
      const body = await response.json();
      expect(path === '/graphql' ? body.errors[0].extensions.code : body.code).toBe('METHOD_NOT_ALLOWED');
    }
  });

  it('answers an unknown path with the explorer (404) to a browser and JSON 404 to a program', async () => {
    const page = await fetch(`${plain.url}/no/such/page`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toBe(INDEX_HTML);
    const api = await getJson(`${plain.url}/no/such/page`, { headers: { accept: 'application/json' } });
    expect(api).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });

  it('never serves a file outside the explorer folder, however the path is spelled', async () => {
    const content = `private-${Date.now()}`;
    writeFileSync(join(webRoot, '..', 'http-edges-secret.txt'), content);
    try {
      // Raw paths: fetch would normalise the dots away before sending.
      for (const path of [
        `/../http-edges-secret.txt`,
        '/assets/../../http-edges-secret.txt',
        '/%2e%2e/http-edges-secret.txt',
        '/assets/%2e%2e%2f..%2fhttp-edges-secret.txt',
        '/.%2e/http-edges-secret.txt',
      ]) {
        const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          get(`${plain.url}${path}`, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          }).on('error', reject);
        });
        expect([400, 403, 404], path).toContain(status);
        expect(body, path).not.toContain(content);
      }
    } finally {
      rmSync(join(webRoot, '..', 'http-edges-secret.txt'), { force: true });
    }
  });

  it('marks every response nosniff', async () => {
    for (const path of [
      '/health',
      '/graphql?query=%7B__typename%7D',
      '/export/timeline/country:morocco',
      '/assets/index-abc123.js',
      '/no/such/path',
    ]) {
      expect((await fetch(`${plain.url}${path}`)).headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('serves a favicon', async () => {
    const response = await fetch(`${plain.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\//);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(50);
  });

  it('uses a valid x-request-id and replaces an invalid one', async () => {
    const given = await fetch(`${plain.url}/health`, { headers: { 'x-request-id': 'trace-42.a_b' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42.a_b');
    const replaced = await fetch(`${plain.url}/health`, { headers: { 'x-request-id': 'not valid; <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS on /graphql and /export/* only', () => {
  const graphqlPost = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  const preflight = (url: string, path: string, origin: string) =>
    fetch(`${url}${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows a listed origin on simple requests and preflights', async () => {
    const post = await graphqlPost(open.url, 'https://app.example.org');
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(post.headers.get('vary')).toMatch(/origin/i);
    const exported = await fetch(`${open.url}/export/timeline/country:morocco`, { headers: { origin: 'https://app.example.org' } });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    for (const path of ['/graphql', '/export/neighborhood/org:interpol']) {
      const response = await preflight(open.url, path, 'https://app.example.org');
      expect(response.status, path).toBe(204);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('https://app.example.org');
      expect(response.headers.get('access-control-allow-methods'), path).toMatch(/POST/);
      expect(response.headers.get('access-control-allow-headers'), path).toMatch(/content-type/);
    }
  });

  it('refuses an origin that is not listed, and every origin when CORS_ORIGINS is unset', async () => {
    for (const [server, origin] of [
      [open, 'https://evil.example.org'],
      [plain, 'https://app.example.org'],
    ] as const) {
      const post = await graphqlPost(server.url, origin);
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
      const exported = await fetch(`${server.url}/export/timeline/country:morocco`, { headers: { origin } });
      expect(exported.headers.get('access-control-allow-origin')).toBeNull();
      const response = await preflight(server.url, '/graphql', origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('answers * when any origin is allowed', async () => {
    const post = await graphqlPost(anyOrigin.url, 'https://anywhere.example');
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('sends no CORS headers on pages, health or assets, even to a listed origin', async () => {
    for (const path of ['/', '/health', '/assets/index-abc123.js', '/favicon.ico']) {
      const response = await fetch(`${open.url}${path}`, { headers: { origin: 'https://app.example.org' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
    }
    expect((await preflight(open.url, '/health', 'https://app.example.org')).status).toBe(405);
  });
});

describe('the explorer', () => {
  const ROUTES = [
    '/',
    '/search?q=interpol',
    '/entity/org:interpol',
    '/event/event-interpol-ga-93',
    '/source/some-source?start=1&end=9',
    '/paths?from=a&to=b',
    '/about',
  ];
  const EMBEDS = ['/embed/timeline/country:morocco?lang=ar', '/embed/graph/org:interpol?depth=2', '/embed/path?from=a&to=b'];

  it('answers every client-side route with index.html', async () => {
    for (const path of [...ROUTES, ...EMBEDS]) {
      const response = await fetch(`${plain.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe(INDEX_HTML);
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const response = await fetch(`${plain.url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
  });

  it('lets only this site frame its pages, and EMBED_ORIGINS frame the /embed/* pages', async () => {
    for (const server of [plain, open]) {
      for (const path of ROUTES) {
        const response = await fetch(`${server.url}${path}`);
        expect(frameAncestors(response.headers), path).toBe("'self'");
        expect(response.headers.get('x-frame-options'), path).toBeNull();
      }
    }
    for (const path of EMBEDS) {
      expect(frameAncestors((await fetch(`${plain.url}${path}`)).headers), path).toBe("'self'");
      expect(frameAncestors((await fetch(`${open.url}${path}`)).headers), path).toBe("'self' https://news.example.org https://blog.example.org");
      expect(frameAncestors((await fetch(`${anyOrigin.url}${path}`)).headers), path).toBe("'self' *");
    }
    // The 404 page and index.html asked for by name are pages of the explorer too.
    expect(frameAncestors((await fetch(`${open.url}/embed/unknown`, { headers: { accept: 'text/html' } })).headers)).toBe("'self'");
    expect(frameAncestors((await fetch(`${open.url}/index.html`)).headers)).toBe("'self'");
  });

  it('sends a strict Content-Security-Policy', async () => {
    const policy = csp((await fetch(`${plain.url}/`)).headers);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-eval');
  });

  it('says how to build it when web/dist is missing, while the API still answers', async () => {
    for (const path of ['/', '/entity/org:interpol', '/embed/timeline/country:morocco']) {
      const response = await fetch(`${unbuilt.url}${path}`);
      expect(response.status, path).toBe(503);
      expect(await response.text(), path).toContain('npm run build:web');
    }
    expect((await fetch(`${unbuilt.url}/health`)).status).toBe(200);
    expect((await fetch(`${unbuilt.url}/assets/index-abc123.js`)).status).toBe(404);
  });
});

describe('GraphiQL', () => {
  it('is at /graphiql, not at /', async () => {
    const page = await fetch(`${plain.url}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('/graphiql/assets/graphiql.min.js');
    expect(await (await fetch(`${plain.url}/`)).text()).toBe(INDEX_HTML);
  });

  it('serves its files with their content types', async () => {
    const types: Record<string, RegExp> = {
      'graphiql.min.css': /^text\/css/,
      'graphiql.min.js': /^text\/javascript/,
      'react.production.min.js': /^text\/javascript/,
      'react-dom.production.min.js': /^text\/javascript/,
      'examples.js': /^text\/javascript/,
    };
    for (const [name, type] of Object.entries(types)) {
      const response = await fetch(`${plain.url}/graphiql/assets/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toMatch(type);
    }
  });

  it('answers a listed file missing from the installation with 500 naming it', async () => {
    const app = fastify();
    registerGraphiql(app, new Map([['gone.js', { path: join(webRoot, 'gone.js'), type: 'text/javascript' }]]));
    const response = await app.inject({ method: 'GET', url: '/graphiql/assets/gone.js' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ error: expect.stringContaining('gone.js'), code: 'INTERNAL_SERVER_ERROR' });
    await app.close();
  });

  it('is off when GRAPHIQL=false', async () => {
    expect((await fetch(`${noGraphiql.url}/graphiql`)).status).toBe(404);
    expect((await fetch(`${noGraphiql.url}/graphiql/assets/graphiql.min.js`)).status).toBe(404);
  });
});
