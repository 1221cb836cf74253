import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../errors.js';
import type { Cypher } from './cypher.js';
import { isTransient, isUnavailable } from './driver.js';

/** Told about every Cypher query a request runs (tests count them; logs may time them). */
export interface QueryObserver {
  onQuery(cypher: string, elapsedMs: number): void;
}

export type Params = Record<string, unknown>;

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
