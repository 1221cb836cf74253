/** How `writeDataset` writes; every field has a default. */
export interface WriteOptions {
  /** Rows per UNWIND statement (default 5,000). */
  readonly batchSize?: number;
  /** Timeout of the one write transaction (default 10 minutes). */
  readonly timeoutMs?: number;
  readonly log?: (line: string) => void;
  /** Test hook: called after each batch statement, inside the transaction; throwing aborts the load. */
  readonly afterBatch?: (batch: { readonly kind: string; readonly rows: number; readonly index: number }) => void | Promise<void>;
  /** Test hook: called once everything is written, just before commit; throwing aborts the load. */
  readonly beforeCommit?: () => void | Promise<void>;
  /**
   * `single` writes in one transaction. `bulk` (a first load only: no id of the dataset may exist in the graph)
   * commits every `commitEvery` rows so the server's memory stays bounded, and on failure deletes what it had
   * committed, leaving the graph as it was. `auto` (the default) uses bulk for a first load of at least
   * BULK_THRESHOLD rows and one transaction otherwise.
   */
  readonly mode?: 'auto' | 'single' | 'bulk';
  /** Rows per commit in bulk mode (default 50,000). */
  readonly commitEvery?: number;
}

/** Rows from which a first load goes in bulk mode: one transaction needs about 3.5 KB of server heap per row. */
export const BULK_THRESHOLD = 100_000;
export const DEFAULT_COMMIT_EVERY = 50_000;
export const DEFAULT_BATCH_SIZE = 5_000;
export const DEFAULT_WRITE_TIMEOUT_MS = 10 * 60_000;
