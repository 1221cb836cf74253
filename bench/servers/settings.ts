import type { Neo4jConnection } from '../../src/config.js';

/** What the parent benchmark passes a server child: the Neo4j connection, the port and the query timeout. */
export function childSettings(): { connection: Neo4jConnection; port: number; queryTimeoutMs: number } {
  const env = process.env;
  const uri = env['BENCH_NEO4J_URI'];
  const port = Number(env['BENCH_PORT']);
  if (!uri || !Number.isInteger(port)) throw new Error('BENCH_NEO4J_URI and BENCH_PORT must be set by the parent');
  return {
    connection: {
      uri,
      username: env['BENCH_NEO4J_USERNAME'],
      password: env['BENCH_NEO4J_PASSWORD'],
      database: env['BENCH_NEO4J_DATABASE'] || undefined,
    },
    port,
    queryTimeoutMs: Number(env['BENCH_QUERY_TIMEOUT_MS'] ?? 60_000),
  };
}
