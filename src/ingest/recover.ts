import { hostname } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { toNeo4jParams, type Executor, type Params } from '../db/executor.js';
import type { Cypher } from '../db/cypher.js';
import {
  COPY_SORT_KEYS,
  entityOfParticipation,
  FACT_TYPES,
  LINK_UNDO,
  LOAD_CLAIM,
  LOAD_CURRENT,
  LOAD_FINISH,
  LOAD_HEARTBEAT,
  NODE_UNDO,
  PARTICIPATION_UNDO,
  RECOUNT_TIMELINES,
  RELATION_UNDO,
  removeFirstLoad,
  UNDO_APPLIED,
  UNDO_EVENTS,
  UNDO_FACTS,
  UNDO_PENDING,
  UNDO_READ,
} from '../db/ingest/index.js';
import { recomputeDerived } from './derived.js';
import { activeTokens, LoadJournal, newToken, plain, whoAmI, type LoadMode, type UndoRecord } from './journal.js';
import { DEFAULT_BATCH_SIZE } from './options.js';
import { factTypeOf } from './rows.js';

/**
 * Finding and undoing a load that did not finish (journal.ts). Run before anything else reads or writes: by
 * every load, by the API's start and its seed-on-start. A load whose loader is provably gone (same host and its
 * process no longer exists, or no heartbeat for longer than its transactions may last) is undone; one that may
 * still run is left alone, and a new load is refused naming who runs it.
 */

/** An unfinished load as the journal records it. */
export interface UnfinishedLoad {
  readonly dataset: string;
  readonly mode: 'bulk' | 'sync';
  readonly token: string;
  readonly host: string;
  readonly pid: number;
  readonly startedAt: string;
  readonly commits: number;
  /** Milliseconds since its last heartbeat, by the server's clock. */
  readonly age: number;
  readonly staleAfterMs: number;
}

/** Another load holds the journal and may still be running: this one is refused. */
export class LoadInProgressError extends Error {
  override readonly name = 'LoadInProgressError';
  constructor(readonly load: UnfinishedLoad) {
    super(
      `A ${load.mode} load of dataset "${load.dataset}" is in progress: started at ${load.startedAt} by pid ${load.pid} on host ` +
        `${load.host}, ${load.commits} commits, the last ${Math.round(load.age / 1000)} s ago. Only one load runs at a time: wait for ` +
        `it to finish, or stop that process (a load whose process is gone is undone by the next load or API start).`,
    );
  }
}

/** A load failed and could not be undone at once (Neo4j gone): its journal waits for the next load or start. */
export class LoadNotUndoneError extends Error {
  override readonly name = 'LoadNotUndoneError';
}

export async function readUnfinishedLoad(executor: Executor): Promise<UnfinishedLoad | undefined> {
  const { records } = await executor.read(LOAD_CURRENT);
  const load = records[0]?.get('load') as Record<string, unknown> | undefined;
  return load ? (plain(load) as UnfinishedLoad) : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why the load's loader is provably gone, or undefined when it may still be running. */
export function whyDead(load: UnfinishedLoad): string | undefined {
  if (load.host === hostname()) {
    if (load.pid === process.pid) return activeTokens.has(load.token) ? undefined : 'it was this process, whose load failed';
    if (!isAlive(load.pid)) return `its process (pid ${load.pid} on this host) no longer exists`;
  }
  if (load.age > load.staleAfterMs) return `its last heartbeat was ${Math.round(load.age / 1000)} s ago (longer than its transactions may last)`;
  return undefined;
}

/**
 * Undoes an unfinished load whose loader is gone, or throws LoadInProgressError when it may still run. Returns
 * the load undone, or undefined when there was none.
 */
export async function recoverUnfinishedLoad(executor: Executor, log: (line: string) => void): Promise<UnfinishedLoad | undefined> {
  const load = await readUnfinishedLoad(executor);
  if (!load) return undefined;
  const why = whyDead(load);
  if (!why) throw new LoadInProgressError(load);
  log(
    `An unfinished ${load.mode} load of dataset "${load.dataset}" is in the graph (started at ${load.startedAt} by pid ${load.pid} on ` +
      `${load.host}, ${load.commits} commits) and ${why}: undoing it...`,
  );
  const started = performance.now();
  await undoLoad(executor, load);
  log(`Undone in ${((performance.now() - started) / 1000).toFixed(1)} s: the graph is as it was before that load of "${load.dataset}".`);
  return load;
}

/** Takes the journal over (one process wins) and moves the graph back to where the load found it. */
export async function undoLoad(executor: Executor, load: UnfinishedLoad): Promise<void> {
  const token = newToken();
  const { records } = await write(executor, LOAD_CLAIM, { token: load.token, load: whoAmI(token) });
  if (Number(records[0]?.get('claimed') ?? 0) === 0) {
    const now = await readUnfinishedLoad(executor);
    if (now) throw new LoadInProgressError(now);
    return;
  }
  activeTokens.add(token);
  try {
    if (load.mode === 'bulk') {
      // A first load of ids the graph did not hold: everything marked with the dataset is its own.
      await removeFirstLoad(executor, load.dataset);
    } else {
      await applyUndoRecords(executor, load.dataset, token);
      await recomputeTouched(executor, load.dataset);
    }
    await write(executor, LOAD_FINISH, { token });
  } finally {
    activeTokens.delete(token);
  }
}

/** Newest first, one transaction per record (bounded like the batch it undoes), marking it undone in the same. */
async function applyUndoRecords(executor: Executor, dataset: string, token: string): Promise<void> {
  const { records } = await executor.read(UNDO_PENDING, { dataset });
  for (const seq of records.map((record) => record.get('seq') as unknown)) {
    await executor.writeTransaction(async (tx) => {
      const read = await tx.run(UNDO_READ, { dataset, seq });
      const data = read.records[0]?.get('data') as Int8Array | null | undefined;
      if (data) {
        const record = JSON.parse(gunzipSync(Buffer.from(data.buffer, data.byteOffset, data.length)).toString('utf8')) as UndoRecord;
        const run = (cypher: Parameters<typeof tx.run>[0], rows: unknown[]) =>
          rows.length > 0 ? tx.run(cypher, toNeo4jParams({ rows, dataset })) : undefined;
        const { target, entries } = record;
        if ('node' in target) {
          await run(
            NODE_UNDO[target.node].remove,
            entries.filter((entry) => entry['before'] === null),
          );
          await run(
            NODE_UNDO[target.node].restore,
            entries.filter((entry) => entry['before'] !== null),
          );
        } else if ('link' in target) {
          await run(LINK_UNDO[target.link].restore, [...entries]);
        } else {
          await run((target.fact === 'PARTICIPATION' ? PARTICIPATION_UNDO : RELATION_UNDO).restore, [...entries]);
        }
      }
      await tx.run(UNDO_APPLIED, { dataset, seq });
      await tx.run(LOAD_HEARTBEAT, { token });
    }, RECOVERY_TIMEOUT_MS);
  }
}

/** Each step of a recovery is one batch's worth of work. */
const RECOVERY_TIMEOUT_MS = 10 * 60_000;

const write = (executor: Executor, cypher: Cypher, params: Params) =>
  executor.writeTransaction((tx) => tx.run(cypher, toNeo4jParams(params)), RECOVERY_TIMEOUT_MS);

/**
 * Sort keys of the events touched, then the derived properties of the facts touched, from the evidence now there,
 * then the timeline counts of the entities of the participations touched.
 */
async function recomputeTouched(executor: Executor, dataset: string): Promise<void> {
  const ids = async (cypher: typeof UNDO_FACTS) => (await executor.read(cypher, { dataset })).records.map((record) => record.get('id') as string);
  const events = await ids(UNDO_EVENTS);
  for (let i = 0; i < events.length; i += DEFAULT_BATCH_SIZE) {
    await write(executor, COPY_SORT_KEYS, { rows: events.slice(i, i + DEFAULT_BATCH_SIZE).map((id) => ({ id })) });
  }
  const facts = await ids(UNDO_FACTS);
  const entities = [...new Set(facts.filter((id) => factTypeOf(id) === 'PARTICIPATION').map(entityOfParticipation))];
  for (let i = 0; i < entities.length; i += DEFAULT_BATCH_SIZE) {
    await write(executor, RECOUNT_TIMELINES, { rows: entities.slice(i, i + DEFAULT_BATCH_SIZE).map((id) => ({ id })) });
  }
  for (const factType of FACT_TYPES) {
    const ofType = facts.filter((id) => factTypeOf(id) === factType);
    for (let i = 0; i < ofType.length; i += DEFAULT_BATCH_SIZE) {
      const batch = ofType.slice(i, i + DEFAULT_BATCH_SIZE);
      await executor.writeTransaction(
        (tx) =>
          recomputeDerived(
            async (cypher, rows) => (await tx.run(cypher, toNeo4jParams({ rows }))).records.map((record) => record.toObject()),
            factType,
            batch,
          ),
        RECOVERY_TIMEOUT_MS,
      );
    }
  }
}

/**
 * Opens the journal of a new load. When another load holds it: undone first if its loader is gone, else this
 * load is refused (LoadInProgressError) before it writes anything.
 */
export async function beginLoad(
  executor: Executor,
  datasetId: string,
  mode: LoadMode,
  staleAfterMs: number,
  log: (line: string) => void,
): Promise<LoadJournal> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await LoadJournal.begin(executor, datasetId, mode, staleAfterMs);
    } catch (error) {
      if ((error as { code?: string }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed' || attempt > 0) throw error;
      await recoverUnfinishedLoad(executor, log);
    }
  }
}

/** Undoes a load of this process that failed; when that fails too (Neo4j gone), the journal waits for the next start. */
export async function undoFailedLoad(executor: Executor, datasetId: string, failure: unknown, log: (line: string) => void): Promise<void> {
  log(`The load of "${datasetId}" failed (${(failure as Error).message}); undoing what it had committed...`);
  try {
    const load = await readUnfinishedLoad(executor);
    if (load) await undoLoad(executor, load);
    log(`Undone: the graph is as it was before this load of "${datasetId}".`);
  } catch (undoError) {
    throw new LoadNotUndoneError(
      `The load of "${datasetId}" failed (${(failure as Error).message}) and undoing it failed too (${(undoError as Error).message}). ` +
        'Its journal stays in the graph: the next load, or the API when it starts, undoes it once Neo4j answers.',
      { cause: undoError },
    );
  }
}
