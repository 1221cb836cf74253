import type { Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';

/** Empties the test database and applies the schema. */
export async function prepareTestDatabase(driver: Driver, database: string | undefined): Promise<void> {
  const executor = new Executor(driver, { database, queryTimeoutMs: 120_000 });
  await executor.write('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await applySchema(executor);
}
