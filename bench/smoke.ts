// npm run bench:smoke [-- --record] [--tolerance 0.25] [--variety 4]
// The benchmark's deterministic checks, for CI (no timings): the generator is deterministic; floor, ours and the
// peer give the same answers on every workload of scale S; our API runs the budgeted number of Cypher queries per
// request; and each workload query's PROFILE (db hits, rows through its operators) stays within bench/budgets.json.
// --record rewrites the budgets from this run. Prints a PASS/FAIL summary and exits 1 on any failure.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ProfiledPlan, QueryResult, RecordShape } from 'neo4j-driver';
import { pino } from 'pino';
import { cypher, profiled, Statement, type Cypher } from '../src/db/cypher.js';
import { createDataLayer, Executor } from '../src/db/index.js';
import type { Params as QueryParams } from '../src/db/executor.js';
import { buildServer, createContext } from '../src/server.js';
import { startServer, type ServerChild } from './lib/children.js';
import { ensureDataset } from './lib/dataset.js';
import { generateDataset } from './generate/generate.js';
import { ensureLoaded, openBenchGraph, type BenchGraph } from './lib/graph.js';
import { answerOf, difference, httpSender } from './lib/load.js';
import { buildWorkloads } from './lib/workloads.js';

const { values } = parseArgs({
  options: {
    record: { type: 'boolean', default: false },
    tolerance: { type: 'string', default: '0.25' },
    variety: { type: 'string', default: '4' },
    seed: { type: 'string', default: '42' },
    heap: { type: 'string', default: '3g' },
    pagecache: { type: 'string', default: '1g' },
    'bolt-port': { type: 'string', default: '7700' },
    wipe: { type: 'boolean', default: false },
  },
});

const SCALE = 'S';
const seed = Number(values.seed);
const tolerance = Number(values.tolerance);
const BUDGETS_PATH = fileURLToPath(new URL('./budgets.json', import.meta.url));
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}
const checks: Check[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push({ name, ok, detail });
  log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
};

interface Budget {
  /** Cypher queries our API runs for one request. */
  readonly queries: number;
  /** PROFILE db hits of those queries, summed over operators. */
  readonly dbHits: number;
  /** Rows through every operator of those queries (work done, not rows returned). */
  readonly rows: number;
}
interface BudgetFile {
  readonly scale: string;
  readonly seed: number;
  readonly fingerprint: string;
  readonly tolerance: number;
  readonly recordedAt: string;
  readonly neo4j: string;
  readonly workloads: Record<string, Budget>;
}

/** Our executor, every read PROFILEd: the plans' db hits and rows are collected per query. */
class ProfilingExecutor extends Executor {
  readonly profiles: { dbHits: number; rows: number }[] = [];

  override async read<R extends RecordShape = RecordShape>(query: Statement | Cypher, params: QueryParams = {}): Promise<QueryResult<R>> {
    const result = await super.read<R>(query instanceof Statement ? profiled(query) : cypher`PROFILE ${query}`, params);
    const plan = result.summary.profile;
    if (plan) this.profiles.push(totals(plan));
    return result;
  }
}

function totals(plan: ProfiledPlan): { dbHits: number; rows: number } {
  let dbHits = Number(plan.dbHits);
  let rows = Number(plan.rows);
  for (const child of plan.children) {
    const sub = totals(child);
    dbHits += sub.dbHits;
    rows += sub.rows;
  }
  return { dbHits, rows };
}

async function main(): Promise<number> {
  // 1. The generator: same seed, same bytes.
  const dataset = ensureDataset(SCALE, seed, log);
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  try {
    const again = generateDataset({ scale: SCALE, seed, out: dir });
    check('generator is deterministic', again.fingerprint === dataset.manifest.fingerprint, `${again.fingerprint.slice(0, 23)}… twice`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const graphOptions = { heap: values.heap, pageCache: values.pagecache, boltPort: Number(values['bolt-port']), queryTimeoutMs: 60_000, log };
  let graph: BenchGraph = await openBenchGraph(graphOptions);
  const servers: ServerChild[] = [];
  try {
    const loaded = await ensureLoaded(graph, dataset.folder, dataset.manifest, {
      allowWipe: values.wipe,
      heap: values.heap,
      log,
      reopen: () => openBenchGraph(graphOptions),
    });
    graph = loaded.graph;
    const db = createDataLayer(graph.executor);
    const workloads = await buildWorkloads(graph.executor, db, dataset.manifest, { variety: Number(values.variety), log });

    // 2. Same answers from the three contenders.
    servers.push(await startServer('ours', 4711, graph.connection, 60_000, log));
    servers.push(await startServer('peer', 4712, graph.connection, 60_000, log));
    for (const workload of workloads) {
      for (const server of servers) {
        const contender = server.name as 'ours' | 'peer';
        const { send, close } = httpSender(server.url, workload, contender, 1);
        const problems: string[] = [];
        for (let i = 0; i < workload.params.length; i++) {
          const params = workload.params[i]!;
          const expected = workload.normalizeOurs(await params.floor(db));
          const response = await send(i);
          const result = answerOf(workload, contender, response.status, response.body);
          const problem = result.ok ? difference(expected, result.answer) : result.problem;
          if (problem) problems.push(`${params.label}: ${problem}`);
        }
        close();
        check(`${workload.name}: ${contender} answers as the floor`, problems.length === 0, problems[0] ?? `${workload.params.length} requests`);
      }
    }

    // 3. Queries per request (our API in-process, counting through the request's observer) and PROFILE budgets.
    const logger = pino({ level: 'silent' });
    const apollo = buildServer({ logger, introspection: false });
    await apollo.start();
    const profiler = new ProfilingExecutor(graph.driver, { database: graph.connection.database, queryTimeoutMs: 60_000 });
    const profiledDb = createDataLayer(profiler);
    const measured: Record<string, Budget> = {};
    try {
      for (const workload of workloads) {
        const params = workload.params[0]!;
        let queries = 0;
        const contextValue = createContext(graph.executor, logger, { observer: { onQuery: () => void queries++ } });
        const response = await apollo.executeOperation({ query: params.ours.query, variables: params.ours.variables }, { contextValue });
        if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${workload.name}: in-process request failed`);
        profiler.profiles.length = 0;
        await params.floor(profiledDb);
        measured[workload.name] = {
          queries,
          dbHits: profiler.profiles.reduce((s, p) => s + p.dbHits, 0),
          rows: profiler.profiles.reduce((s, p) => s + p.rows, 0),
        };
      }
    } finally {
      await apollo.stop();
    }

    if (values.record) {
      const file: BudgetFile = {
        scale: SCALE,
        seed,
        fingerprint: dataset.manifest.fingerprint,
        tolerance,
        recordedAt: new Date().toISOString(),
        neo4j: graph.server.version,
        workloads: measured,
      };
      writeFileSync(BUDGETS_PATH, `${JSON.stringify(file, null, 2)}\n`);
      log(`Recorded budgets in ${BUDGETS_PATH}`);
    }
    if (!existsSync(BUDGETS_PATH)) {
      check('budgets recorded', false, `${BUDGETS_PATH} is missing: run npm run bench:smoke -- --record`);
    } else {
      const budgets = JSON.parse(readFileSync(BUDGETS_PATH, 'utf8')) as BudgetFile;
      const sameData = budgets.fingerprint === dataset.manifest.fingerprint;
      check(
        'budgets are for this dataset',
        sameData,
        sameData
          ? `${budgets.scale}-${budgets.seed}, recorded ${budgets.recordedAt}`
          : `recorded for ${budgets.fingerprint.slice(0, 23)}…; re-record with --record after changing the generator`,
      );
      const allowed = budgets.tolerance ?? tolerance;
      for (const workload of workloads) {
        const budget = budgets.workloads[workload.name];
        const now = measured[workload.name]!;
        if (!budget) {
          check(`${workload.name}: budget`, false, 'no budget recorded for this workload: run with --record');
          continue;
        }
        check(`${workload.name}: queries per request`, now.queries <= budget.queries, `${now.queries} (budget ${budget.queries})`);
        for (const metric of ['dbHits', 'rows'] as const) {
          const limit = Math.ceil(budget[metric] * (1 + allowed));
          const better = now[metric] < budget[metric] * (1 - allowed) ? ' (well under budget: consider re-recording)' : '';
          check(
            `${workload.name}: ${metric}`,
            now[metric] <= limit,
            now[metric] <= limit
              ? `${now[metric]} (budget ${budget[metric]}, +${Math.round(allowed * 100)}% allowed)${better}`
              : `${now[metric]} exceeds the budget ${budget[metric]} by ${Math.round((now[metric] / budget[metric] - 1) * 100)}% (${Math.round(allowed * 100)}% allowed): a query plan or projection got more expensive`,
          );
        }
      }
    }
  } finally {
    for (const server of servers) await server.stop();
    await graph.close();
  }

  const failed = checks.filter((c) => !c.ok);
  console.log(
    `\n${failed.length === 0 ? 'PASS' : 'FAIL'}: ${checks.length - failed.length} of ${checks.length} checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  for (const c of failed) console.log(`  FAIL ${c.name}: ${c.detail}`);
  console.log(`${checks.length - failed.length} passed, ${failed.length} failed`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    console.log('FAIL: the smoke run did not complete');
    process.exitCode = 1;
  },
);
