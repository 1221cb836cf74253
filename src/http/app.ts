import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { fastifyCors } from '@fastify/cors';
import { fastifyHelmet } from '@fastify/helmet';
import { fastify, LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { defaultOverload, type OverloadSettings } from '../config.js';
import type { Context } from '../context.js';
import type { Executor } from '../db/index.js';
import { corsDelegator } from './cors.js';
import { securityHeaders } from './csp.js';
import { handleBadUrl, registerErrorHandlers } from './errors.js';
import { registerExplorer } from './explorer.js';
import { registerExports } from './exports.js';
import { registerFavicon } from './favicon.js';
import { registerGraphiql } from './graphiql.js';
import { registerGraphql } from './graphql.js';
import { registerHealth } from './health.js';
import { MAX_BODY_BYTES, MAX_PARAM_LENGTH, REQUEST_ID } from './limits.js';
import { registerOverloadProtection } from './overload.js';

export interface HttpOptions {
  /** Not started yet: createHttpApp adds Fastify's drain plugin to it, then starts it. */
  readonly apollo: ApolloServer<Context>;
  readonly executor: Executor;
  readonly logger: Logger;
  /** Origins allowed to call /graphql and /export/* from a browser ('*' for any); none by default. */
  readonly corsOrigins: readonly string[];
  /** Origins allowed to frame /embed/* pages besides this site. */
  readonly embedOrigins: readonly string[];
  /** The explorer's built files (web/dist). */
  readonly webRoot: string;
  /** Serve GraphiQL at /graphiql. */
  readonly graphiql: boolean;
  /** Timeout of the /health probe query, well under a load balancer's check interval. */
  readonly healthTimeoutMs?: number;
  /** The bound on requests in flight to /graphql and /export/*; `defaultOverload` of a 50-connection pool if omitted. */
  readonly overload?: OverloadSettings;
}

/**
 * Builds the HTTP app without listening: starts Apollo with Fastify's drain plugin, so `apollo.stop()` drains the
 * requests in flight and closes the app. Call `app.listen()` to serve, or `app.inject()` to test.
 */
export async function createHttpApp(options: HttpOptions): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = options.logger;
  const app: FastifyInstance = fastify({
    loggerInstance: logger,
    // One line per request would drown the logs; errors are logged where they are handled.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: MAX_BODY_BYTES,
    requestIdHeader: false,
    genReqId: (request) => {
      const id = request.headers['x-request-id'];
      return typeof id === 'string' && REQUEST_ID.test(id) ? id : randomUUID();
    },
    frameworkErrors: handleBadUrl,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
  });
  options.apollo.addPlugin(fastifyApolloDrainPlugin(app));
  await options.apollo.start();

  // Callback-style hooks: they run on every request, and an async hook costs a promise each time.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
    done();
  });
  // While draining, each answer closes its connection, so a client's idle keep-alive socket does not hold the
  // shutdown until the drain plugin's 10-second cut-off.
  let draining = false;
  app.addHook('preClose', (done) => {
    draining = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (draining) reply.header('connection', 'close');
    done(null, payload);
  });
  // Helmet's headers (the Content-Security-Policy above all) go on HTML pages, which opt in route by route (see
  // csp.ts); building them costs about as much as a light GraphQL request, so JSON and assets get nosniff only.
  await app.register(fastifyHelmet, { ...securityHeaders(), global: false });
  // Without CORS_ORIGINS there is nothing to allow: no CORS hook on every request.
  if (options.corsOrigins.length > 0) await app.register(fastifyCors, { delegator: corsDelegator(options.corsOrigins) });
  registerErrorHandlers(app, options.webRoot);
  // Before the guarded routes: it adds its hooks to them as they are registered.
  registerOverloadProtection(app, options.overload ?? defaultOverload(50));

  registerGraphql(app, options);
  registerHealth(app, { executor: options.executor, logger: options.logger, timeoutMs: options.healthTimeoutMs ?? 2_000 });
  await registerExports(app, options);
  if (options.graphiql) registerGraphiql(app);
  registerFavicon(app, options.webRoot);
  await registerExplorer(app, options);
  return app;
}
