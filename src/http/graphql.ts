import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '../errors.js';
import { QUERY_LIMITS } from '../limits/index.js';
import { sendError } from './errors.js';
import type { GraphqlExchangeRequest, GraphqlRunner } from './graphql-runner.js';

/** The query text of a GraphQL request over HTTP: `query` of the JSON body (POST) or of the URL (GET). */
function queryText(request: FastifyRequest): unknown {
  const carrier = request.method === 'POST' ? request.body : request.query;
  return carrier !== null && typeof carrier === 'object' ? (carrier as { query?: unknown }).query : undefined;
}

/** A Fastify request as the plain data Apollo takes (what Apollo's Fastify integration builds, minus its classes). */
function exchangeRequest(request: FastifyRequest): GraphqlExchangeRequest {
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (value) headers.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  const query = request.url.indexOf('?');
  return {
    method: request.method.toUpperCase(),
    headers,
    search: query < 0 ? '' : request.url.slice(query),
    body: request.body,
    requestId: request.id,
  };
}

/**
 * POST and GET /graphql through Apollo (its CSRF prevention applies), run by `graphql`: in worker threads under
 * `npm start`, in this thread in tests. The context carries the request's id, from a valid x-request-id header or
 * a fresh UUID (see app.ts). Two limits live here because they are about the HTTP exchange (src/limits/index.ts
 * has the others): the length of the query text, refused before it is parsed, and the size of the answer, held to
 * the same cap as its estimate.
 */
export function registerGraphql(app: FastifyInstance, graphql: GraphqlRunner): void {
  app.route<{ Reply: string }>({
    method: ['GET', 'POST'],
    url: '/graphql',
    // Fastify reads a JSON body as UTF-8: refuse, before reading it, a body that says it is in another charset.
    onRequest: (request, reply, done) => {
      const charset = /;\s*charset=([^;]+)/i
        .exec(request.headers['content-type'] ?? '')?.[1]
        ?.trim()
        .replace(/"/g, '')
        .toLowerCase();
      if (request.method === 'POST' && charset && charset !== 'utf-8' && charset !== 'utf8') {
        void sendError(request, reply, 415, { error: `unsupported charset ${charset}; send UTF-8`, code: 'BAD_REQUEST' });
        return;
      }
      done();
    },
    // Parsing costs time in the length of the text, whitespace and comments included (1 MB took 485 ms).
    preHandler: (request, reply, done) => {
      const query = queryText(request);
      if (typeof query === 'string' && query.length > QUERY_LIMITS.maxQueryLength) {
        void sendError(request, reply, 413, {
          error: `The query is ${query.length} characters long; at most ${QUERY_LIMITS.maxQueryLength} are accepted.`,
          code: ErrorCode.QUERY_TOO_LONG,
        });
        return;
      }
      done();
    },
    onSend: (request, reply, payload, done) => {
      done(null, capResponse(request, reply, payload));
    },
    handler: async (request, reply) => {
      const response = await graphql.run(exchangeRequest(request));
      for (const [name, value] of response.headers) reply.header(name, value);
      return reply.code(response.status).send(response.body);
    },
  });
}

/**
 * An answer over maxResponseBytes is replaced by a RESPONSE_TOO_LARGE error. The estimate before execution
 * refuses nearly all of them without a database call; this catches data larger than the documented sizes.
 */
export function capResponse(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (typeof payload !== 'string' || payload.length * 3 <= QUERY_LIMITS.maxResponseBytes) return payload;
  const bytes = Buffer.byteLength(payload);
  if (bytes <= QUERY_LIMITS.maxResponseBytes) return payload;
  request.log.warn({ bytes, maxResponseBytes: QUERY_LIMITS.maxResponseBytes }, 'GraphQL response over the size cap refused');
  reply.code(400).type('application/json; charset=utf-8');
  return JSON.stringify({
    errors: [
      {
        message: `The answer is ${bytes} bytes, over the limit of ${QUERY_LIMITS.maxResponseBytes}: leave out large fields or ask for smaller pages.`,
        extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maxResponseBytes: QUERY_LIMITS.maxResponseBytes },
      },
    ],
  });
}
