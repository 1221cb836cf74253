import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session, type Transaction } from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../errors.js';
import { Statement, type Cypher } from './cypher.js';
import { isTransient, isUnavailable } from './driver.js';

/** What the executor says of each query it ran: never the parameters' values, only their names. */
export interface QueryReport {
  readonly parameters: readonly string[];
  /** `deadline` when the executor gave up waiting (see Executor) and abandoned the session. */
  readonly outcome: 'ok' | 'error' | 'deadline';
}

/** Told about every query a request runs, by statement name (tests count them; the debug log writes a line each). */
export interface QueryObserver {
  onQuery(name: string, elapsedMs: number, report: QueryReport): void;
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

export interface ExecutorOptions {
  readonly database: string | undefined;
  /** The server-side timeout of each transaction (ms). */
  readonly queryTimeoutMs: number;
  /**
   * How long getting a connection and beginning a transaction may take (ms); the driver's connection acquisition
   * timeout should be the same (see openDriver). Default DEFAULT_ACQUISITION_TIMEOUT_MS.
   */
  readonly acquisitionTimeoutMs?: number;
}

export const DEFAULT_ACQUISITION_TIMEOUT_MS = 5_000;

/** A name for a query that came as bare Cypher (scripts and tests); the API's queries are all named. */
const UNNAMED = 'unnamed';

/**
 * The one place queries reach Neo4j: reads in read transactions (a cluster routes them to followers), writes in
 * write transactions, each with a server-side timeout and a client-side deadline, in a session that is always
 * closed. Driver errors are mapped here to the errors clients see; anything unexpected propagates to be masked
 * and logged.
 *
 * The deadline holds even when the server cannot enforce its own timeout (a stalled process, a dead network):
 * a transaction that has not begun within the acquisition timeout fails with DATABASE_UNAVAILABLE, and one that
 * has not finished within acquisition + query timeout with DATABASE_TIMEOUT. Its session is then abandoned: its
 * retries are cancelled and it is closed in the background, which returns the connection to the pool once the
 * server answers the reset (or drops it when the connection dies); `abandonedSessions` counts those not closed yet.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    private readonly observer?: QueryObserver,
    private readonly shared: { abandoned: number } = { abandoned: 0 },
  ) {}

  /** The same executor reporting its queries to another observer (one per request). */
  observedBy(observer: QueryObserver): Executor {
    return new Executor(this.driver, this.options, observer, this.shared);
  }

  /** Sessions given up at their deadline whose close has not completed (the server has not answered yet). */
  get abandonedSessions(): number {
    return this.shared.abandoned;
  }

  /** How long a query may take from the call to its answer, at most: acquisition timeout + query timeout. */
  get deadlineMs(): number {
    return this.acquisitionTimeoutMs + this.options.queryTimeoutMs;
  }

  read<R extends RecordShape = RecordShape>(query: Statement | Cypher, params: Params = {}): Promise<QueryResult<R>> {
    return this.run<R>(query, params, 'READ');
  }

  write<R extends RecordShape = RecordShape>(query: Statement | Cypher, params: Params = {}): Promise<QueryResult<R>> {
    return this.run<R>(query, params, 'WRITE');
  }

  /**
   * Runs `work` in one write transaction: everything it writes commits together or not at all. The driver may
   * retry `work` on a transient failure, so it must have no side effects outside the transaction.
   */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.options.queryTimeoutMs): Promise<T> {
    return this.transaction('transaction.write', [], 'WRITE', timeoutMs, work);
  }

  /**
   * Runs `work` over a series of write transactions, committing whenever `checkpoint` has seen `rowsPerCommit`
   * rows since the last commit, so the server never holds more than that in memory. Not atomic: a caller that
   * needs all-or-nothing must undo what was committed when this throws (the open transaction is rolled back).
   * No retries: the work runs once. Each transaction has the server-side timeout; there is no client-side
   * deadline (the work is long and holds its own transactions).
   */
  async rollingWrite<T>(work: (tx: RollingTransaction) => Promise<T>, rowsPerCommit: number, timeoutMs = this.options.queryTimeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    let outcome: QueryReport['outcome'] = 'ok';
    let tx: Transaction | undefined;
    let pending = 0;
    let commits = 0;
    let commitMs = 0;
    const open = () => (tx ??= session.beginTransaction({ timeout: timeoutMs, metadata: { statement: 'transaction.rolling' } }));
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
      outcome = 'error';
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      throw mapDriverError(error, timeoutMs);
    } finally {
      await session.close();
      this.observer?.onQuery('transaction.rolling', performance.now() - started, { parameters: [], outcome });
    }
  }

  /**
   * Runs one statement in an auto-commit transaction (needed by CALL { ... } IN TRANSACTIONS). No timeout: such
   * statements work through large batches, committing as they go.
   */
  async autoCommit(query: Statement | Cypher, params: Params = {}): Promise<void> {
    const { name, text } = named(query);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    let outcome: QueryReport['outcome'] = 'ok';
    try {
      await session.run(text, toNeo4jParams(params), { metadata: { statement: name } });
    } catch (error) {
      outcome = 'error';
      throw mapDriverError(error, this.options.queryTimeoutMs);
    } finally {
      await session.close();
      this.observer?.onQuery(name, performance.now() - started, { parameters: Object.keys(params), outcome });
    }
  }

  private run<R extends RecordShape>(query: Statement | Cypher, params: Params, mode: 'READ' | 'WRITE'): Promise<QueryResult<R>> {
    const { name, text } = named(query);
    const converted = toNeo4jParams(params);
    return this.transaction(name, Object.keys(params), mode, this.options.queryTimeoutMs, async (tx) => tx.run<R>(text, converted));
  }

  private get acquisitionTimeoutMs(): number {
    return this.options.acquisitionTimeoutMs ?? DEFAULT_ACQUISITION_TIMEOUT_MS;
  }

  /** One managed transaction within the deadline (see the class comment), reported to the observer. */
  private async transaction<T>(
    name: string,
    parameters: readonly string[],
    mode: 'READ' | 'WRITE',
    timeoutMs: number,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: timeoutMs, metadata: { statement: name } };
    let begun = false;
    const begin = (tx: ManagedTransaction) => {
      begun = true;
      return work(tx);
    };
    const running = mode === 'READ' ? session.executeRead(begin, config) : session.executeWrite(begin, config);
    const deadline = new Deadline(this.acquisitionTimeoutMs, timeoutMs, () => begun);
    let outcome: QueryReport['outcome'] = 'ok';
    try {
      return await deadline.race(running);
    } catch (error) {
      outcome = deadline.passed ? 'deadline' : 'error';
      throw deadline.passed ? error : mapDriverError(error, timeoutMs);
    } finally {
      deadline.clear();
      if (deadline.passed) this.abandon(session);
      else await session.close();
      this.observer?.onQuery(name, performance.now() - started, { parameters, outcome });
    }
  }

  /** Closes a session whose transaction may still wait on the server, without waiting for it. */
  private abandon(session: Session): void {
    this.shared.abandoned += 1;
    void session
      .close()
      .catch(() => undefined)
      .finally(() => {
        this.shared.abandoned -= 1;
      });
  }
}

/** The two timers of a transaction: one for beginning it (a connection that answers), one for the whole. */
class Deadline {
  passed = false;
  private readonly timers: NodeJS.Timeout[] = [];
  private fail: ((error: Error) => void) | undefined;

  constructor(
    private readonly acquisitionMs: number,
    private readonly queryMs: number,
    private readonly begun: () => boolean,
  ) {}

  race<T>(running: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.fail = (error) => {
        this.passed = true;
        reject(error);
      };
      this.timers.push(
        setTimeout(() => {
          if (!this.begun()) this.fail?.(new DatabaseUnavailableError());
        }, this.acquisitionMs),
        setTimeout(
          () => this.fail?.(this.begun() ? new DatabaseTimeoutError(this.acquisitionMs + this.queryMs) : new DatabaseUnavailableError()),
          this.acquisitionMs + this.queryMs,
        ),
      );
      running.then(
        (value) => {
          if (!this.passed) resolve(value);
        },
        (error: Error) => {
          if (!this.passed) reject(error);
        },
      );
    });
  }

  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }
}

/** The name and text of a query given as a Statement or as bare Cypher. */
function named(query: Statement | Cypher): { name: string; text: Cypher } {
  return query instanceof Statement ? { name: query.name, text: query.text } : { name: UNNAMED, text: query };
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
  // The pool had no connection to give within the acquisition timeout (the driver gives this error no code).
  if (error instanceof Error && /^Connection acquisition timed out/.test(error.message)) return new DatabaseUnavailableError();
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
