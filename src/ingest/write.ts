import type { Executor, RollingTransaction } from '../db/executor.js';
import { ENTITY, EVENT, EXCERPT, IN_COUNTRY, MENTIONED_IN, NAME, SOURCE } from '../db/ingest/index.js';
import { useBulkMode } from './bulk.js';
import { beginLoad, recoverUnfinishedLoad, undoFailedLoad } from './recover.js';
import { emptyDataset, type Dataset } from './dataset.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_COMMIT_EVERY, DEFAULT_WRITE_TIMEOUT_MS, JOURNAL_GRACE_MS, type WriteOptions } from './options.js';
import { entityRows, eventRows, excerptRows, inCountryRows, mentionRows, nameRows, provenanceOf, sourceRows } from './rows.js';
import { mergeLines, resolveEntities } from './match.js';
import { kindLines, type KindSummary, type WriteSummary } from './summary.js';
import { redateEvents } from './sync-dates.js';
import { placeCreatedEvents, placeEvents } from './sync-places.js';
import { FactSync } from './sync-facts.js';
import { DatasetSync, type SyncSettings, type WriteTx } from './sync.js';

/**
 * Writes a validated dataset. For each kind of row, in dependency order (sources, excerpts, entities and their
 * links, events, participations, relations, evidence, names), it reads what the graph holds of
 * this dataset (ids and hashes), sends only new or changed rows in UNWIND batches, and remembers what the files no
 * longer hold; then it removes those in reverse order, handing shared entities, events and facts over to another
 * dataset that still declares them; last it recomputes the derived properties of the facts whose evidence changed,
 * and the date and place of the events whose claims changed.
 *
 * Memory: every load commits as it goes, every `commitEvery` rows (Neo4j holds a transaction in its heap until
 * commit, about 3.5 KB per row written), so no transaction is sized by the dataset. All or nothing all the same,
 * through the load journal (journal.ts): it is committed before the first batch, each batch of a sync load journals
 * the before-image of what it writes in its own transaction, and the last commit deletes the journal. When the
 * load fails it is undone here (recover.ts); when this process or the server dies, the next load or the API's
 * start finds the journal and undoes it. A first load of BULK_THRESHOLD rows or more goes in bulk mode (bulk.ts):
 * no before-images, since undoing it is deleting everything marked with the dataset.
 *
 * Before any of that, the dataset's entities are matched to the graph's (match.ts): an entity another dataset
 * declares under another id (same Wikidata id, or sameAs) is written under that id, and a possible duplicate
 * refuses the load with a DatasetError before anything is written.
 */
export async function writeDataset(executor: Executor, declared: Dataset, options: WriteOptions = {}): Promise<WriteSummary> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  await recoverUnfinishedLoad(executor, log);
  // Matched to the graph's entities before anything is written: a refusal (DatasetError) leaves the graph as it was.
  const { dataset, resolutions } = await resolveEntities(executor, declared);
  for (const line of mergeLines(resolutions)) log(line);
  const bulk = await useBulkMode(executor, dataset, options.mode ?? 'auto');
  const timeoutMs = options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;
  const commitEvery = Math.max(1, options.commitEvery ?? DEFAULT_COMMIT_EVERY);
  const journal = await beginLoad(executor, dataset.id, bulk ? 'bulk' : 'sync', timeoutMs + JOURNAL_GRACE_MS, log);
  const settings: SyncSettings = {
    bulk,
    batchSize: Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE)),
    afterBatch: options.afterBatch,
    journal: bulk ? undefined : journal,
  };
  log(`${bulk ? 'First load' : 'Load'} of "${dataset.id}": ${bulk ? 'bulk' : 'sync'} mode, committing every ${commitEvery} rows.`);
  const used: { tx?: RollingTransaction } = {};
  let result;
  try {
    result = await executor.rollingWrite(
      async (tx) => {
        const journalled = journal.wrap((used.tx = tx), commitEvery);
        const synced = await syncDataset(journalled, dataset, settings, log);
        await options.beforeCommit?.();
        await journal.finish(journalled);
        return { ...synced, workedAt: performance.now() };
      },
      commitEvery,
      timeoutMs,
    );
  } catch (error) {
    journal.release();
    await undoFailedLoad(executor, dataset.id, error, log);
    throw error;
  }
  journal.release();

  const committedAt = performance.now();
  const elapsedMs = committedAt - started;
  const kinds = Object.values(result.perKind);
  const total = (field: Exclude<keyof KindSummary, 'ms'>) => kinds.reduce((sum, kind) => sum + kind[field], 0);
  const rows = total('rows');
  return {
    dataset: dataset.id,
    rows,
    created: total('created'),
    updated: total('updated'),
    shared: total('shared'),
    unchanged: total('unchanged'),
    deleted: total('deleted'),
    handedOver: total('handedOver'),
    recomputed: result.recomputed,
    ...result.counters,
    statements: result.statements,
    perKind: result.perKind,
    elapsedMs,
    mode: bulk ? 'bulk' : 'sync',
    commitMs: used.tx?.commitMs ?? 0,
    commits: used.tx?.commits ?? 0,
    rowsPerSecond: elapsedMs > 0 ? Math.round((rows / elapsedMs) * 1000) : rows,
  };
}

/** The transaction's work: every kind in dependency order, then stale rows, then derived properties. */
async function syncDataset(tx: WriteTx, dataset: Dataset, settings: SyncSettings, log: (line: string) => void) {
  const sync = new DatasetSync(tx, dataset, settings);
  const facts = new FactSync(sync);
  const provenance = provenanceOf(dataset);
  await sync.nodes(SOURCE, sourceRows(dataset));
  await sync.nodes(EXCERPT, excerptRows(dataset));
  const sharedEntities = await sync.nodes(ENTITY, entityRows(dataset));
  await sync.links(IN_COUNTRY, inCountryRows(dataset, sharedEntities));
  await sync.links(MENTIONED_IN, mentionRows(dataset));
  await sync.nodes(EVENT, eventRows(dataset, provenance), facts.noteCreated, facts.noteUpdated);
  await facts.participations(provenance);
  await facts.relations(provenance);
  await facts.evidence();
  await sync.nodes(NAME, nameRows(dataset));
  await sync.removeStale();
  for (const line of kindLines(sync.perKind)) log(line);
  const recomputed = await facts.recomputeDerived();
  await facts.recountTimelines();
  const redated = await redateEvents(sync, facts.eventsToRedate());
  if (redated > 0) log(`${redated} event dates chosen again from every source's claim`);
  // A place is written by this step only (src/domain/place-claims.ts): declared, for the events this load created
  // that some quote supports; chosen again from every source's claim for the others it changed.
  await placeCreatedEvents(
    sync,
    dataset.events.flatMap(({ spec }) =>
      spec.place !== undefined && facts.created(spec.id) && spec.evidence.some((item) => item.stance === 'SUPPORTS')
        ? [{ id: spec.id, placeId: spec.place }]
        : [],
    ),
  );
  const placed = await placeEvents(sync, facts.eventsToRedate());
  if (placed > 0) log(`${placed} event places chosen again from every source's claim`);
  return { counters: sync.counters, perKind: sync.perKind, statements: sync.statements, recomputed };
}

/** Removes a dataset from the graph (a load of nothing); shared nodes another dataset declares are handed over. */
export function deleteDataset(executor: Executor, id: string, options: WriteOptions = {}): Promise<WriteSummary> {
  return writeDataset(executor, emptyDataset(id), options);
}
