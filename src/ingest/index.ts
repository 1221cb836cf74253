/**
 * The dataset loader (seed/README.md has the format): read a folder (read.ts), validate it without a database
 * (validate.ts), build rows (rows.ts) and sync them into the graph (write.ts, sync.ts, sync-facts.ts; bulk.ts
 * for large first loads) with the statements of src/db/ingest/, all or nothing through the load journal (journal.ts,
 * recover.ts).
 *
 * Every node and relationship carries `dataset`, the dataset that owns it. Sources, excerpts, evidence and names
 * belong to one dataset. Entities, events, participations and relations may be declared by several (one
 * real-world thing has one id in every dataset): the first to write one owns its values, the others attach their
 * own evidence, names and mentions to it (so facts corroborate across sources), and when the owner stops
 * declaring it, a dataset that still does takes it over. No load changes another dataset's rows, except the
 * properties derived from evidence, which are recomputed from every dataset's evidence.
 */
export type { DatasetFile, EntitySpec, EventSpec, ExcerptSpec, RelationSpec, SourceSpec } from './dataset-schema.js';
export { emptyDataset, type Dataset, type LoadedEvent, type LoadedRelation, type LoadedSource, type Located, type Location } from './dataset.js';
export { BULK_THRESHOLD, DEFAULT_BATCH_SIZE, DEFAULT_COMMIT_EVERY, DEFAULT_WRITE_TIMEOUT_MS, type WriteOptions } from './options.js';
export { DatasetError, formatProblem, type DatasetProblem } from './problems.js';
export { LoadInProgressError, LoadNotUndoneError, readUnfinishedLoad, recoverUnfinishedLoad, type UnfinishedLoad } from './recover.js';
export { DEFAULT_DATASET_FOLDER, defaultDatasetFolders, readDataset, type ReadOptions } from './read.js';
export { evidenceId, nameId, participationId } from './rows.js';
export { seedDataset, type SeedOptions, type SeedSummary } from './seed.js';
export { CodePointText, contentHash, contentText, readSourceText } from './source-text.js';
export type { KindSummary, WriteSummary } from './summary.js';
export { validateDataset, type DatasetFileText, type DatasetInput, type SourceFile } from './validate.js';
export { deleteDataset, writeDataset } from './write.js';
export { datasetRows } from './bulk.js';
export { databaseIsEmpty } from '../db/ingest/import.js';
export { importDataset, importArguments, type ImportSummary, type ImportTarget } from './import-tool.js';
export { matchEntities, resolveEntities, rewriteDataset, type EntityResolution, type GraphView, type MatchedBy } from './match.js';
export {
  describeDetail,
  describePlan,
  planDataset,
  type DetailPlan,
  type EventPlan,
  type FactPlan,
  type LoadPlan,
  type RelationPlan,
} from './plan.js';
