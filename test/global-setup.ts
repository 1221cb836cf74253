import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jConnection } from '../src/config.js';
import { openDriver, probeServer } from '../src/db/driver.js';
import { localNeo4j, type LocalNeo4j } from '../src/local-neo4j/index.js';
import { prepareTestDatabase } from './support/prepare.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * The suite runs against a real Neo4j: NEO4J_TEST_URI when set (its database is emptied!), otherwise the
 * project's own `test` instance (own port and data folder, never the development data), started fresh here
 * and stopped after the run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let instance: LocalNeo4j | undefined;
  let connection: Neo4jConnection;
  if (config.test.neo4j) {
    connection = config.test.neo4j;
  } else {
    // A non-default port gets its own data folder, so two suites can run side by side.
    const name = config.test.localBoltPort === 7697 ? 'test' : `test-${config.test.localBoltPort}`;
    instance = localNeo4j(name, { ...config.local, heap: '1g', pageCache: '256m', boltPort: config.test.localBoltPort });
    await instance.stop();
    await instance.reset();
    const server = await instance.start();
    connection = { uri: server.uri, ...server.credentials, database: undefined };
  }
  const stop = async () => {
    if (instance) await instance.stop();
  };
  try {
    const driver = openDriver(connection, { connectionTimeoutMs: 5_000 });
    try {
      const info = await probeServer(driver, connection.database);
      console.log(`Tests run against Neo4j ${info.version} ${info.edition} at ${connection.uri} (server ${info.address}).`);
      await prepareTestDatabase(driver, connection.database);
    } finally {
      await driver.close();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('neo4j', connection);
  return stop;
}
