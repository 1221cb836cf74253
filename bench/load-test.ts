// node --import tsx bench/load-test.ts [--minutes 10] [--overload-seconds 60] [--step 15] [--warmup 30]
//   [--scale S] [--seed 42] [--instance bench] [--bolt-port 7700] [--port 4710] [--heap 3g] [--pagecache 1g]
//   [--profile-api <dir>] (a V8 CPU profile of the API, summarised by bench/cpuprofile.ts)
//   [--neo4j-nice <n>] (Neo4j's threads and session at a lower CPU priority than the API and this process, as a
//   host shared by the API and its database would run them: see docs/benchmarks.md)
// Overload protection under load, on loopback: the API as `npm start` serves it (its own Node process, its
// configuration from the environment, e.g. MAX_CONCURRENT_REQUESTS) over the benchmark's seeded Neo4j, a mix of
// representative queries. 1. Saturation: closed loops of 1, 2, 4... connections up to the API's bound; saturation
// is the fewest connections serving 95% of the best throughput. 2. That many connections for --minutes after a
// warm-up: errors, latency, and the RSS of the API and Neo4j at start, middle and end. 3. An open loop at twice the
// saturation throughput: latency of served requests against step 2, and of the 503 refusals. Prints Markdown,
// writes bench/results/<timestamp>-load.md and .json; exits 1 only when the run itself is broken.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDataLayer } from '../src/db/index.js';
import { parseConfig } from '../src/config.js';
import { residentMiB, startApi } from './lib/api-process.js';
import type { ServerChild } from './lib/children.js';
import { runClosedLoop, type ClosedLoopResult } from './lib/closed-loop.js';
import { ensureDataset } from './lib/dataset.js';
import { machine } from './lib/environment.js';
import { ensureLoaded, type BenchGraph } from './lib/graph.js';
import { openInstanceGraph } from './lib/instance-graph.js';
import { loadTestReport, type MemorySample } from './lib/load-test-report.js';
import { buildMix } from './lib/mix.js';
import { runOpenLoop } from './lib/open-loop.js';
import { outcomeOf } from './lib/outcomes.js';
import { buildWorkloads } from './lib/workloads.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'overload-seconds': { type: 'string', default: '60' },
    step: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '30' },
    scale: { type: 'string', default: 'S' },
    seed: { type: 'string', default: '42' },
    instance: { type: 'string', default: 'bench' },
    'bolt-port': { type: 'string', default: '7700' },
    port: { type: 'string', default: '4710' },
    heap: { type: 'string', default: '3g' },
    pagecache: { type: 'string', default: '1g' },
    'profile-api': { type: 'string' },
    'neo4j-nice': { type: 'string' },
    out: { type: 'string', default: fileURLToPath(new URL('./results/', import.meta.url)) },
  },
});

const minutes = Number(values.minutes);
const overloadMs = Number(values['overload-seconds']) * 1000;
const stepMs = Number(values.step) * 1000;
const warmupMs = Number(values.warmup) * 1000;
const scale = values.scale.toUpperCase();
const seed = Number(values.seed);
/** A request's deadline on the client side: far above the API's own (query timeout plus connection timeout). */
const TIMEOUT_MS = 30_000;
const started = new Date();
const log = (line: string) => console.log(`[${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/**
 * Waits for the requests of the previous phase to end: a client that closes its connections leaves their queries
 * running, holding their slots, and the next phase would start with refusals. Done when a request is served.
 */
async function settle(url: string, body: string, previous?: { served: { p99: number } }): Promise<void> {
  // The requests left behind end within about the previous phase's p99.
  const p99 = previous?.served.p99 ?? 0;
  await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, Math.max(1_000, 2 * (Number.isFinite(p99) ? p99 : 0)))));
  for (let i = 0; i < 60; i++) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (outcomeOf(response.status, await response.text()) === 'served') return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new BrokenRun('the API serves nothing 30 s after a phase ended');
}

/** A run that cannot say anything: reported, exit code 1. */
class BrokenRun extends Error {}

async function main(): Promise<void> {
  for (const [name, value] of Object.entries({ minutes, overloadMs, stepMs, warmupMs, seed })) {
    if (!Number.isFinite(value) || value < 0) throw new BrokenRun(`--${name}: not a number`);
  }
  const machineAtStart = machine();
  // The API's bound as it will run: its configuration from this environment, like npm start.
  const overload = parseConfig(process.env).overload;
  const steps: number[] = [];
  for (let c = 1; c < overload.maxConcurrent; c *= 2) steps.push(c);
  steps.push(overload.maxConcurrent);
  const plannedS = (steps.length * (stepMs + 3_000) + warmupMs + minutes * 60_000 + overloadMs) / 1000;
  log(
    `Bound ${overload.maxConcurrent} in flight, queue ${overload.maxQueued} for ${overload.maxQueueWaitMs} ms; ` +
      `about ${Math.ceil(plannedS / 60)} min of load after setup (search ${steps.join(', ')} connections × ${stepMs / 1000} s, ` +
      `warm-up ${warmupMs / 1000} s, ${minutes} min at saturation, ${overloadMs / 1000} s at twice it).`,
  );

  const dataset = ensureDataset(scale, seed, log);
  const graphOptions = { heap: values.heap, pageCache: values.pagecache, boltPort: Number(values['bolt-port']), queryTimeoutMs: 60_000, log };
  let graph: BenchGraph = await openInstanceGraph(values.instance, graphOptions);
  let api: ServerChild | undefined;
  try {
    graph = (
      await ensureLoaded(graph, dataset.folder, dataset.manifest, {
        allowWipe: false,
        heap: values.heap,
        log,
        reopen: () => openInstanceGraph(values.instance, graphOptions),
      })
    ).graph;
    const workloads = await buildWorkloads(graph.executor, createDataLayer(graph.executor), dataset.manifest, { variety: 16, log });
    const mix = buildMix(workloads, seed);
    const scratch = fileURLToPath(new URL('./.scratch/', import.meta.url));
    mkdirSync(scratch, { recursive: true });
    const lagFile = join(scratch, `api-lag-${process.pid}.json`);
    api = await startApi(graph.connection, Number(values.port), {}, log, values['profile-api'], lagFile);
    const apiPid = api.pid;
    /** The API's event-loop delay since the last call (ms), from its probe. */
    const apiLag = async (): Promise<{ p50: number; p99: number; max: number }> => {
      process.kill(apiPid, 'SIGUSR2');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return JSON.parse(readFileSync(lagFile, 'utf8')) as { p50: number; p99: number; max: number };
    };
    const neo4jPid = graph.local ? await graph.local.status().then((s) => (s.state === 'running' ? s.pid : undefined)) : undefined;
    if (values['neo4j-nice'] !== undefined && neo4jPid !== undefined) {
      // Linux schedules threads: every thread of the JVM, and those it starts later inherit it.
      // With autogroups (sched_autogroup_enabled), CPU is shared between sessions first: the session's nice too.
      const tids = readdirSync(`/proc/${neo4jPid}/task`);
      for (const tid of tids) setPriority(Number(tid), Number(values['neo4j-nice']));
      try {
        writeFileSync(`/proc/${neo4jPid}/autogroup`, values['neo4j-nice']);
      } catch {
        // no autogroups here
      }
      log(`Neo4j's ${tids.length} threads (and its session) at nice ${values['neo4j-nice']}.`);
    }

    // Every request of the mix is answered with data before any load (three tries each: the first may meet cold caches).
    for (const request of mix.requests) {
      let problem: string | undefined = 'not sent';
      for (let attempt = 0; attempt < 3 && problem !== undefined; attempt++) {
        const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
        const text = await response.text();
        problem = outcomeOf(response.status, text) === 'served' ? undefined : `HTTP ${response.status} ${text.slice(0, 300)}`;
      }
      if (problem !== undefined) throw new BrokenRun(`${request.workload} is not answered with data: ${problem}`);
    }
    log(`${mix.requests.length} requests in the mix, each answered with data.`);

    // 1. Saturation: the closed loop that serves (nearly) the most with the fewest connections.
    const search: ClosedLoopResult[] = [];
    const probe = mix.requests[0]!.body;
    for (const connections of steps) {
      await settle(api.url, probe, search.at(-1));
      const result = await runClosedLoop(api.url, mix, { connections, warmupMs: 3_000, durationMs: stepMs, timeoutMs: TIMEOUT_MS });
      search.push(result);
      log(
        `  ${String(connections).padStart(3)} connections: ${result.servedRate.toFixed(1)} served/s, p50 ${result.served.p50} ms, p99 ${result.served.p99} ms, ` +
          `${result.refused.count} refused, ${result.errors} errors`,
      );
    }
    const best = Math.max(...search.map((r) => r.servedRate));
    if (!(best > 0)) throw new BrokenRun('no request was served during the saturation search');
    const saturation = search.find((r) => r.servedRate >= 0.95 * best)!;
    log(`Saturation: ${saturation.connections} connections, ${saturation.servedRate.toFixed(1)} served/s (best ${best.toFixed(1)}).`);

    // 2. At saturation for `minutes`, after a warm-up on the same connections whose answers do not count; memory
    // sampled every 10 s from the end of the warm-up.
    await settle(api.url, probe, search.at(-1));
    log(`At saturation: ${warmupMs / 1000} s of warm-up, then ${minutes} min with ${saturation.connections} connections...`);
    const memory: MemorySample[] = [];
    const sample = (atS: number) => memory.push({ atS, apiMiB: residentMiB(api?.pid), neo4jMiB: residentMiB(neo4jPid) });
    let nextSample = 0;
    await apiLag();
    const sustained = await runClosedLoop(api.url, mix, {
      connections: saturation.connections,
      warmupMs,
      durationMs: minutes * 60_000,
      timeoutMs: TIMEOUT_MS,
      onTick: (elapsedMs) => {
        if (elapsedMs < nextSample) return;
        sample(Math.round(elapsedMs / 1000));
        nextSample += 10_000;
        if (nextSample % 60_000 === 10_000)
          log(`  ${Math.round(elapsedMs / 1000)} s: API ${memory.at(-1)?.apiMiB} MiB, Neo4j ${memory.at(-1)?.neo4jMiB} MiB`);
      },
    });
    sample(Math.round(sustained.seconds));
    const sustainedLag = await apiLag();
    log(`  ${sustained.served.count} served (${sustained.servedRate.toFixed(1)}/s), ${sustained.refused.count} refused, ${sustained.errors} errors.`);
    if (sustained.served.count === 0) throw new BrokenRun('no request was served at saturation');

    // 3. Twice the saturation throughput, offered at a constant rate.
    const rate = 2 * sustained.servedRate;
    await settle(api.url, probe, sustained);
    log(`Open loop at ${rate.toFixed(1)} requests/s for ${overloadMs / 1000} s...`);
    await apiLag();
    const overloaded = await runOpenLoop(api.url, () => mix.next(), { rate, durationMs: overloadMs, maxSockets: 1_024, timeoutMs: TIMEOUT_MS });
    log(
      `  sent ${overloaded.sentRate.toFixed(1)}/s: ${overloaded.served.count} served, ${overloaded.refused.count} refused, ${overloaded.errors} errors` +
        `${overloaded.firstError ? ` (first: ${overloaded.firstError})` : ''}`,
    );
    const overloadedLag = await apiLag();
    if (overloaded.sentRate < 0.9 * rate)
      throw new BrokenRun(`the load generator sent ${overloaded.sentRate.toFixed(1)}/s of the ${rate.toFixed(1)}/s asked`);

    const markdown = loadTestReport({
      startedAt: started.toISOString(),
      scale,
      seed,
      overload,
      mix: mix.requests.length,
      neo4jVersion: graph.server.version,
      machineAtStart,
      machineAtEnd: machine(),
      search,
      saturation,
      sustained,
      memory,
      rate,
      overloaded,
      apiLag: { sustained: sustainedLag, overloaded: overloadedLag },
      neo4jNice: values['neo4j-nice'] === undefined ? undefined : Number(values['neo4j-nice']),
    });
    console.log(`\n${markdown}`);
    mkdirSync(values.out, { recursive: true });
    const base = join(values.out, `${started.toISOString().replace(/[:.]/g, '-').slice(0, 19)}-load`);
    writeFileSync(`${base}.md`, `${markdown}\n`);
    writeFileSync(
      `${base}.json`,
      `${JSON.stringify({ startedAt: started.toISOString(), options: values, overload, machineAtStart, search, saturation, sustained, memory, rate, overloaded, apiLag: { sustained: sustainedLag, overloaded: overloadedLag } }, null, 2)}\n`,
    );
    log(`Wrote ${base}.md and ${base}.json`);
  } finally {
    await api?.stop();
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BrokenRun ? `Broken run: ${error.message}` : error);
  process.exitCode = 1;
});
