import type { Executor, RollingTransaction } from '../db/executor.js';
import { ENTITY, EVENT, EXCERPT, IN_COUNTRY, MENTIONED_IN, NAME, OCCURRED_IN, SOURCE } from '../db/ingest/index.js';
import { useBulkMode, withUndo } from './bulk.js';
import { emptyDataset, type Dataset } from './dataset.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_COMMIT_EVERY, DEFAULT_WRITE_TIMEOUT_MS, type WriteOptions } from './options.js';
import { entityRows, eventRows, excerptRows, inCountryRows, mentionRows, nameRows, occurredInRows, provenanceOf, sourceRows } from './rows.js';
import { kindLines, type KindSummary, type WriteSummary } from './summary.js';
import { FactSync } from './sync-facts.js';
import { DatasetSync, type SyncSettings, type WriteTx } from './sync.js';

/**
 * Writes a validated dataset in one write transaction. For each kind of row, in dependency order (sources,
 * excerpts, entities and their links, events and their places, participations, relations, evidence, names),
 * it reads what the graph holds of this dataset (ids and hashes), sends only new or changed rows in UNWIND
 * batches, and remembers what the files no longer hold; then it removes those in reverse order, handing shared
 * entities, events and facts over to another dataset that still declares them; last it recomputes the derived
 * properties of the facts whose evidence changed. All or nothing: any failure (a source or excerpt id another
 * dataset holds, a relation id another dataset uses between other entities) rolls everything back.
 *
 * Memory: Neo4j holds the whole transaction in its heap until commit, about 3.3 KB per row written (measured on
 * 5.26; a bare node with one indexed property already takes 1.7 KB), so a first load of N rows needs a server
 * heap of roughly N × 3.5 KB plus working room. Re-runs write only what changed. A first load of BULK_THRESHOLD
 * rows or more goes in bulk mode (bulk.ts) unless `mode` says otherwise.
 */
export async function writeDataset(executor: Executor, dataset: Dataset, options: WriteOptions = {}): Promise<WriteSummary> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const bulk = await useBulkMode(executor, dataset, options.mode ?? 'auto');
  const settings: SyncSettings = {
    bulk,
    batchSize: Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE)),
    afterBatch: options.afterBatch,
  };
  const work = async (tx: WriteTx) => {
    const result = await syncDataset(tx, dataset, settings, log);
    await options.beforeCommit?.();
    return { ...result, workedAt: performance.now() };
  };

  const timeoutMs = options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;
  let result: Awaited<ReturnType<typeof work>>;
  const used: { tx?: RollingTransaction } = {};
  if (!bulk) {
    result = await executor.writeTransaction((tx) => work({ run: tx.run.bind(tx), checkpoint: async () => {} }), timeoutMs);
  } else {
    const commitEvery = Math.max(1, options.commitEvery ?? DEFAULT_COMMIT_EVERY);
    log(`First load of "${dataset.id}": bulk mode, committing every ${commitEvery} rows.`);
    result = await withUndo(executor, dataset.id, log, () => executor.rollingWrite((tx) => work((used.tx = tx)), commitEvery, timeoutMs));
  }

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
    mode: bulk ? 'bulk' : 'single',
    commitMs: used.tx ? used.tx.commitMs : committedAt - result.workedAt,
    commits: used.tx ? used.tx.commits : 1,
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
  const sharedEvents = await sync.nodes(EVENT, eventRows(dataset, provenance), facts.noteCreated);
  await sync.links(OCCURRED_IN, occurredInRows(dataset, sharedEvents));
  await facts.participations(provenance);
  await facts.relations(provenance);
  await facts.evidence();
  await sync.nodes(NAME, nameRows(dataset));
  await sync.removeStale();
  for (const line of kindLines(sync.perKind)) log(line);
  const recomputed = await facts.recomputeDerived();
  return { counters: sync.counters, perKind: sync.perKind, statements: sync.statements, recomputed };
}

/** Removes a dataset from the graph in one transaction; shared nodes another dataset declares are handed over. */
export function deleteDataset(executor: Executor, id: string, options: WriteOptions = {}): Promise<WriteSummary> {
  return writeDataset(executor, emptyDataset(id), options);
}
