import type { Executor } from './db/executor.js';
import { countSources } from './db/ingest/index.js';
import { defaultDatasetFolders, LoadInProgressError, recoverUnfinishedLoad, seedDataset } from './ingest/index.js';

/**
 * Before the API reads anything: a load that did not finish (its journal is in the graph) is undone when its
 * loader is gone, so readers never see half a dataset left by a crash. One that may still be running is left to
 * finish; returns false then (readers see the dataset appear as it loads).
 */
export async function settleUnfinishedLoad(executor: Executor, say: (line: string) => void): Promise<boolean> {
  try {
    await recoverUnfinishedLoad(executor, say);
    return true;
  } catch (error) {
    if (!(error instanceof LoadInProgressError)) throw error;
    say(`${error.message} The API starts all the same.`);
    return false;
  }
}

/**
 * Seeds the default datasets (every folder under seed/data, the article first) into an empty database (one with no
 * Source yet); leaves any other database alone. Settles an unfinished load first (see settleUnfinishedLoad), and
 * seeds nothing while another load runs.
 */
export async function seedIfEmpty(executor: Executor, say: (line: string) => void): Promise<void> {
  if (!(await settleUnfinishedLoad(executor, say))) return;
  if ((await countSources(executor)) > 0) {
    say('The database already holds sources; not seeding.');
    return;
  }
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  for (const folder of await defaultDatasetFolders()) {
    say(`Empty database: seeding ${folder}...`);
    const summary = await seedDataset(executor, folder, { log: say });
    say(
      `Seeded ${summary.rows} rows of dataset "${summary.dataset}" in ${seconds(summary.elapsedMs)} s (+${seconds(summary.validationMs)} s validation).`,
    );
  }
}
