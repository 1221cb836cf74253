// Child process: the peer, @neo4j/graphql 7 on Apollo Server 5 (its standalone node:http server), on loopback,
// over the same Neo4j with the type definitions in bench/peer/typeDefs.graphql. Prints "ready <port>".
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { openDriver } from '../../src/db/driver.js';
import { childSettings } from './settings.js';

const settings = childSettings();
const driver = openDriver(settings.connection, { connectionTimeoutMs: 10_000, maxPoolSize: 50 });
const typeDefs = readFileSync(new URL('../peer/typeDefs.graphql', import.meta.url), 'utf8');
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { port: settings.port, host: '127.0.0.1' },
  context: () => Promise.resolve({ sessionConfig: { database: settings.connection.database }, transaction: { timeout: settings.queryTimeoutMs } }),
});
console.log(`ready ${settings.port} ${url}`);
process.on('SIGTERM', () => {
  void server.stop().finally(() => driver.close().finally(() => process.exit(0)));
});
