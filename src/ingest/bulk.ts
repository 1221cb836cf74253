import type { Executor } from '../db/executor.js';
import { firstExistingId } from '../db/ingest/index.js';
import type { Dataset } from './dataset.js';
import { BULK_THRESHOLD, type WriteOptions } from './options.js';
import { DatasetError } from './problems.js';

/**
 * Bulk mode: a large first load written with CREATE and no before-images. Only for a dataset none of whose ids
 * the graph holds yet: then deleting everything marked with its dataset id (REMOVE_FIRST_LOAD) undoes it exactly.
 */

/** The rows that count towards BULK_THRESHOLD: sources, excerpts, entities, events, participations, relations. */
export function datasetRows(dataset: Dataset): number {
  const { sources, excerpts, entities, relations, events } = dataset;
  return (
    sources.length + excerpts.length + entities.length + relations.length + events.reduce((sum, event) => sum + 1 + event.spec.participants.length, 0)
  );
}

/** Whether to write in bulk mode; `bulk` asked for a dataset the graph already holds is refused. */
export async function useBulkMode(executor: Executor, dataset: Dataset, mode: NonNullable<WriteOptions['mode']>): Promise<boolean> {
  if (mode === 'sync') return false;
  if (mode === 'auto' && datasetRows(dataset) < BULK_THRESHOLD) return false;
  const ids = [dataset.sources, dataset.excerpts, dataset.entities, dataset.events].flatMap((list) => list.map((item) => item.spec.id));
  const overlap = await firstExistingId(executor, dataset.id, ids);
  if (overlap === undefined) return true;
  if (mode === 'auto') return false;
  throw new DatasetError(dataset.folder, [
    {
      file: '.',
      path: '(dataset)',
      message: `bulk mode is for first loads only, but the graph already holds "${overlap}": load it in sync mode`,
    },
  ]);
}
