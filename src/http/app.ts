import { randomUUID } from 'node:crypto';
import { fastifyCors } from '@fastify/cors';
import { fastifyHelmet } from '@fastify/helmet';
import { fastify, LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { defaultOverload, type OverloadSettings } from '../config.js';
import type { Executor } from '../db/index.js';
import { corsDelegator } from './cors.js';
import { securityHeaders } from './csp.js';
import { handleBadUrl, registerErrorHandlers } from './errors.js';
import { registerExplorer } from './explorer.js';
import { registerExports } from './exports.js';
import { registerFavicon } from './favicon.js';
import { registerGraphiql } from './graphiql.js';
import { registerGraphql } from './graphql.js';
import type { GraphqlRunner } from './graphql-runner.js';
import { registerHealth } from './health.js';
import { MAX_BODY_BYTES, MAX_PARAM_LENGTH, REQUEST_ID } from './limits.js';
import { registerOverloadProtection } from './overload.js';

/** How long `app.close()` waits for requests in flight before it cuts their connections. */
const DRAIN_CUT_OFF_MS = 10_000;

export interface HttpOptions {
  /** Runs /graphql's requests (graphql-runner.ts); stopped when the app closes, after its requests have drained. */
  readonly graphql: GraphqlRunner;
  /** The database of /health and /export/*. */
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
 * Builds the HTTP app without listening. Call `app.listen()` to serve, or `app.inject()` to test; `app.close()`
 * drains the requests in flight, then stops the GraphQL runner.
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

  // Callback-style hooks: they run on every request, and an async hook costs a promise each time.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
    done();
  });
  // While draining, each answer closes its connection, so a client's idle keep-alive socket does not hold the
  // shutdown; connections still open after 10 seconds are cut.
  let draining = false;
  let cutOff: NodeJS.Timeout | undefined;
  app.addHook('preClose', (done) => {
    draining = true;
    cutOff = setTimeout(() => app.server.closeAllConnections(), DRAIN_CUT_OFF_MS).unref();
    done();
  });
  app.addHook('onClose', async () => {
    clearTimeout(cutOff);
    await options.graphql.stop();
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

  registerGraphql(app, options.graphql);
  registerHealth(app, { executor: options.executor, logger: options.logger, timeoutMs: options.healthTimeoutMs ?? 2_000 });
  await registerExports(app, options);
  if (options.graphiql) registerGraphiql(app);
  registerFavicon(app, options.webRoot);
  await registerExplorer(app, options);
  return app;
}
