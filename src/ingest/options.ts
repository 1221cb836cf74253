/** How `writeDataset` writes; every field has a default. */
export interface WriteOptions {
  /** Rows per UNWIND statement (default 5,000). */
  readonly batchSize?: number;
  /** Timeout of each of the load's transactions (default 10 minutes). */
  readonly timeoutMs?: number;
  readonly log?: (line: string) => void;
  /** Test hook: called after each batch statement, inside the transaction; throwing aborts the load. */
  readonly afterBatch?: (batch: { readonly kind: string; readonly rows: number; readonly index: number }) => void | Promise<void>;
  /** Test hook: called once everything is written, just before the last commit; throwing aborts the load. */
  readonly beforeCommit?: () => void | Promise<void>;
  /**
   * Both modes commit every `commitEvery` rows and are undone as a whole when they fail (journal.ts). `sync`
   * MERGEs each row and journals the before-image of each batch; `bulk` (a first load only: no id of the dataset may
   * exist in the graph) CREATEs and journals nothing, since undoing it is deleting everything marked with the
   * dataset. `auto` (the default) uses bulk for a first load of at least BULK_THRESHOLD rows, sync otherwise.
   */
  readonly mode?: 'auto' | 'sync' | 'bulk';
  /** Rows per commit (default 50,000): bounds the server memory a load needs. */
  readonly commitEvery?: number;
}

/** Rows from which a first load goes in bulk mode (faster: CREATE, no before-images). */
export const BULK_THRESHOLD = 100_000;
export const DEFAULT_COMMIT_EVERY = 50_000;
export const DEFAULT_BATCH_SIZE = 5_000;
export const DEFAULT_WRITE_TIMEOUT_MS = 10 * 60_000;
/**
 * How long past its transaction timeout a load's heartbeat may be silent before its loader is taken for dead:
 * a live loader commits (and beats) at least once per transaction, and a transaction cannot outlive its timeout.
 */
export const JOURNAL_GRACE_MS = 60_000;
