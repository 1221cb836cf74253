import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from './context.js';
import type { Executor } from './db/index.js';
import { ENTITY_KINDS } from './domain/vocabulary.js';
import { toCytoscape } from './exports/cytoscape.js';
import { toTimelineJs } from './exports/timelinejs.js';
import { LANDING_PAGE, LANDING_SCRIPT } from './landing.js';
import { treeOf } from './selection.js';
import { createContext } from './server.js';
import { EVENT_TYPES, type EventType } from './domain/vocabulary.js';
import type { LanguageCode } from './db/records.js';

/**
 * The HTTP front door, on node:http: GraphQL at /graphql (through Apollo's integration API), /health, the offline
 * GraphiQL page at /, and the export routes. CORS is off unless CORS_ORIGINS lists origins.
 */
export interface HttpOptions {
  readonly apollo: ApolloServer<Context>;
  readonly executor: Executor;
  readonly logger: Logger;
  readonly corsOrigins: readonly string[];
  /** Timeout of the /health probe query, well under a load balancer's check interval. */
  readonly healthTimeoutMs?: number;
}

const MAX_BODY_BYTES = 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const require = createRequire(import.meta.url);
const ASSETS: Readonly<Record<string, { path: string; type: string }>> = {
  'graphiql.min.css': { path: join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'), type: 'text/css' },
  'graphiql.min.js': { path: join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'), type: 'text/javascript' },
  'react.production.min.js': { path: join(dirname(require.resolve('react/package.json')), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': {
    path: join(dirname(require.resolve('react-dom/package.json')), 'umd', 'react-dom.production.min.js'),
    type: 'text/javascript',
  },
};

/** Creates the HTTP server and registers Apollo's drain plugin; call apollo.start() before listening. */
export function createHttpServer(options: HttpOptions): Server {
  const server = createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      options.logger.error({ err: error, url: req.url }, 'unhandled HTTP error');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  options.apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: server }));
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  res.setHeader('x-content-type-options', 'nosniff');
  if (applyCors(req, res, options.corsOrigins)) return;
  const path = url.pathname;

  if (path === '/graphql') return graphql(req, res, url, options);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: `${req.method} is not allowed on ${path}` }, { allow: 'GET, HEAD' });
  if (path === '/health') return health(res, options);
  if (path === '/' || path === '/index.html') return sendText(res, 200, LANDING_PAGE, 'text/html; charset=utf-8');
  if (path === '/assets/landing.js') return sendText(res, 200, LANDING_SCRIPT, 'text/javascript; charset=utf-8');
  if (path.startsWith('/assets/')) return asset(res, path.slice('/assets/'.length));
  if (path.startsWith('/export/')) return exportRoute(req, res, url, options);
  return sendJson(res, 404, { error: `no route ${path}; GraphQL is at /graphql` });
}

async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, options: HttpOptions): Promise<void> {
  const read = await readBody(req, res);
  if (!read.ok) return;
  const { body } = read;
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const headerId = headers.get('x-request-id');
  const requestId = headerId && REQUEST_ID.test(headerId) ? headerId : undefined;
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: async () => createContext(options.executor, options.logger, { requestId }),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Reads and parses the body the way Apollo's integrations expect: JSON bodies as objects, anything else as text
 * (Apollo then answers unsupported content types itself). `ok: false` means an error was already answered.
 */
async function readBody(req: IncomingMessage, res: ServerResponse): Promise<{ ok: true; body: unknown } | { ok: false }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      sendJson(res, 413, { errors: [{ message: `request body is larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } }] });
      req.destroy();
      return { ok: false };
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const contentType = req.headers['content-type'] ?? '';
  if (text.length === 0) return { ok: true, body: undefined };
  if (!/^application\/json\b/i.test(contentType)) return { ok: true, body: text };
  const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    sendJson(res, 415, { errors: [{ message: `unsupported charset ${charset}; send UTF-8`, extensions: { code: 'BAD_REQUEST' } }] });
    return { ok: false };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    sendJson(res, 400, { errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    return { ok: false };
  }
}

async function health(res: ServerResponse, options: HttpOptions): Promise<void> {
  const started = performance.now();
  const timeoutMs = options.healthTimeoutMs ?? 2_000;
  const context = createContext(options.executor, options.logger);
  try {
    await Promise.race([
      context.db.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    sendJson(res, 200, { status: 'ok', neo4j: 'up', latencyMs: Math.round(performance.now() - started) }, { 'cache-control': 'no-store' });
  } catch (error) {
    const reason = error instanceof GraphQLError ? String(error.extensions['code']) : (error as Error).message;
    sendJson(res, 503, { status: 'unavailable', neo4j: 'down', reason }, { 'cache-control': 'no-store', 'retry-after': '5' });
  }
}

function asset(res: ServerResponse, name: string): void {
  const entry = ASSETS[name];
  if (!entry) return sendJson(res, 404, { error: `no asset ${name}` });
  res.writeHead(200, { 'content-type': `${entry.type}; charset=utf-8`, 'cache-control': 'public, max-age=86400' });
  createReadStream(entry.path).pipe(res);
}

const LANGUAGES: readonly LanguageCode[] = ['AR', 'FR', 'EN'];

/**
 * GET /export/neighborhood/<entityId>?depth&limit&language  → Cytoscape.js elements
 * GET /export/paths?from&to&maxHops&limit&language          → Cytoscape.js elements
 * GET /export/timeline/<entityId>?from&to&types&language    → TimelineJS document (up to 100 dated events)
 */
async function exportRoute(_req: IncomingMessage, res: ServerResponse, url: URL, options: HttpOptions): Promise<void> {
  const { db } = createContext(options.executor, options.logger);
  const q = url.searchParams;
  const language = (q.get('language') ?? 'EN').toUpperCase() as LanguageCode;
  const int = (name: string) => (q.get(name) === null ? undefined : Number(q.get(name)));
  const [, , kind, ...rest] = url.pathname.split('/');
  const target = decodeURIComponent(rest.join('/'));
  try {
    if (!LANGUAGES.includes(language)) throw new GraphQLError(`language must be one of ${LANGUAGES.join(', ')}`, { extensions: { code: 'BAD_USER_INPUT' } });
    if (kind === 'neighborhood' && target) {
      const view = await db.graph.neighborhood({ entityId: target, depth: int('depth'), limit: int('limit') }, treeOf('nodes', 'edges.evidence.source'));
      if (!view) return sendJson(res, 404, { error: `no entity ${target}` });
      return sendJson(res, 200, toCytoscape(view.nodes, view.edges, language));
    }
    if (kind === 'paths' && !target) {
      const from = q.get('from');
      const to = q.get('to');
      if (!from || !to) throw new GraphQLError('from and to are required entity ids', { extensions: { code: 'BAD_USER_INPUT' } });
      const result = await db.graph.paths({ fromId: from, toId: to, maxHops: int('maxHops'), limit: int('limit') }, treeOf('paths.hops.edge.evidence.source'));
      const nodes = result.paths.flatMap((path) => [path.start, ...path.hops.map((hop) => hop.node)]);
      return sendJson(res, 200, toCytoscape(nodes, result.paths.flatMap((path) => path.hops.map((hop) => hop.edge)), language));
    }
    if (kind === 'timeline' && target) {
      const types = q.getAll('types').flatMap((value) => value.split(',')).filter(Boolean);
      const unknown = types.filter((type) => !(EVENT_TYPES as readonly string[]).includes(type));
      if (unknown.length) throw new GraphQLError(`unknown event types: ${unknown.join(', ')}`, { extensions: { code: 'BAD_USER_INPUT' } });
      const timeline = await db.events.timeline(
        { entityId: target, from: q.get('from'), to: q.get('to'), types: types.length ? (types as EventType[]) : null, first: 100 },
        treeOf('entity', 'timelineJs'),
      );
      if (!timeline.entity) return sendJson(res, 404, { error: `no entity ${target}` });
      return sendJson(res, 200, toTimelineJs(timeline.entity, timeline.edges.map((edge) => edge.node), language));
    }
    return sendJson(res, 404, {
      error: 'exports: /export/neighborhood/<entityId>, /export/paths?from=&to=, /export/timeline/<entityId>',
      entityKinds: ENTITY_KINDS,
    });
  } catch (error) {
    if (error instanceof GraphQLError) {
      const code = String(error.extensions['code'] ?? 'BAD_USER_INPUT');
      const status = code === 'DATABASE_UNAVAILABLE' ? 503 : code === 'DATABASE_TIMEOUT' ? 504 : 400;
      return sendJson(res, status, { error: error.message, code });
    }
    throw error;
  }
}

/** Answers preflight requests; returns true when the request is fully handled. */
function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || allowed.length === 0 || !(allowed.includes('*') || allowed.includes(origin))) return false;
  res.setHeader('access-control-allow-origin', allowed.includes('*') ? '*' : origin);
  res.setHeader('vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id',
      'access-control-max-age': '600',
    });
    res.end();
    return true;
  }
  return false;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendText(res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

function sendText(res: ServerResponse, status: number, body: string, type: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}
