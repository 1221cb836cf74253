import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { securityHeaders } from './csp.js';
import { sendError } from './errors.js';
import { GRAPHIQL_PAGE, GRAPHIQL_SCRIPT } from './graphiql-page.js';

/** One file of the GraphiQL page: read from an installed package, or given as text. */
export type GraphiqlFile = { readonly type: string } & ({ readonly path: string } | { readonly text: string });

const require = createRequire(import.meta.url);
const packageFile = (name: string, ...path: string[]) => join(dirname(require.resolve(`${name}/package.json`)), ...path);

/** The fixed list of files under /graphiql/assets/: nothing else is served from node_modules. */
export function graphiqlFiles(): ReadonlyMap<string, GraphiqlFile> {
  return new Map<string, GraphiqlFile>([
    ['graphiql.min.css', { path: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css; charset=utf-8' }],
    ['graphiql.min.js', { path: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript; charset=utf-8' }],
    ['react.production.min.js', { path: packageFile('react', 'umd', 'react.production.min.js'), type: 'text/javascript; charset=utf-8' }],
    ['react-dom.production.min.js', { path: packageFile('react-dom', 'umd', 'react-dom.production.min.js'), type: 'text/javascript; charset=utf-8' }],
    ['examples.js', { text: GRAPHIQL_SCRIPT, type: 'text/javascript; charset=utf-8' }],
  ]);
}

/**
 * GraphiQL at /graphiql, offline: its page and the files of the fixed list, read once and kept in memory. A listed
 * file missing from the installation answers 500 with its name (and is logged), not a broken stream.
 */
export function registerGraphiql(app: FastifyInstance, files: ReadonlyMap<string, GraphiqlFile> = graphiqlFiles()): void {
  const cache = new Map<string, Promise<Buffer>>();
  const contents = (name: string, file: GraphiqlFile): Promise<Buffer> => {
    let body = cache.get(name);
    if (!body) {
      body = 'text' in file ? Promise.resolve(Buffer.from(file.text)) : readFile(file.path);
      body.catch(() => cache.delete(name));
      cache.set(name, body);
    }
    return body;
  };

  // GraphiQL's stylesheet embeds its fonts as data: URLs.
  const helmet = securityHeaders([], { fontSrc: ["'self'", 'data:'] });
  app.get('/graphiql', { helmet }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(GRAPHIQL_PAGE),
  );

  app.get<{ Params: { name: string } }>('/graphiql/assets/:name', async (request, reply) => {
    const { name } = request.params;
    const file = files.get(name);
    if (!file) return sendError(request, reply, 404, { error: `no GraphiQL file ${name}`, code: 'NOT_FOUND' });
    try {
      const body = await contents(name, file);
      return reply.type(file.type).header('cache-control', 'public, max-age=86400').send(body);
    } catch (error) {
      request.log.error({ err: error, file: name }, 'GraphiQL file missing');
      return sendError(request, reply, 500, {
        error: `GraphiQL file ${name} is missing from this installation`,
        code: 'INTERNAL_SERVER_ERROR',
        requestId: request.id,
      });
    }
  });
}
