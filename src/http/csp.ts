import type { FastifyHelmetOptions } from '@fastify/helmet';

type HelmetOptions = { contentSecurityPolicy: Exclude<FastifyHelmetOptions['contentSecurityPolicy'], boolean | undefined>; xFrameOptions: false };

/**
 * Helmet's options for an HTML page, given as the route's `helmet` option (or to `reply.helmet()`): a strict
 * Content-Security-Policy (no inline scripts, no third-party hosts) whose frame-ancestors is 'self' on every
 * page, plus EMBED_ORIGINS on the /embed/* pages. X-Frame-Options is left out: frame-ancestors supersedes it,
 * and it cannot name several origins.
 */
export function securityHeaders(frameAncestors: readonly string[] = [], extraDirectives: Record<string, string[]> = {}): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'self'", ...frameAncestors],
        ...extraDirectives,
      },
    },
    xFrameOptions: false,
  };
}
