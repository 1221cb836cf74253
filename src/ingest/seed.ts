import type { Executor } from '../db/executor.js';
import type { WriteOptions } from './options.js';
import { readDataset, type ReadOptions } from './read.js';
import type { WriteSummary } from './summary.js';
import { writeDataset } from './write.js';

export interface SeedOptions extends WriteOptions, ReadOptions {}

export interface SeedSummary extends WriteSummary {
  /** Files read. */
  readonly files: number;
  /** Time to read and validate the files. */
  readonly validationMs: number;
}

/** Reads and validates the folder (throwing DatasetError before anything is written), then writes it. */
export async function seedDataset(executor: Executor, folder: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const dataset = await readDataset(folder, options);
  const validationMs = performance.now() - started;
  options.log?.(`Validated ${dataset.files.length} files of dataset "${dataset.id}" in ${Math.round(validationMs)} ms.`);
  const summary = await writeDataset(executor, dataset, options);
  return { ...summary, files: dataset.files.length, validationMs };
}
