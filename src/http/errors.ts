import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendExplorerPage } from './explorer.js';
import { MAX_BODY_BYTES } from './limits.js';

/** The JSON body of every non-GraphQL error: a sentence for people and a stable code for programs. */
export interface ErrorBody {
  readonly error: string;
  readonly code: string;
  readonly requestId?: string;
}

export const isGraphqlPath = (url: string): boolean => url === '/graphql' || url.startsWith('/graphql?');

/** Answers an error in the shape the path's clients expect: GraphQL errors on /graphql, `{ error, code }` elsewhere. */
export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorBody): FastifyReply {
  reply.code(status).type('application/json; charset=utf-8');
  if (!isGraphqlPath(request.url)) return reply.send(body);
  const { error, ...extensions } = body;
  return reply.send({ errors: [{ message: error, extensions }] });
}

/** Fastify's own refusals of a request, reworded; unknown errors are masked and logged with the request id. */
const FASTIFY_MESSAGES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `request body is larger than ${MAX_BODY_BYTES} bytes`,
  FST_ERR_CTP_INVALID_JSON_BODY: 'the request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the request body is empty; send a JSON object',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported content-type; send application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'the content-length header does not match the body',
};

/** Codes of refusals that are not about the request's content (a path outside the explorer's files is forbidden). */
const STATUS_CODES: Readonly<Record<number, string>> = { 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error, url: request.url }, 'internal HTTP error');
    return sendError(request, reply, 500, { error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR', requestId: request.id });
  }
  return sendError(request, reply, status, { error: FASTIFY_MESSAGES[error.code] ?? error.message, code: STATUS_CODES[status] ?? 'BAD_REQUEST' });
}

/** Every route takes GET (and HEAD) except /graphql, which also takes POST. */
function allowedMethods(url: string): string {
  return isGraphqlPath(url) ? 'GET, POST' : 'GET, HEAD';
}

/**
 * No route matched: another method → 405 with `allow`; a browser page → the explorer's index.html with status 404
 * (the app shows "not found"); anything else → JSON 404.
 */
function handleNotFound(webRoot: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const path = request.url.split('?')[0] ?? '/';
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply.header('allow', allowedMethods(request.url));
      return sendError(request, reply, 405, { error: `${request.method} is not allowed on ${path}`, code: 'METHOD_NOT_ALLOWED' });
    }
    if (acceptsHtml(request) && !isApiPath(path)) {
      // A page of the explorer: the security headers every page gets (helmet's options given at registration).
      reply.helmet();
      return sendExplorerPage(reply, webRoot, 404);
    }
    return sendError(request, reply, 404, { error: `no route ${path}; GraphQL is at /graphql`, code: 'NOT_FOUND' });
  };
}

const isApiPath = (path: string): boolean => path === '/graphql' || path === '/health' || path.startsWith('/export/');
const acceptsHtml = (request: FastifyRequest): boolean => (request.headers.accept ?? '').includes('text/html');

export function registerErrorHandlers(app: FastifyInstance, webRoot: string): void {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound(webRoot));
}

/** Fastify's refusal of a URL it cannot decode (malformed percent-encoding), before any route runs. */
export function handleBadUrl(_error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(request, reply, 400, { error: 'the URL is not valid: malformed percent-encoding', code: 'BAD_REQUEST' });
}
