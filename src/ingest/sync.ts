import type { Cypher } from '../db/cypher.js';
import { toNeo4jParams, type RunInTransaction } from '../db/executor.js';
import { KIND_LABELS, type LinkStatements, type LinkType, type NodeStatements, type TwoStepRead } from '../db/ingest/index.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { Dataset, Location } from './dataset.js';
import type { LoadJournal, UndoTarget } from './journal.js';
import type { WriteOptions } from './options.js';
import { DatasetError } from './problems.js';
import type { Row } from './rows.js';
import { COUNTERS, emptyKindSummary, type Counters, type KindSummary } from './summary.js';

/**
 * Syncing one kind of row inside the load's transaction: read what the graph holds of this dataset (ids and
 * hashes), send only new or changed rows in UNWIND batches, and remember what the files no longer hold, to be
 * removed once every kind is written. The driver may retry the transaction, so all state lives in one DatasetSync
 * made per attempt.
 */

/** What the write needs of a transaction: run, and a checkpoint after each batch (a commit point in bulk mode). */
export interface WriteTx {
  run: RunInTransaction;
  checkpoint(rows: number): Promise<void>;
}

/** A row of this dataset as the graph holds it. */
export interface Stored {
  readonly id: string;
  readonly hash: string;
  readonly type?: RelationType;
  readonly from?: string;
  readonly to?: string;
}

/** A row of the batch that another dataset owns. */
export interface Owned {
  readonly id: string;
  readonly dataset: string;
  readonly type?: RelationType;
  readonly from?: string;
  readonly to?: string;
}

/** How one kind of row is synchronised. */
export interface KindSync<R extends Row> {
  readonly kind: string;
  /** What the rows are, for the before-image a sync load journals before each batch. */
  readonly target: UndoTarget;
  readonly rows: Iterable<R>;
  readonly existing: Cypher | TwoStepRead;
  /** Writes a batch of new (`isNew`) or changed rows; returns the ids of new rows another dataset owns. */
  readonly send: (batch: readonly R[], isNew: boolean, stored: ReadonlyMap<string, Stored>) => Promise<readonly string[]>;
  /** Hands over or deletes rows this dataset no longer declares; returns how many were handed over. */
  readonly remove: (stale: readonly Stored[]) => Promise<number>;
}

/** Rows of one kind that the files no longer hold, removed after every kind is written. */
interface Pending {
  readonly summary: KindSummary;
  readonly stale: readonly Stored[];
  readonly remove: (stale: readonly Stored[]) => Promise<number>;
  readonly kind: string;
  readonly target: UndoTarget;
}

export interface SyncSettings {
  /** Bulk mode: every row is new, and new rows are written with CREATE instead of MERGE. */
  readonly bulk: boolean;
  readonly batchSize: number;
  readonly afterBatch: WriteOptions['afterBatch'];
  /** A sync load's journal: each batch's before-image is written in its transaction (none in bulk mode). */
  readonly journal: LoadJournal | undefined;
}

export class DatasetSync {
  readonly counters = Object.fromEntries(COUNTERS.map((name) => [name, 0])) as Counters;
  readonly perKind: Record<string, KindSummary> = {};
  statements = 0;
  private batchIndex = 0;
  private readonly pending: Pending[] = [];
  private readonly params: Record<string, unknown>;
  private located: Map<string, Location> | undefined;

  constructor(
    private readonly tx: WriteTx,
    readonly dataset: Dataset,
    readonly settings: SyncSettings,
  ) {
    this.params = { dataset: dataset.id, kindLabels: KIND_LABELS };
  }

  /** Runs a batch statement (`$rows`), adding its counters; returns its records as plain objects. */
  async run(cypher: Cypher, rows: readonly unknown[]): Promise<Record<string, unknown>[]> {
    const { records, summary } = await this.tx.run(cypher, toNeo4jParams({ ...this.params, rows }));
    this.statements++;
    const updates = summary.counters.updates();
    for (const name of COUNTERS) this.counters[name] += updates[name];
    return records.map((record) => record.toObject());
  }

  /** Runs a batch statement that returns one count. */
  async count(cypher: Cypher, rows: readonly unknown[], field: string): Promise<number> {
    return Number((await this.run(cypher, rows))[0]?.[field] ?? 0);
  }

  async afterBatch(kind: string, rows: number): Promise<void> {
    await this.settings.afterBatch?.({ kind, rows, index: this.batchIndex++ });
    await this.tx.checkpoint(rows);
  }

  private async readStored(read: Cypher | TwoStepRead): Promise<Map<string, Stored>> {
    const stored = new Map<string, Stored>();
    const keep = (record: Record<string, unknown>) => {
      const row = record as { id: string; hash: string | null; type?: RelationType; from?: string; to?: string };
      stored.set(row.id, { ...row, hash: row.hash ?? '' });
    };
    if (typeof read === 'string') {
      for await (const record of this.tx.run(read, this.params)) keep(record.toObject());
      this.statements++;
      return stored;
    }
    const ids: Array<{ id: string }> = [];
    for await (const record of this.tx.run(read.ids, this.params)) ids.push({ id: record.get('id') as string });
    this.statements++;
    for (let i = 0; i < ids.length; i += this.settings.batchSize) {
      for (const record of await this.run(read.byId, ids.slice(i, i + this.settings.batchSize))) keep(record);
    }
    return stored;
  }

  /** Syncs one kind of row; returns the ids of new rows that another dataset owns. */
  /** Journals the before-image of rows about to be written or removed (sync loads). */
  async capture(target: UndoTarget, rows: readonly Row[], change: 'new' | 'changed' | 'removed'): Promise<void> {
    await this.settings.journal?.capture(this.tx, target, rows, change);
  }

  /** Journals facts whose derived properties are about to be recomputed (sync loads). */
  async touched(factIds: readonly string[]): Promise<void> {
    await this.settings.journal?.touched(this.tx, factIds);
  }

  async kind<R extends Row>({ kind, target, rows, existing, send, remove }: KindSync<R>): Promise<Set<string>> {
    const kindStarted = performance.now();
    const summary = emptyKindSummary();
    this.perKind[kind] = summary;
    // Rows found in the files leave `stored`; what remains at the end is stale.
    const stored = await this.readStored(existing);
    const changedStored = new Map<string, Stored>();
    const notOwned = new Set<string>();
    const fresh: R[] = [];
    const changed: R[] = [];
    const flush = async (batch: R[], isNew: boolean) => {
      if (batch.length === 0) return;
      await this.capture(target, batch, isNew ? 'new' : 'changed');
      const others = await send(batch, isNew, changedStored);
      for (const id of others) notOwned.add(id);
      if (isNew) {
        summary.created += batch.length - others.length;
        summary.shared += others.length;
      } else {
        summary.updated += batch.length;
        changedStored.clear();
      }
      await this.afterBatch(kind, batch.length);
      batch.length = 0;
    };
    for (const row of rows) {
      summary.rows++;
      const old = stored.get(row.id);
      if (old === undefined) {
        fresh.push(row);
        if (fresh.length >= this.settings.batchSize) await flush(fresh, true);
        continue;
      }
      stored.delete(row.id);
      if (old.hash === row.hash) {
        summary.unchanged++;
      } else {
        changed.push(row);
        changedStored.set(row.id, old);
        if (changed.length >= this.settings.batchSize) await flush(changed, false);
      }
    }
    await flush(changed, false);
    await flush(fresh, true);
    this.pending.push({ summary, stale: [...stored.values()], remove, kind, target });
    summary.ms += performance.now() - kindStarted;
    return notOwned;
  }

  /** Runs a write whose rows must all be written unless another dataset owns them; returns those. */
  async writeOwned(kind: string, cypher: Cypher, others: Cypher, batch: readonly Row[], shareable: boolean): Promise<string[]> {
    const written = await this.count(cypher, batch, 'written');
    if (written === batch.length) return [];
    const owned = (await this.run(others, batch)) as unknown as Owned[];
    if (!shareable && owned.length > 0) throw this.conflictError(kind, owned);
    if (written + owned.length !== batch.length) {
      throw new Error(`${kind}: wrote ${written} of ${batch.length} rows and ${owned.length} belong to other datasets: a node they need is missing`);
    }
    return owned.map((row) => row.id);
  }

  /**
   * Syncs the nodes of one label; `onCreated` hears of each batch of new rows and which of them others own,
   * `onUpdated` of each batch of changed rows.
   */
  nodes<R extends Row>(
    statements: NodeStatements,
    rows: Iterable<R>,
    onCreated?: (batch: readonly R[], others: readonly string[]) => void,
    onUpdated?: (batch: readonly R[]) => void,
  ): Promise<Set<string>> {
    return this.kind({
      kind: statements.label,
      target: { node: statements.label },
      rows,
      existing: statements.existing,
      send: async (batch, isNew) => {
        if (!isNew) {
          onUpdated?.(batch);
          return this.writeOwned(statements.label, statements.update, statements.others, batch, false);
        }
        const write = this.settings.bulk ? statements.bulk : statements.create;
        const others = await this.writeOwned(statements.label, write, statements.others, batch, statements.shared);
        onCreated?.(batch, others);
        return others;
      },
      remove: async (stale) => {
        const handedOver = statements.handOver ? await this.count(statements.handOver, stale, 'handedOver') : 0;
        await this.run(statements.remove, stale);
        return handedOver;
      },
    });
  }

  /** Syncs relationships identified by their two ends. */
  async links(statements: LinkStatements, rows: Iterable<Row>): Promise<void> {
    await this.kind({
      kind: statements.kind,
      target: { link: statements.kind as LinkType },
      rows,
      existing: statements.existing,
      send: async (batch, isNew) => {
        const written = await this.count(this.settings.bulk && isNew ? statements.bulk : statements.write, batch, 'written');
        if (written !== batch.length)
          throw new Error(`${statements.kind}: wrote ${written} of ${batch.length} relationships: an end node is missing`);
        return [];
      },
      remove: async (stale) => {
        await this.run(statements.remove, stale);
        return 0;
      },
    });
  }

  /**
   * Removes what the files no longer hold, dependants first: names and evidence before the facts and nodes they
   * point at, so a shared node's heir is found among the datasets that still name or cite it.
   */
  async removeStale(): Promise<void> {
    for (const { summary, stale, remove, kind, target } of [...this.pending].reverse()) {
      const removeStarted = performance.now();
      for (let i = 0; i < stale.length; i += this.settings.batchSize) {
        const chunk = stale.slice(i, i + this.settings.batchSize);
        await this.capture(target, chunk, 'removed');
        const handedOver = await remove(chunk);
        summary.handedOver += handedOver;
        summary.deleted += chunk.length - handedOver;
        await this.afterBatch(`${kind} (stale)`, chunk.length);
      }
      summary.ms += performance.now() - removeStarted;
    }
  }

  /** The rows another dataset owns under this dataset's ids, as a DatasetError naming where each id was declared. */
  conflictError(kind: string, conflicts: readonly Owned[]): DatasetError {
    return new DatasetError(
      this.dataset.folder,
      conflicts.map((other) => ({
        ...this.locate(other.id),
        message:
          other.type === undefined
            ? `${kind} id "${other.id}" is already used by dataset "${other.dataset}": ids of sources and excerpts belong to one dataset`
            : `${kind} id "${other.id}" is already used by dataset "${other.dataset}" for ${other.from} ${other.type} ${other.to}: ` +
              'a relation id shared by two datasets must name the same type and entities',
      })),
    );
  }

  /** Where an id was declared, to name the file and path of a row the graph refuses. */
  private locate(id: string): Location {
    if (!this.located) {
      this.located = new Map();
      const { sources, excerpts, entities, events, relations } = this.dataset;
      for (const list of [sources, excerpts, entities, events, relations]) {
        for (const item of list) this.located.set(item.spec.id, { file: item.file, path: `${item.path}.id` });
      }
    }
    return this.located.get(id) ?? { file: '.', path: '(dataset)' };
  }
}
