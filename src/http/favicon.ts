import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** The explorer's own icon when its build has one (web/public is copied into web/dist), else this one. */
const CANDIDATES = [
  { name: 'favicon.ico', type: 'image/x-icon' },
  { name: 'favicon.svg', type: 'image/svg+xml' },
] as const;

// Three linked nodes: the graph this server holds.
const BUILT_IN_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d3557"/><path d="M9 22 16 9l7 13z" fill="none" stroke="#a8dadc" stroke-width="2"/><circle cx="16" cy="9" r="4" fill="#f1faee"/><circle cx="9" cy="22" r="4" fill="#e63946"/><circle cx="23" cy="22" r="4" fill="#f1faee"/></svg>\n`;

export function registerFavicon(app: FastifyInstance, webRoot: string): void {
  app.get('/favicon.ico', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=86400');
    for (const { name, type } of CANDIDATES) {
      try {
        return reply.type(type).send(await readFile(join(webRoot, name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return reply.type('image/svg+xml').send(BUILT_IN_ICON);
  });
}
