import { hostname } from 'node:os';
import { gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import type { Executor, RollingTransaction } from '../db/executor.js';
import {
  LINK_UNDO,
  LOAD_BEGIN,
  LOAD_FINISH,
  LOAD_HEARTBEAT,
  LOAD_SLOT_CONSTRAINT,
  NODE_UNDO,
  PARTICIPATION_UNDO,
  RELATION_UNDO,
  UNDO_APPEND,
  type LinkType,
  type NodeLabel,
} from '../db/ingest/index.js';
import { toNeo4jParams } from '../db/executor.js';
import type { Row } from './rows.js';
import type { WriteTx } from './sync.js';

/**
 * The load journal (src/db/ingest/journal.ts): a `:Load` node committed before the first batch, naming the
 * dataset, the mode and who runs the load (host, pid, start, a heartbeat written in every commit), and for a
 * sync load one `:LoadUndo` record per batch, written in the batch's own transaction: the before-image of
 * everything the batch is about to write (undo.ts). The load's last commit deletes them all, so a journal found
 * in the graph means a load that did not finish, and its records are exactly what it committed.
 */

/** What a batch writes, for its before-image: nodes of a label, links of a type, or facts with an id. */
export type UndoTarget = { readonly node: NodeLabel } | { readonly link: LinkType } | { readonly fact: 'PARTICIPATION' | 'RELATION' };

/** One before-image record as journalled (gzip of this, as JSON). */
export interface UndoRecord {
  readonly target: UndoTarget;
  readonly entries: readonly Record<string, unknown>[];
}

export type LoadMode = 'bulk' | 'sync';

/** Tokens of the loads and recoveries this process runs now: a journal of ours not among them is dead. */
export const activeTokens = new Set<string>();

export const newToken = (): string => `${hostname()}:${process.pid}:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}`;

/** Who runs a load, as the journal records it. */
export const whoAmI = (token: string) => ({ token, host: hostname(), pid: process.pid });

/** Neo4j values as plain JSON: integers become numbers (the loader writes no fractional numbers). */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

const factOfEvidence = (id: string) => id.slice(0, id.lastIndexOf('#'));

export class LoadJournal {
  private seq = 0;
  private pending = 0;

  private constructor(
    readonly datasetId: string,
    readonly mode: LoadMode,
    readonly token: string,
  ) {}

  /**
   * Opens the journal for a load and commits it. Fails with the uniqueness constraint's error when another load
   * holds the slot (the caller checks who first: see recover.ts).
   */
  static async begin(executor: Executor, datasetId: string, mode: LoadMode, staleAfterMs: number): Promise<LoadJournal> {
    await executor.write(LOAD_SLOT_CONSTRAINT);
    const token = newToken();
    await executor.write(LOAD_BEGIN, { load: { dataset: datasetId, mode, staleAfterMs, ...whoAmI(token) } });
    activeTokens.add(token);
    return new LoadJournal(datasetId, mode, token);
  }

  /** This process no longer runs the load (finished, or failed and handed to recovery). */
  release(): void {
    activeTokens.delete(this.token);
  }

  /**
   * The load's transaction with the journal in it: a heartbeat in every commit (written just before the rolling
   * transaction commits, with the same count of rows).
   */
  wrap(tx: RollingTransaction, rowsPerCommit: number): WriteTx {
    return {
      run: tx.run.bind(tx),
      checkpoint: async (rows) => {
        this.pending += rows;
        if (this.pending >= rowsPerCommit) {
          await tx.run(LOAD_HEARTBEAT, { token: this.token });
          this.pending = 0;
        }
        await tx.checkpoint(rows);
      },
    };
  }

  /**
   * Journals the before-image of a batch, in the batch's transaction, before it writes. Rows new to the dataset
   * need no read: nothing of this dataset is under their keys (what another dataset owns there, the load does not
   * write), so their undo deletes what the dataset owns under them.
   */
  async capture(tx: WriteTx, target: UndoTarget, rows: readonly Row[], change: 'new' | 'changed' | 'removed'): Promise<void> {
    if (rows.length === 0) return;
    const keys = rows.map((row) => ('link' in target ? { from: (row as { from?: string }).from, to: (row as { to?: string }).to } : { id: row.id }));
    let entries: Record<string, unknown>[];
    if (change === 'new') {
      entries = keys.map((key) => ({ ...key, before: null }));
    } else {
      const cypher =
        'node' in target
          ? NODE_UNDO[target.node].capture
          : 'link' in target
            ? LINK_UNDO[target.link].capture
            : (target.fact === 'PARTICIPATION' ? PARTICIPATION_UNDO : RELATION_UNDO).capture;
      const { records } = await tx.run(cypher, toNeo4jParams({ rows: keys, detach: change === 'removed' }));
      entries = records.map((record) => plain(record.toObject()) as Record<string, unknown>);
    }
    const ids = rows.map((row) => row.id);
    const facts =
      'fact' in target
        ? ids
        : 'node' in target && target.node === 'Evidence'
          ? ids.map(factOfEvidence)
          : 'node' in target && target.node === 'Event'
            ? ids
            : [];
    const events = 'node' in target && target.node === 'Event' ? ids : [];
    await this.append(tx, { target, entries }, facts, events);
  }

  /** Journals facts whose derived properties the load recomputes, so an undo recomputes them again. */
  touched(tx: WriteTx, factIds: readonly string[]): Promise<void> {
    return this.append(tx, undefined, factIds, []);
  }

  private async append(tx: WriteTx, record: UndoRecord | undefined, facts: readonly string[], events: readonly string[]): Promise<void> {
    const data = record ? gzipSync(JSON.stringify(record)) : undefined;
    await tx.run(UNDO_APPEND, {
      undo: {
        dataset: this.datasetId,
        seq: neo4j.int(this.seq++),
        data: data ? new Int8Array(data.buffer, data.byteOffset, data.length) : null,
        facts: [...new Set(facts)],
        events,
      },
    });
  }

  /** Closes the journal in the load's last transaction. */
  async finish(tx: WriteTx): Promise<void> {
    await tx.run(LOAD_FINISH, { token: this.token });
  }
}
