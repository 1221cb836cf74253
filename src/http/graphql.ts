import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import type { Executor } from '../db/index.js';
import { createContext } from '../server.js';
import { sendError } from './errors.js';

/**
 * POST and GET /graphql through Apollo's Fastify integration (Apollo's CSRF prevention applies). The context carries
 * the request's id, from a valid x-request-id header or a fresh UUID (see app.ts).
 */
export function registerGraphql(app: FastifyInstance, options: { apollo: ApolloServer<Context>; executor: Executor; logger: Logger }): void {
  const { apollo, executor, logger } = options;
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
    handler: fastifyApolloHandler(apollo, { context: async (request) => createContext(executor, logger, { requestId: request.id }) }),
  });
}
