// npm run bench -- [--scale S|M] [--seed 42] [--rounds 3] [--concurrency 1,8] [--duration 5] [--warmup 1]
//                  [--workloads entity,timeline-first,...] [--heap 8g] [--pagecache 4g] [--variety 16] [--wipe]
//                  [--contenders floor,ours,peer] [--load-only] [--parts] [--loader import|seed] [--keep-running]
//                  [--profile-servers <dir>]
// Our API against the floor (our Cypher through the driver) and the peer (@neo4j/graphql 7 on Apollo Server 5),
// on one Neo4j with one generated dataset, in one run, the contender order rotated each round. Prints Markdown
// tables and writes bench/results/<timestamp>-<scale>.md and .json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDataLayer } from '../src/db/index.js';
import { startServer, SERVER_NODE_FLAGS, type ServerChild } from './lib/children.js';
import { ensureDataset } from './lib/dataset.js';
import { machine, versions } from './lib/environment.js';
import { ensureLoaded, openBenchGraph, runningMemory, type BenchGraph } from './lib/graph.js';
import { answerOf, difference, floorSender, httpSender, runCell, type CellResult, type ContenderName, type Send } from './lib/load.js';
import { goals, goalTable, ratios, ratioTable, summarize, workloadTables } from './lib/report.js';
import { buildWorkloads, type Workload } from './lib/workloads.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'S' },
    seed: { type: 'string', default: '42' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1,8' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    workloads: { type: 'string' },
    contenders: { type: 'string', default: 'floor,ours,peer' },
    heap: { type: 'string' },
    pagecache: { type: 'string' },
    'bolt-port': { type: 'string', default: '7700' },
    variety: { type: 'string', default: '16' },
    'max-requests': { type: 'string', default: '20000' },
    wipe: { type: 'boolean', default: false },
    'keep-running': { type: 'boolean', default: false },
    'load-only': { type: 'boolean', default: false },
    parts: { type: 'boolean', default: false },
    loader: { type: 'string' },
    'profile-servers': { type: 'string' },
    out: { type: 'string', default: fileURLToPath(new URL('./results/', import.meta.url)) },
  },
});

const scale = values.scale.toUpperCase();
const seed = Number(values.seed);
const rounds = Number(values.rounds);
const concurrencies = values.concurrency.split(',').map(Number);
const durationMs = Number(values.duration) * 1000;
const warmupMs = Number(values.warmup) * 1000;
const heap = values.heap ?? (scale === 'M' ? '10g' : '3g');
const pageCache = values.pagecache ?? (scale === 'M' ? '4g' : '1g');
const contenders = values.contenders.split(',') as ContenderName[];
const queryTimeoutMs = 60_000;
const started = new Date();
const log = (line: string) => console.log(`[${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const options = {
  scale,
  seed,
  rounds,
  concurrencies,
  durationMs,
  warmupMs,
  heap,
  pageCache,
  contenders,
  variety: Number(values.variety),
  maxRequests: Number(values['max-requests']),
  queryTimeoutMs,
  serverNodeFlags: SERVER_NODE_FLAGS,
};

async function main(): Promise<void> {
  const machineAtStart = machine();
  const dataset = ensureDataset(scale, seed, log, values.parts);
  const graphOptions = { heap, pageCache, boltPort: Number(values['bolt-port']), queryTimeoutMs, log };
  let graph: BenchGraph = await openBenchGraph(graphOptions);
  const servers: ServerChild[] = [];
  try {
    if (values.loader !== undefined && values.loader !== 'import' && values.loader !== 'seed') throw new Error('--loader: import or seed');
    const loaded = await ensureLoaded(graph, dataset.folder, dataset.manifest, {
      allowWipe: values.wipe,
      heap,
      log,
      reopen: () => openBenchGraph(graphOptions),
      loader: values.loader,
    });
    graph = loaded.graph;
    if (values['load-only']) return;
    const db = createDataLayer(graph.executor);
    let workloads = await buildWorkloads(graph.executor, db, dataset.manifest, { variety: options.variety, log });
    if (values.workloads) {
      const wanted = values.workloads.split(',');
      workloads = workloads.filter((w) => wanted.includes(w.name));
    }

    if (contenders.includes('ours')) servers.push(await startServer('ours', 4701, graph.connection, queryTimeoutMs, log, values['profile-servers']));
    if (contenders.includes('peer')) servers.push(await startServer('peer', 4702, graph.connection, queryTimeoutMs, log, values['profile-servers']));
    const urlOf = (name: 'ours' | 'peer') => servers.find((s) => s.name === name)?.url ?? '';

    // The floor's answers are the reference every response is checked against; the first check is printed.
    const expected = new Map<string, unknown[]>();
    for (const workload of workloads) {
      const answers: unknown[] = [];
      for (const params of workload.params) answers.push(workload.normalizeOurs(await params.floor(db)));
      expected.set(workload.name, answers);
      for (const contender of contenders.filter((c): c is 'ours' | 'peer' => c !== 'floor')) {
        const { send, close } = httpSender(urlOf(contender), workload, contender, 1);
        for (let i = 0; i < workload.params.length; i++) {
          const response = await send(i);
          const result = answerOf(workload, contender, response.status, response.body);
          const problem = result.ok ? difference(answers[i], result.answer) : result.problem;
          if (problem) log(`MISMATCH ${workload.name} ${contender} ${workload.params[i]?.label}: ${problem}`);
        }
        close();
      }
    }
    log(`Answers checked against the floor for ${workloads.length} workloads.`);

    const cells: CellResult[] = [];
    const totalCells = rounds * workloads.length * concurrencies.length * contenders.length;
    for (let round = 0; round < rounds; round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      log(`Round ${round + 1}/${rounds}: order ${order.join(', ')}`);
      for (const workload of workloads) {
        for (const concurrency of concurrencies) {
          for (const contender of order) {
            let send: Send;
            let close = () => {};
            if (contender === 'floor') send = floorSender(db, workload);
            else ({ send, close } = httpSender(urlOf(contender), workload, contender, concurrency));
            const cell = await runCell(contender, workload, send, expected.get(workload.name)!, round, {
              concurrency,
              warmupMs,
              durationMs,
              maxRequests: options.maxRequests,
            });
            close();
            cells.push(cell);
            log(
              `  [${cells.length}/${totalCells}] ${workload.name} c=${concurrency} ${contender.padEnd(5)} ${cell.rps.toFixed(1).padStart(8)} req/s  p50 ${cell.p50.toFixed(3)} ms  p99 ${cell.p99.toFixed(3)} ms` +
                `${cell.voided ? `  VOID (${cell.errors} errors, ${cell.wrong} wrong): ${cell.problem}` : ''}`,
            );
          }
        }
      }
    }

    const summaries = summarize(cells);
    const ratioRows = ratios(cells, summaries);
    const loader = { scale, rowsPerSecond: loaded.load.summary.rowsPerSecond };
    const goalRows = goals(workloads, summaries, ratioRows, loader, Math.max(...concurrencies));
    const env = {
      versions: versions(graph.server.version),
      machine: machineAtStart,
      machineAtEnd: machine(),
      neo4jMemory: await runningMemory(graph),
    };
    const markdown = renderMarkdown(workloads, summaries, ratioRows, goalRows, dataset, loaded.load, env);
    console.log(`\n${markdown}`);
    mkdirSync(values.out, { recursive: true });
    const stamp = started.toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const base = join(values.out, `${stamp}-${scale}`);
    writeFileSync(`${base}.md`, `${markdown}\n`);
    writeFileSync(
      `${base}.json`,
      `${JSON.stringify(
        {
          startedAt: started.toISOString(),
          options,
          dataset: {
            scale,
            seed,
            fingerprint: dataset.manifest.fingerprint,
            counts: dataset.manifest.counts,
            hubs: dataset.manifest.hubs,
            generatedNow: dataset.generatedNow,
            generationMs: dataset.ms,
          },
          load: loaded.load,
          ...env,
          workloads: workloads.map((w) => ({ name: w.name, description: w.description, light: w.light, params: w.params.map((p) => p.label) })),
          summaries,
          ratios: ratioRows,
          goals: goalRows,
          cells: cells.map(({ samples: _samples, ...cell }) => cell),
        },
        null,
        2,
      )}\n`,
    );
    log(`Wrote ${base}.md and ${base}.json`);
  } finally {
    for (const server of servers) await server.stop();
    if (values['keep-running']) await graph.driver.close();
    else await graph.close();
  }
}

function renderMarkdown(
  workloads: readonly Workload[],
  summaries: ReturnType<typeof summarize>,
  ratioRows: ReturnType<typeof ratios>,
  goalRows: ReturnType<typeof goals>,
  dataset: ReturnType<typeof ensureDataset>,
  load: Awaited<ReturnType<typeof ensureLoaded>>['load'],
  env: {
    versions: ReturnType<typeof versions>;
    machine: ReturnType<typeof machine>;
    machineAtEnd: ReturnType<typeof machine>;
    neo4jMemory?: { heap: string; pageCache: string };
  },
): string {
  const v = env.versions;
  const m = env.machine;
  const memory = env.neo4jMemory ?? { heap, pageCache };
  const counts = dataset.manifest.counts;
  return [
    `## Benchmark, scale ${scale} (seed ${seed}), ${started.toISOString()}`,
    '',
    `- Dataset: ${counts['entities']} entities, ${counts['events']} events, ${counts['participations']} participations, ${counts['relations']} relations, ` +
      `${counts['sources']} sources, ${counts['excerpts']} excerpts, ${counts['evidence']} evidence items; fingerprint \`${dataset.manifest.fingerprint.slice(0, 23)}…\`; ` +
      `hub ${dataset.manifest.hubs[0]?.id} with ${dataset.manifest.hubs[0]?.events} events.`,
    (load.summary.loader === 'import'
      ? `- Loader (Neo4j's import tool, a first load as \`npm run seed\` runs it): ${load.summary.rows} rows in ${(load.summary.elapsedMs / 1000).toFixed(1)} s ` +
        `(import and restart ${(load.summary.commitMs / 1000).toFixed(1)} s; validation ${(load.summary.validationMs / 1000).toFixed(1)} s more): **${load.summary.rowsPerSecond} rows/s**, ` +
        `${Math.round((load.summary.rows / (load.summary.elapsedMs + load.summary.validationMs)) * 1000)} rows/s end to end`
      : `- Loader (the real seed loader, ${(load.summary.transactions ?? 1) === 1 ? 'one dataset' : `${load.summary.transactions} datasets`}): ${load.summary.rows} rows in ${(load.summary.elapsedMs / 1000).toFixed(1)} s ` +
        `(${load.summary.commits ?? '?'} commit(s) taking ${(load.summary.commitMs / 1000).toFixed(1)} s; validation ${(load.summary.validationMs / 1000).toFixed(1)} s more): **${load.summary.rowsPerSecond} rows/s**`) +
      `${load.loadedNow ? '' : ` (loaded ${load.summary.loadedAt}, reused)`}; Neo4j heap ${load.summary.heap ?? heap}.`,
    `- Versions: Node ${v.node}, Neo4j ${v.neo4j} Community, ours ${v.ours}, @neo4j/graphql ${v.neo4jGraphql}, neo4j-driver ${v.neo4jDriver}, @apollo/server ${v.apolloServer}, graphql ${v.graphql}.`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; load average ${m.loadAverage.join(' ')} at start, ${env.machineAtEnd.loadAverage.join(' ')} at end.`,
    `- Options: ${rounds} rounds (order rotated), concurrency ${concurrencies.join(' and ')}, ${durationMs / 1000} s per cell after ${warmupMs / 1000} s warm-up, ` +
      `Neo4j heap ${memory.heap} / page cache ${memory.pageCache}; servers in child processes (\`node ${SERVER_NODE_FLAGS.join(' ')}\`), loopback HTTP/1.1 keep-alive.`,
    '',
    '### Goals',
    '',
    goalTable(goalRows),
    '',
    '### Ratios (median across rounds, min–max in brackets)',
    '',
    ratioTable(ratioRows),
    '',
    '### Per workload (latency percentiles pooled over all rounds)',
    '',
    workloadTables(workloads, summaries),
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
