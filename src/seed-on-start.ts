import type { Executor } from './db/executor.js';
import { countSources } from './db/ingest/index.js';
import { DEFAULT_DATASET_FOLDER, seedDataset } from './ingest/index.js';

/** Seeds the article graph into an empty database (one with no Source yet); leaves any other database alone. */
export async function seedIfEmpty(executor: Executor, say: (line: string) => void): Promise<void> {
  if ((await countSources(executor)) > 0) {
    say('The database already holds sources; not seeding.');
    return;
  }
  say(`Empty database: seeding ${DEFAULT_DATASET_FOLDER}...`);
  const summary = await seedDataset(executor, DEFAULT_DATASET_FOLDER, { log: say });
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  say(
    `Seeded ${summary.rows} rows of dataset "${summary.dataset}" in ${seconds(summary.elapsedMs)} s (+${seconds(summary.validationMs)} s validation).`,
  );
}
