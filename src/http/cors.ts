import type { FastifyCorsOptions, FastifyCorsOptionsDelegateCallback } from '@fastify/cors';

/** CORS applies to the API only: /graphql and /export/*. Pages and assets are same-origin. */
const isCorsPath = (url: string): boolean => url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/export/');

/** Per-request CORS options: the listed origins on API paths ('*' for any), CORS off everywhere else. */
export function corsDelegator(origins: readonly string[]): FastifyCorsOptionsDelegateCallback {
  const enabled: FastifyCorsOptions = {
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  };
  const disabled: FastifyCorsOptions = { origin: false };
  return (request, callback) => callback(null, isCorsPath(request.url) ? enabled : disabled);
}
