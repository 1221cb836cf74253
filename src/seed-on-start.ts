import { cypher } from './db/cypher.js';
import type { Executor } from './db/executor.js';

/** Seeds the article graph into an empty database (one with no Source yet); leaves any other database alone. */
export async function seedIfEmpty(executor: Executor, say: (line: string) => void): Promise<void> {
  const { records } = await executor.read(cypher`MATCH (s:Source) RETURN count(s) AS sources`);
  if (Number(records[0]?.get('sources') ?? 0) > 0) {
    say('The database already holds sources; not seeding.');
    return;
  }
  const { seedDataset, DEFAULT_DATASET_FOLDER } = await import('../seed/load.js');
  say(`Empty database: seeding ${DEFAULT_DATASET_FOLDER}...`);
  const summary = await seedDataset(executor, DEFAULT_DATASET_FOLDER, { log: say });
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  say(`Seeded ${summary.rows} rows of dataset "${summary.dataset}" in ${seconds(summary.elapsedMs)} s (+${seconds(summary.validationMs)} s validation).`);
}
