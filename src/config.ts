import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from './paths.js';

/**
 * The environment, validated once at startup. This is the only module that reads process.env.
 * A `.env` file in the working directory is loaded first when present (values already set win).
 */

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

const neo4jUri = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        return NEO4J_SCHEMES.includes(new URL(value).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    },
    { message: `must be a URI with scheme ${NEO4J_SCHEMES.join(', ')} (e.g. neo4j+s://xxxx.databases.neo4j.io)` },
  );

const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a port number')
  .min(1, 'must be a port number from 1 to 65535')
  .max(65535, 'must be a port number from 1 to 65535');
const positiveInt = z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').positive('must be positive');
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const memory = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');
/** True for an origin as browsers send it: scheme, host and an optional port, nothing after. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
/** A comma-separated list of origins, or * for any; every entry that is not an origin is reported. */
const originList = z.string().transform((value, ctx) => {
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin === '*' || isOrigin(origin)) continue;
    ctx.addIssue({
      code: 'custom',
      message: `"${origin}" is not an origin: write scheme://host[:port] such as https://example.org (no path, no trailing slash), or * for any`,
    });
  }
  return origins;
});
/** Empty strings count as unset, so a copied .env.example with blank values behaves like no value. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const envSchema = z
  .object({
    NEO4J_URI: optional(neo4jUri),
    NEO4J_USERNAME: optional(z.string().min(1)),
    NEO4J_PASSWORD: optional(z.string().min(1)),
    NEO4J_DATABASE: optional(z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a Neo4j database name')),
    NEO4J_QUERY_TIMEOUT_MS: optional(positiveInt.max(600_000)),
    NEO4J_CONNECTION_TIMEOUT_MS: optional(positiveInt.max(120_000)),
    NEO4J_MAX_POOL_SIZE: optional(positiveInt.max(1000)),
    NEO4J_LOCAL_BOLT_PORT: optional(port),
    NEO4J_LOCAL_HEAP: optional(memory),
    NEO4J_LOCAL_PAGECACHE: optional(memory),
    NEO4J_LOCAL_START_TIMEOUT_S: optional(positiveInt.max(3600)),
    JAVA_HOME: optional(z.string().min(1)),
    NEO4J_TEST_URI: optional(neo4jUri),
    NEO4J_TEST_USERNAME: optional(z.string().min(1)),
    NEO4J_TEST_PASSWORD: optional(z.string().min(1)),
    NEO4J_TEST_LOCAL_BOLT_PORT: optional(port),
    HOST: optional(z.string().min(1)),
    PORT: optional(port),
    LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
    GRAPHQL_INTROSPECTION: optional(flag),
    SEED_ON_START: optional(flag),
    CORS_ORIGINS: optional(originList),
    NODE_ENV: optional(z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' })),
    GRAPHIQL: optional(flag),
    EMBED_ORIGINS: optional(originList),
    WEB_ROOT: optional(z.string().min(1)),
    MAX_CONCURRENT_REQUESTS: optional(positiveInt.max(10_000)),
    MAX_QUEUED_REQUESTS: optional(z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0).max(10_000)),
    MAX_QUEUE_WAIT_MS: optional(positiveInt.max(60_000)),
    GRAPHQL_WORKERS: optional(z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0).max(64)),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI === undefined && (env.NEO4J_USERNAME !== undefined || env.NEO4J_PASSWORD !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_URI'],
        message: 'NEO4J_USERNAME/NEO4J_PASSWORD are set but NEO4J_URI is not: set the URI of that server too',
      });
    }
  });

export interface Neo4jConnection {
  readonly uri: string;
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly database: string | undefined;
}

export interface LocalNeo4jSettings {
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
  readonly startTimeoutSeconds: number;
  readonly javaHome: string | undefined;
}

/** The bound on requests that reach the database (src/http/overload.ts). */
export interface OverloadSettings {
  /** Requests to /graphql and /export/* in flight at once. */
  readonly maxConcurrent: number;
  /** Requests waiting for a slot; beyond them a request is refused at once (0: no queue). */
  readonly maxQueued: number;
  /** Longest wait for a slot before a queued request is refused. */
  readonly maxQueueWaitMs: number;
  /** The Retry-After of a refusal, in seconds. */
  readonly retryAfterSeconds: number;
}

/**
 * The default bound: 2 requests in flight per core, at least 4, and never more than the driver's pool holds (a
 * request beyond the pool would only wait for a connection). No queue: beyond the bound a request is refused at once,
 * so a refusal costs its client no wait (a queue's wait is added to every refusal that finds no slot in time); a
 * queue can be set for bursty traffic (MAX_QUEUED_REQUESTS, waiting at most MAX_QUEUE_WAIT_MS, 5 ms by default).
 * See docs/benchmarks.md, "Overload protection under load", for why.
 */
export function defaultOverload(maxPoolSize: number, cores: number = availableParallelism()): OverloadSettings {
  const maxConcurrent = Math.min(maxPoolSize, Math.max(4, 2 * cores));
  return { maxConcurrent, maxQueued: 0, maxQueueWaitMs: 5, retryAfterSeconds: 1 };
}

/**
 * The default number of worker threads that run GraphQL requests: one per two cores (a local Neo4j needs the rest),
 * at least one. See src/http/graphql-runner.ts.
 */
export const defaultGraphqlWorkers = (cores: number = availableParallelism()): number => Math.max(1, Math.floor(cores / 2));

export interface Config {
  /** Set when NEO4J_URI is given: use that server and start nothing locally. */
  readonly neo4j: Neo4jConnection | undefined;
  readonly database: string | undefined;
  readonly queryTimeoutMs: number;
  readonly connectionTimeoutMs: number;
  readonly maxPoolSize: number;
  readonly local: LocalNeo4jSettings;
  readonly test: { readonly neo4j: Neo4jConnection | undefined; readonly localBoltPort: number };
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly nodeEnv: 'development' | 'production' | 'test';
  /** Off by default when NODE_ENV=production. */
  readonly introspection: boolean;
  /** GraphiQL at /graphiql; off by default when NODE_ENV=production. */
  readonly graphiql: boolean;
  readonly seedOnStart: boolean;
  /** Origins allowed to call /graphql and /export/* from a browser; empty means none, '*' any. */
  readonly corsOrigins: readonly string[];
  /** Origins allowed to frame /embed/* pages (CSP frame-ancestors) besides this server itself. */
  readonly embedOrigins: readonly string[];
  /** The explorer's built files (npm run build:web). */
  readonly webRoot: string;
  readonly overload: OverloadSettings;
  /** Worker threads that run GraphQL requests; 0 runs them on the main thread. */
  readonly graphqlWorkers: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses an environment; throws one ConfigError listing every problem. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = env[name];
        return `${name}: ${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`;
      }),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const connection = (uri: string | undefined, username?: string, password?: string): Neo4jConnection | undefined =>
    uri === undefined ? undefined : { uri, username, password, database: e.NEO4J_DATABASE };
  return {
    neo4j: connection(e.NEO4J_URI, e.NEO4J_USERNAME, e.NEO4J_PASSWORD),
    database: e.NEO4J_DATABASE,
    queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS ?? 5_000,
    connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS ?? 5_000,
    maxPoolSize: e.NEO4J_MAX_POOL_SIZE ?? 50,
    local: {
      boltPort: e.NEO4J_LOCAL_BOLT_PORT ?? 7687,
      heap: e.NEO4J_LOCAL_HEAP ?? '1g',
      pageCache: e.NEO4J_LOCAL_PAGECACHE ?? '512m',
      startTimeoutSeconds: e.NEO4J_LOCAL_START_TIMEOUT_S ?? 120,
      javaHome: e.JAVA_HOME,
    },
    test: {
      neo4j: connection(e.NEO4J_TEST_URI, e.NEO4J_TEST_USERNAME, e.NEO4J_TEST_PASSWORD),
      localBoltPort: e.NEO4J_TEST_LOCAL_BOLT_PORT ?? 7697,
    },
    host: e.HOST ?? '127.0.0.1',
    port: e.PORT ?? 4000,
    logLevel: e.LOG_LEVEL ?? 'info',
    nodeEnv: e.NODE_ENV ?? 'development',
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    graphiql: e.GRAPHIQL ?? !production,
    seedOnStart: e.SEED_ON_START ?? true,
    corsOrigins: e.CORS_ORIGINS ?? [],
    embedOrigins: e.EMBED_ORIGINS ?? [],
    webRoot: e.WEB_ROOT === undefined ? join(PROJECT_ROOT, 'web', 'dist') : resolve(e.WEB_ROOT),
    overload: overloadSettings(e.NEO4J_MAX_POOL_SIZE ?? 50, e.MAX_CONCURRENT_REQUESTS, e.MAX_QUEUED_REQUESTS, e.MAX_QUEUE_WAIT_MS),
    graphqlWorkers: e.GRAPHQL_WORKERS ?? defaultGraphqlWorkers(),
  };
}

function overloadSettings(maxPoolSize: number, maxConcurrent?: number, maxQueued?: number, maxQueueWaitMs?: number): OverloadSettings {
  const defaults = defaultOverload(maxPoolSize);
  const concurrent = maxConcurrent ?? defaults.maxConcurrent;
  return {
    ...defaults,
    maxConcurrent: concurrent,
    maxQueued: maxQueued ?? defaults.maxQueued,
    maxQueueWaitMs: maxQueueWaitMs ?? defaults.maxQueueWaitMs,
  };
}

/** Loads `.env` when present, then parses process.env. */
export function loadConfig(): Config {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return parseConfig(process.env);
}
