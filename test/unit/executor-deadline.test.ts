import { describe, expect, it } from 'vitest';
import { cypher, statement } from '../../src/db/cypher.js';
import { Executor, type QueryReport } from '../../src/db/executor.js';
import { fakeDriver, type FakeDriverOptions } from './fake-driver.js';

const QUERY = statement('test.stall', cypher`RETURN 1 AS one`);
const ACQUISITION_MS = 100;
const QUERY_MS = 200;

/** An executor over a fake driver that stalls as told, and what its observer heard. */
function stalling(options: FakeDriverOptions) {
  const fake = fakeDriver(options);
  const reports: { name: string; report: QueryReport }[] = [];
  const executor = new Executor(fake.driver, { database: undefined, queryTimeoutMs: QUERY_MS, acquisitionTimeoutMs: ACQUISITION_MS }).observedBy({
    onQuery: (name, _elapsedMs, report) => reports.push({ name, report }),
  });
  return { ...fake, executor, reports };
}

async function failure(promise: Promise<unknown>): Promise<{ code: unknown; elapsedMs: number }> {
  const started = performance.now();
  try {
    await promise;
  } catch (error) {
    return { code: (error as { extensions?: { code?: unknown } }).extensions?.code, elapsedMs: performance.now() - started };
  }
  throw new Error('expected the query to fail');
}

// Timers fire no earlier than asked; the upper bounds allow for a loaded machine's event loop (the fake driver
// itself answers at once).
const SLACK_MS = 150;

describe('the executor’s deadline when the server does not answer', () => {
  it('answers DATABASE_UNAVAILABLE once no transaction has begun within the acquisition timeout', async () => {
    const { executor, sessions, reports } = stalling({ begin: 'never' });
    const { code, elapsedMs } = await failure(executor.read(QUERY));
    expect(code).toBe('DATABASE_UNAVAILABLE');
    expect(elapsedMs).toBeGreaterThanOrEqual(ACQUISITION_MS - 1);
    expect(elapsedMs).toBeLessThan(ACQUISITION_MS + SLACK_MS);
    expect(reports).toEqual([{ name: 'test.stall', report: { parameters: [], outcome: 'deadline' } }]);
    expect(sessions).toEqual({ opened: 1, closed: 1 });
  });

  it('answers DATABASE_TIMEOUT once a begun query has not finished within acquisition + query timeout', async () => {
    const { executor, sessions } = stalling({ answer: 'never' });
    expect(executor.deadlineMs).toBe(ACQUISITION_MS + QUERY_MS);
    const { code, elapsedMs } = await failure(executor.read(QUERY, { id: 'x' }));
    expect(code).toBe('DATABASE_TIMEOUT');
    expect(elapsedMs).toBeGreaterThanOrEqual(executor.deadlineMs - 1);
    expect(elapsedMs).toBeLessThan(executor.deadlineMs + SLACK_MS);
    expect(sessions).toEqual({ opened: 1, closed: 1 });
  });

  it('closes the abandoned session in the background, counting it until the server lets it go', async () => {
    const { executor, sessions, release } = stalling({ answer: 'never', close: 'held' });
    const { code } = await failure(executor.write(QUERY));
    expect(code).toBe('DATABASE_TIMEOUT');
    expect(executor.abandonedSessions).toBe(1);
    expect(sessions.closed).toBe(0);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(executor.abandonedSessions).toBe(0);
    expect(sessions).toEqual({ opened: 1, closed: 1 });
  });

  it('lets an answered query through and closes its session', async () => {
    const { executor, sessions, reports } = stalling({});
    await expect(executor.read(QUERY)).resolves.toMatchObject({ records: [] });
    expect(sessions).toEqual({ opened: 1, closed: 1 });
    expect(reports[0]?.report.outcome).toBe('ok');
    expect(executor.abandonedSessions).toBe(0);
  });
});
