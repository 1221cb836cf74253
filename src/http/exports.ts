import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Executor } from '../db/index.js';
import { ENTITY_KINDS } from '../domain/vocabulary.js';
import { EXPORT_QUERIES, neighborhoodToCytoscape, pathsToCytoscape, timelineToTimelineJs } from '../exports/index.js';
import { clientCode, createContext } from '../server.js';
import { sendError } from './errors.js';
import { dateParam, eventTypesParam, intParam, languageParam, requiredParam, type ExportQuery } from './export-params.js';

type ExportRequest = FastifyRequest<{ Params: { id: string }; Querystring: ExportQuery }>;

/** How long a client should wait before retrying when the database is down. */
const RETRY_AFTER_SECONDS = '5';

/**
 * GET /export/neighborhood/:id?depth&limit&language  → Cytoscape.js elements
 * GET /export/paths?from&to&maxHops&limit&language    → Cytoscape.js elements
 * GET /export/timeline/:id?from&to&types&language     → TimelineJS document (up to 100 dated events)
 * Refusals answer `{ error, code }`: 400 for arguments, 404 for an unknown entity, 503/504 when Neo4j is down or slow.
 */
export async function registerExports(app: FastifyInstance, options: { executor: Executor; logger: Logger }): Promise<void> {
  const dataFor = (request: FastifyRequest) => createContext(options.executor, options.logger, { requestId: request.id }).db;

  await app.register((exports, _options, done) => {
    exports.setErrorHandler(exportError);

    exports.get('/export/neighborhood/:id', async (request: ExportRequest, reply) => {
      const { query, params } = request;
      const language = languageParam(query);
      const args = { entityId: params.id, depth: intParam(query, 'depth'), limit: intParam(query, 'limit') };
      const { tree, options } = EXPORT_QUERIES.neighborhood;
      const view = await dataFor(request).graph.neighborhood(args, tree, options);
      if (!view) return sendError(request, reply, 404, { error: `no entity ${params.id}`, code: 'NOT_FOUND' });
      return neighborhoodToCytoscape(view, language);
    });

    exports.get('/export/paths', async (request: ExportRequest) => {
      const { query } = request;
      const language = languageParam(query);
      const args = {
        fromId: requiredParam(query, 'from'),
        toId: requiredParam(query, 'to'),
        maxHops: intParam(query, 'maxHops'),
        limit: intParam(query, 'limit'),
      };
      const { tree, options } = EXPORT_QUERIES.paths;
      return pathsToCytoscape(await dataFor(request).graph.paths(args, tree, options), language);
    });

    exports.get('/export/timeline/:id', async (request: ExportRequest, reply) => {
      const { query, params } = request;
      const language = languageParam(query);
      const args = { entityId: params.id, from: dateParam(query, 'from'), to: dateParam(query, 'to'), types: eventTypesParam(query), first: 100 };
      const { tree, options } = EXPORT_QUERIES.timeline;
      const timeline = await dataFor(request).events.timeline(args, tree, options);
      if (!timeline.entity) return sendError(request, reply, 404, { error: `no entity ${params.id}`, code: 'NOT_FOUND' });
      return timelineToTimelineJs(timeline, language);
    });

    exports.get('/export/*', async (_request, reply) =>
      reply.code(404).send({
        error: 'exports: /export/neighborhood/<entityId>, /export/paths?from=&to=, /export/timeline/<entityId>',
        code: 'NOT_FOUND',
        entityKinds: ENTITY_KINDS,
      }),
    );
    done();
  });
}

/** A client error keeps its code and message; anything else goes on to the app's handler, which masks it. */
function exportError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const code = clientCode(error);
  if (code === undefined) throw error;
  if (code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', RETRY_AFTER_SECONDS);
  const status = code === 'DATABASE_UNAVAILABLE' ? 503 : code === 'DATABASE_TIMEOUT' ? 504 : 400;
  return sendError(request, reply, status, { error: error.message, code });
}
