import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fastifyStatic } from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { securityHeaders } from './csp.js';

/** Client-side routes of the explorer: each answers web/dist/index.html and the app draws the page. */
export const EXPLORER_ROUTES = ['/', '/search', '/entity/:id', '/event/:id', '/source/:id', '/paths', '/about'] as const;
/** Pages made to be framed by other sites (EMBED_ORIGINS). */
export const EMBED_ROUTES = ['/embed/timeline/:id', '/embed/graph/:id', '/embed/path'] as const;

const HASHED_ASSET = 'public, max-age=31536000, immutable';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Explorer not built</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
  <main>
    <h1>The explorer is not built yet</h1>
    <p>Run <code>npm run build:web</code> (or <code>npm run build</code>), then reload this page.
    The server reads the built files from <code>web/dist</code> (or the folder named by <code>WEB_ROOT</code>).</p>
    <p>The API answers meanwhile: GraphQL at <a href="/graphql">/graphql</a>, health at <a href="/health">/health</a>.</p>
  </main>
</body>
</html>
`;

/** Sends the explorer's index.html with `status`, or a 503 page saying how to build it when it is missing. */
export async function sendExplorerPage(reply: FastifyReply, webRoot: string, status: number): Promise<FastifyReply> {
  let html: Buffer;
  try {
    // Read on each request: `npm run build:web` may rebuild it while the server runs (the file is small).
    html = await readFile(join(webRoot, 'index.html'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT_PAGE);
  }
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
}

/**
 * The explorer: its built files (hashed names under /assets/ cached for a year, the rest revalidated) and its
 * client-side routes. /embed/* pages may be framed by `embedOrigins`; every other page only by this site.
 */
export async function registerExplorer(app: FastifyInstance, options: { webRoot: string; embedOrigins: readonly string[] }): Promise<void> {
  const { webRoot, embedOrigins } = options;
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    index: false,
    dotfiles: 'ignore',
    // A missing build is reported by the pages themselves (503 "not built") and by npm start.
    suppressWarning: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.startsWith(join(webRoot, 'assets')) ? HASHED_ASSET : 'no-cache');
      // index.html asked for by name is a page like the others.
      if (path.endsWith('.html')) reply.helmet();
    },
  });
  const pageHeaders = securityHeaders();
  for (const url of EXPLORER_ROUTES) app.get(url, { helmet: pageHeaders }, (_request, reply) => sendExplorerPage(reply, webRoot, 200));
  const embedHeaders = securityHeaders(embedOrigins);
  for (const url of EMBED_ROUTES) app.get(url, { helmet: embedHeaders }, (_request, reply) => sendExplorerPage(reply, webRoot, 200));
}
