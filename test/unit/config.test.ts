import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('defaults to the local Neo4j and port 4000', () => {
    const config = parseConfig({});
    expect(config.neo4j).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.local.boltPort).toBe(7687);
    expect(config.test.localBoltPort).toBe(7697);
  });

  it('uses an existing server or Aura when NEO4J_URI is set', () => {
    const config = parseConfig({
      NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'neo4j',
    });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abcd1234.databases.neo4j.io', username: 'neo4j', password: 'secret', database: 'neo4j' });
  });

  it('bounds requests in flight by the cores and the pool, refusing beyond the bound at once unless a queue is set', () => {
    const defaults = parseConfig({ NEO4J_MAX_POOL_SIZE: '3' }).overload;
    // At least 4 in flight, but never more than the pool; no queue, so a refusal waits for nothing.
    expect(defaults).toMatchObject({ maxConcurrent: 3, maxQueued: 0, retryAfterSeconds: 1 });
    const queued = parseConfig({ MAX_CONCURRENT_REQUESTS: '6', MAX_QUEUED_REQUESTS: '3', MAX_QUEUE_WAIT_MS: '20' }).overload;
    expect(queued).toMatchObject({ maxConcurrent: 6, maxQueued: 3, maxQueueWaitMs: 20 });
  });

  it('treats blank values as unset, so a copied .env.example works', () => {
    expect(parseConfig({ NEO4J_URI: '', PORT: ' ', JAVA_HOME: '' }).neo4j).toBeUndefined();
  });

  it('lists every problem at once, each naming the variable and the value', () => {
    let error: unknown;
    try {
      parseConfig({ NEO4J_URI: 'http://localhost:7474', PORT: 'abc', LOG_LEVEL: 'loud', NEO4J_LOCAL_HEAP: 'lots', GRAPHQL_INTROSPECTION: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['NEO4J_URI', 'NEO4J_LOCAL_HEAP', 'PORT', 'LOG_LEVEL', 'GRAPHQL_INTROSPECTION']);
    expect(problems.join('\n')).toContain('"http://localhost:7474"');
  });

  it('refuses credentials without a URI, which would otherwise be silently ignored', () => {
    expect(() => parseConfig({ NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI/);
  });
});

describe('HTTP settings', () => {
  it('turns introspection and GraphiQL on in development and off in production unless enabled explicitly', () => {
    expect(parseConfig({})).toMatchObject({ nodeEnv: 'development', introspection: true, graphiql: true });
    expect(parseConfig({ NODE_ENV: 'test' })).toMatchObject({ introspection: true, graphiql: true });
    expect(parseConfig({ NODE_ENV: 'production' })).toMatchObject({ nodeEnv: 'production', introspection: false, graphiql: false });
    expect(parseConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', GRAPHIQL: 'true' })).toMatchObject({
      introspection: true,
      graphiql: true,
    });
    expect(parseConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);
  });

  it('reads CORS_ORIGINS and EMBED_ORIGINS as comma lists of origins, * allowed, none by default', () => {
    expect(parseConfig({})).toMatchObject({ corsOrigins: [], embedOrigins: [] });
    const config = parseConfig({ CORS_ORIGINS: 'https://app.example.org, http://localhost:5173', EMBED_ORIGINS: '*' });
    expect(config.corsOrigins).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(config.embedOrigins).toEqual(['*']);
  });

  it('reports every entry that is not an origin, with the other problems, at once', () => {
    let error: unknown;
    try {
      parseConfig({
        CORS_ORIGINS: 'https://ok.example.org,example.org',
        EMBED_ORIGINS: 'https://news.example.org/,ftp://files.example.org,https://x.example.org/embed',
        NODE_ENV: 'prod',
        GRAPHIQL: 'sometimes',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual(['CORS_ORIGINS', 'NODE_ENV', 'GRAPHIQL', 'EMBED_ORIGINS', 'EMBED_ORIGINS', 'EMBED_ORIGINS']);
    expect(problems[0]).toContain('"example.org" is not an origin');
    expect(problems.join('\n')).toContain('"https://news.example.org/" is not an origin');
  });

  it('serves the explorer from web/dist unless WEB_ROOT names another folder', () => {
    expect(parseConfig({}).webRoot).toMatch(/[/\\]web[/\\]dist$/);
    expect(parseConfig({ WEB_ROOT: '/srv/explorer' }).webRoot).toBe('/srv/explorer');
  });
});
