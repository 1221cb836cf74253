import type { Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';
import { DEFAULT_DATASET_FOLDER, seedDataset } from '../../src/ingest/index.js';

/** Empties the test database, applies the schema and seeds the article graph that the API tests read. */
export async function prepareTestDatabase(driver: Driver, database: string | undefined): Promise<void> {
  const executor = new Executor(driver, { database, queryTimeoutMs: 120_000 });
  // CALL { } IN TRANSACTIONS commits as it goes, so Neo4j allows it only in an auto-commit (implicit) transaction.
  await executor.autoCommit(cypher`MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  await applySchema(executor);
  const started = performance.now();
  await seedDataset(executor, DEFAULT_DATASET_FOLDER, { log: () => undefined });
  console.log(`Seeded the article dataset in ${(performance.now() - started).toFixed(0)} ms.`);
}
