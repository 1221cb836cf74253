import type { Driver } from 'neo4j-driver';

/** A query as the driver received it: its text, parameters and transaction config. */
export interface DriverCall {
  readonly text: string;
  readonly params: Record<string, unknown>;
  readonly config: { readonly timeout?: number; readonly metadata?: Record<string, unknown> } | undefined;
}

export interface FakeDriverOptions {
  /** How a transaction begins: at once (default), or never (a server that does not answer BEGIN). */
  readonly begin?: 'now' | 'never';
  /** How a query answers: with no rows (default), or never (a server stalled mid-query). */
  readonly answer?: 'empty' | 'never';
  /** How closing a session goes: at once (default), or only when `release()` is called. */
  readonly close?: 'now' | 'held';
}

/**
 * A stand-in for neo4j-driver's Driver with just what Executor uses (sessions running managed transactions),
 * recording every query: the API's Cypher can be read, and stalls staged, without a database.
 */
export function fakeDriver(options: FakeDriverOptions = {}) {
  const calls: DriverCall[] = [];
  const state = { opened: 0, closed: 0 };
  const held: (() => void)[] = [];
  const never = new Promise<never>(() => undefined);
  const session = () => {
    state.opened += 1;
    const execute = async (work: (tx: unknown) => Promise<unknown>, config?: DriverCall['config']) => {
      if (options.begin === 'never') return never;
      const tx = {
        run: async (text: string, params: Record<string, unknown>) => {
          calls.push({ text, params, config });
          return options.answer === 'never' ? never : { records: [], summary: {} };
        },
      };
      return work(tx);
    };
    return {
      executeRead: execute,
      executeWrite: execute,
      close: () => {
        if (options.close !== 'held') {
          state.closed += 1;
          return Promise.resolve();
        }
        return new Promise<void>((resolve) =>
          held.push(() => {
            state.closed += 1;
            resolve();
          }),
        );
      },
    };
  };
  return {
    driver: { session } as unknown as Driver,
    calls,
    sessions: state,
    /** Lets held session closes complete (the server answered at last). */
    release: () => held.splice(0).forEach((resolve) => resolve()),
  };
}
