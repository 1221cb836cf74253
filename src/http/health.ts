import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Executor } from '../db/index.js';
import { createContext } from '../server.js';

/** GET /health: 200 while Neo4j answers a trivial query in time, 503 with retry-after otherwise. Never cached. */
export function registerHealth(app: FastifyInstance, options: { executor: Executor; logger: Logger; timeoutMs: number }): void {
  const { executor, logger, timeoutMs } = options;
  app.get('/health', async (request, reply) => {
    const started = performance.now();
    const { db } = createContext(executor, logger, { requestId: request.id });
    reply.header('cache-control', 'no-store');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        db.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return { status: 'ok', neo4j: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      const reason = error instanceof GraphQLError ? String(error.extensions['code']) : (error as Error).message;
      return reply.code(503).header('retry-after', '5').send({ status: 'unavailable', neo4j: 'down', reason });
    } finally {
      clearTimeout(timer);
    }
  });
}
