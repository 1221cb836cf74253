import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';

export const testConnection = () => inject('neo4j');

/** A driver and executor on the test database; close the driver in afterAll. */
export function openTestGraph(queryTimeoutMs = 10_000): { driver: Driver; executor: Executor } {
  const connection = testConnection();
  const driver = openDriver(connection, { connectionTimeoutMs: 5_000 });
  return { driver, executor: new Executor(driver, { database: connection.database, queryTimeoutMs }) };
}
