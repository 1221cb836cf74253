import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeImport, databaseIsEmpty } from '../db/ingest/import.js';
import type { Executor } from '../db/executor.js';
import { applySchema } from '../db/schema.js';
import type { Dataset } from './dataset.js';
import { ARRAY_DELIMITER, writeImportFiles, type ImportFiles } from './import-files.js';
import { DatasetError } from './problems.js';

/**
 * A first load through Neo4j's offline import tool: the validated dataset is written as the tool's CSV files,
 * the local Neo4j we manage builds a new database from them (stop, import into a staging store, swap, start),
 * then the constraints and indexes are created and awaited. Hundreds of thousands of rows per second where the
 * transactional loader writes thousands; only into an empty database, and only on the local instance (a remote
 * server or Aura keeps the transactional bulk mode).
 */

/** What runs the import tool: the local Neo4j (src/local-neo4j), which owns the server process. */
export interface ImportTarget {
  importDatabase(args: readonly string[]): Promise<void>;
}

export interface ImportSummary {
  readonly dataset: string;
  readonly rows: number;
  readonly mode: 'import';
  /** Writing the CSV files, the import itself (with the restart), and the schema and completion after it. */
  readonly filesMs: number;
  readonly importMs: number;
  readonly schemaMs: number;
  readonly elapsedMs: number;
  readonly rowsPerSecond: number;
}

/** The import tool's arguments for `files`, in our CSV dialect (see import-files.ts). */
export function importArguments(files: ImportFiles): string[] {
  return [
    ...files.nodes.map((file) => `--nodes=${file.argument}`),
    ...files.relationships.map((file) => `--relationships=${file.argument}`),
    `--array-delimiter=${ARRAY_DELIMITER}`,
    '--multiline-fields=true',
    '--id-type=string',
    '--normalize-types=false',
  ];
}

/**
 * Imports `dataset` into the empty database of `target`; `executor` reaches the same server (its driver
 * reconnects after the restart). Refused, with nothing changed, when the database holds anything.
 */
export async function importDataset(
  executor: Executor,
  target: ImportTarget,
  dataset: Dataset,
  options: { readonly log?: (line: string) => void; readonly folder?: string } = {},
): Promise<ImportSummary> {
  const log = options.log ?? (() => {});
  if (!(await databaseIsEmpty(executor))) {
    throw new DatasetError(dataset.folder, [
      {
        file: '.',
        path: '(dataset)',
        message: 'the import tool builds a new database, so it loads only into an empty one: load this dataset without it',
      },
    ]);
  }
  const started = performance.now();
  const folder = options.folder ?? (await mkdtemp(join(tmpdir(), 'scg-import-')));
  try {
    const files = await writeImportFiles(dataset, folder);
    const written = performance.now();
    log(`First load of "${dataset.id}" through the import tool: ${files.rows} rows in ${files.nodes.length + files.relationships.length} files.`);
    await target.importDatabase(importArguments(files));
    const imported = performance.now();
    // A new store has no timeline index yet: applySchema counts each entity's events before creating it.
    await applySchema(executor);
    await completeImport(executor);
    const finished = performance.now();
    const elapsedMs = finished - started;
    return {
      dataset: dataset.id,
      rows: files.rows,
      mode: 'import',
      filesMs: written - started,
      importMs: imported - written,
      schemaMs: finished - imported,
      elapsedMs,
      rowsPerSecond: Math.round((files.rows / elapsedMs) * 1000),
    };
  } finally {
    if (options.folder === undefined) await rm(folder, { recursive: true, force: true });
  }
}
