import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { queryLog } from '../../src/context.js';
import { createDataLayer, Executor } from '../../src/db/index.js';
import { treeOf } from '../../src/selection.js';
import { fakeDriver } from './fake-driver.js';

/** A debug-level logger whose lines are kept, parsed. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

const SECRET = 'org:a-secret-id-9f3c';

describe('the debug log of a request’s queries', () => {
  it('writes one line per query with the request id, the statement name and its duration, no parameter values', async () => {
    const { logger, lines } = capturedLogger();
    const { driver } = fakeDriver();
    const executor = new Executor(driver, { database: undefined, queryTimeoutMs: 1_000 });
    const db = createDataLayer(executor.observedBy(queryLog(logger.child({ requestId: 'req-42' }))));

    await db.entities.byId(SECRET, treeOf('name'));
    await db.search({ text: 'Hammouchi DGSN', first: 5 }, treeOf('score'));

    const queries = lines.filter((line) => line['msg'] === 'cypher query');
    expect(queries).toHaveLength(2);
    expect(queries.map((line) => line['statement'])).toEqual(['entity.byId', 'search.ranked']);
    for (const line of queries) {
      expect(line).toMatchObject({ level: 20, requestId: 'req-42', outcome: 'ok' });
      expect(typeof line['elapsedMs']).toBe('number');
      expect(line['elapsedMs']).toBeGreaterThanOrEqual(0);
    }
    expect(queries[0]?.['parameters']).toEqual(['id']);
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain(SECRET);
    expect(logged).not.toMatch(/Hammouchi|hammouchi|dgsn/i);
    // No Cypher either: the name says which statement ran, the snapshots say what it is.
    expect(logged).not.toMatch(/MATCH|RETURN/);
  });

  it('is what each request’s context logs (createContext in src/server.ts)', async () => {
    const { createContext } = await import('../../src/server.js');
    const { logger, lines } = capturedLogger();
    const { db } = createContext(new Executor(fakeDriver().driver, { database: undefined, queryTimeoutMs: 1_000 }), logger, { requestId: 'req-7' });
    await db.stats().catch(() => undefined);
    expect(lines.filter((line) => line['msg'] === 'cypher query')).toEqual([
      expect.objectContaining({ requestId: 'req-7', statement: 'stats.totals', parameters: [], outcome: 'ok', elapsedMs: expect.any(Number) }),
    ]);
  });

  it('tells the server each statement’s name as transaction metadata', async () => {
    const { driver, calls } = fakeDriver();
    await createDataLayer(new Executor(driver, { database: undefined, queryTimeoutMs: 1_000 })).ping();
    expect(calls[0]?.config).toEqual({ timeout: 1_000, metadata: { statement: 'health.ping' } });
  });
});
