import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Transaction } from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../errors.js';
import type { Cypher } from './cypher.js';
import { isTransient, isUnavailable } from './driver.js';

/** Told about every Cypher query a request runs (tests count them; logs may time them). */
export interface QueryObserver {
  onQuery(cypher: string, elapsedMs: number): void;
}

export type Params = Record<string, unknown>;

/** Runs a statement inside a transaction: awaited for its result, or iterated record by record. */
export type RunInTransaction = ManagedTransaction['run'];

/** A write transaction that commits itself every so many rows (see Executor.rollingWrite). */
export interface RollingTransaction {
  run: Transaction['run'];
  /** Notes that `rows` were written; commits when enough have been since the last commit. */
  checkpoint(rows: number): Promise<void>;
  readonly commits: number;
  /** Time spent in those commits, in ms. */
  readonly commitMs: number;
}

/**
 * The one place queries reach Neo4j: reads in read transactions (a cluster routes them to followers), writes in
 * write transactions, each with a timeout; sessions are managed by executeQuery and always closed. Driver errors
 * are mapped here to the errors clients see; anything unexpected propagates to be masked and logged.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: { readonly database: string | undefined; readonly queryTimeoutMs: number },
    private readonly observer?: QueryObserver,
  ) {}

  /** The same executor reporting its queries to another observer (one per request). */
  observedBy(observer: QueryObserver): Executor {
    return new Executor(this.driver, this.options, observer);
  }

  read<R extends RecordShape = RecordShape>(cypher: Cypher, params: Params = {}): Promise<QueryResult<R>> {
    return this.run<R>(cypher, params, neo4j.routing.READ);
  }

  write<R extends RecordShape = RecordShape>(cypher: Cypher, params: Params = {}): Promise<QueryResult<R>> {
    return this.run<R>(cypher, params, neo4j.routing.WRITE);
  }

  /**
   * Runs `work` in one write transaction: everything it writes commits together or not at all. The driver may
   * retry `work` on a transient failure, so it must have no side effects outside the transaction.
   */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.options.queryTimeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } catch (error) {
      throw mapDriverError(error, timeoutMs);
    } finally {
      await session.close();
      this.observer?.onQuery('(write transaction)', performance.now() - started);
    }
  }

  /**
   * Runs `work` over a series of write transactions, committing whenever `checkpoint` has seen `rowsPerCommit`
   * rows since the last commit, so the server never holds more than that in memory. Not atomic: a caller that
   * needs all-or-nothing must undo what was committed when this throws (the open transaction is rolled back).
   * No retries: the work runs once.
   */
  async rollingWrite<T>(work: (tx: RollingTransaction) => Promise<T>, rowsPerCommit: number, timeoutMs = this.options.queryTimeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    let tx: Transaction | undefined;
    let pending = 0;
    let commits = 0;
    let commitMs = 0;
    const open = () => (tx ??= session.beginTransaction({ timeout: timeoutMs }));
    const commit = async (current: Transaction) => {
      const commitStarted = performance.now();
      await current.commit();
      commitMs += performance.now() - commitStarted;
      commits += 1;
      tx = undefined;
      pending = 0;
    };
    const rolling: RollingTransaction = {
      run: (cypher, params) => open().run(cypher, params),
      checkpoint: async (rows) => {
        pending += rows;
        if (pending < rowsPerCommit || !tx) return;
        await commit(tx);
      },
      get commits() {
        return commits;
      },
      get commitMs() {
        return commitMs;
      },
    };
    try {
      const result = await work(rolling);
      if (tx) await commit(tx);
      return result;
    } catch (error) {
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      throw mapDriverError(error, timeoutMs);
    } finally {
      await session.close();
      this.observer?.onQuery('(rolling write)', performance.now() - started);
    }
  }

  /** Runs one statement in an auto-commit transaction (needed by CALL { ... } IN TRANSACTIONS). */
  async autoCommit(cypher: Cypher, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher, toNeo4jParams(params));
    } catch (error) {
      throw mapDriverError(error, this.options.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  private async run<R extends RecordShape>(cypher: Cypher, params: Params, routing: 'READ' | 'WRITE'): Promise<QueryResult<R>> {
    const started = performance.now();
    try {
      return await this.driver.executeQuery<QueryResult<R>>(cypher, toNeo4jParams(params), {
        database: this.options.database,
        routing,
        transactionConfig: { timeout: this.options.queryTimeoutMs },
      });
    } catch (error) {
      throw mapDriverError(error, this.options.queryTimeoutMs);
    } finally {
      this.observer?.onQuery(cypher, performance.now() - started);
    }
  }
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Driver errors by code: unreachable or still-starting servers and timeouts become client-facing errors. */
export function mapDriverError(error: unknown, timeoutMs: number): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) return new DatabaseTimeoutError(timeoutMs);
  if (isUnavailable(error) || code === 'Neo.TransientError.General.DatabaseUnavailable') return new DatabaseUnavailableError();
  if (isTransient(error) && /unavailable|starting|stopping/i.test(String((error as Error).message))) return new DatabaseUnavailableError();
  return error;
}

/**
 * JavaScript numbers are doubles; Cypher wants integers for LIMIT, offsets and counts. Whole numbers become Neo4j
 * integers at this boundary (this product has no whole-valued floats among its parameters).
 */
export function toNeo4jParams(value: Params): Params {
  return convert(value) as Params;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)]));
  }
  return value;
}
