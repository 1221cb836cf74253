import type { Executor } from '../db/executor.js';
import { firstExistingId, removeFirstLoad } from '../db/ingest/index.js';
import type { Dataset } from './dataset.js';
import { BULK_THRESHOLD, type WriteOptions } from './options.js';
import { DatasetError } from './problems.js';

/**
 * Bulk mode: a first load too large for one transaction commits as it goes and, if anything fails, deletes what
 * it had committed. Only safe for a dataset none of whose ids the graph holds yet: then deleting everything
 * marked with its dataset id undoes a failed load exactly.
 */

/** The rows that count towards BULK_THRESHOLD: sources, excerpts, entities, events, participations, relations. */
function datasetRows(dataset: Dataset): number {
  const { sources, excerpts, entities, relations, events } = dataset;
  return (
    sources.length + excerpts.length + entities.length + relations.length + events.reduce((sum, event) => sum + 1 + event.spec.participants.length, 0)
  );
}

/** Whether to write in bulk mode; `bulk` asked for a dataset the graph already holds is refused. */
export async function useBulkMode(executor: Executor, dataset: Dataset, mode: NonNullable<WriteOptions['mode']>): Promise<boolean> {
  if (mode === 'single') return false;
  if (mode === 'auto' && datasetRows(dataset) < BULK_THRESHOLD) return false;
  const ids = [dataset.sources, dataset.excerpts, dataset.entities, dataset.events].flatMap((list) => list.map((item) => item.spec.id));
  const overlap = await firstExistingId(executor, dataset.id, ids);
  if (overlap === undefined) return true;
  if (mode === 'auto') return false;
  throw new DatasetError(dataset.folder, [
    {
      file: '.',
      path: '(dataset)',
      message: `bulk mode is for first loads only, but the graph already holds "${overlap}": load it in one transaction (mode single)`,
    },
  ]);
}

/** Runs a bulk load; when it fails, deletes what it had committed and rethrows. */
export async function withUndo<T>(executor: Executor, datasetId: string, log: (line: string) => void, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    log(`The load failed; removing what it had committed of "${datasetId}"...`);
    try {
      await removeFirstLoad(executor, datasetId);
    } catch (undoError) {
      throw new Error(
        `The bulk load of "${datasetId}" failed (${(error as Error).message}) and undoing its commits failed too ` +
          `(${(undoError as Error).message}): the graph holds part of the dataset. Run the same load again once Neo4j ` +
          'answers: it completes the dataset in one transaction.',
        { cause: error },
      );
    }
    throw error;
  }
}
