import type { OverloadSettings } from '../../src/config.js';
import type { ClosedLoopResult } from './closed-loop.js';
import type { Machine } from './environment.js';
import type { OpenLoopResult } from './open-loop.js';

/** Resident memory of the API and Neo4j at one moment of the run at saturation. */
export interface MemorySample {
  readonly atS: number;
  readonly apiMiB: number | undefined;
  readonly neo4jMiB: number | undefined;
}

export interface LoadTestRun {
  readonly startedAt: string;
  readonly scale: string;
  readonly seed: number;
  readonly overload: OverloadSettings;
  readonly mix: number;
  readonly neo4jVersion: string;
  readonly machineAtStart: Machine;
  readonly machineAtEnd: Machine;
  readonly search: readonly ClosedLoopResult[];
  readonly saturation: ClosedLoopResult;
  readonly sustained: ClosedLoopResult;
  readonly memory: readonly MemorySample[];
  /** The open loop's asked rate: twice the sustained throughput. */
  readonly rate: number;
  readonly overloaded: OpenLoopResult;
  /** The event-loop delay of the API's main thread (ms) during the run at saturation and at twice its rate. */
  readonly apiLag: { readonly sustained: Lag; readonly overloaded: Lag };
  /** The nice value Neo4j's threads and session were given, if any (--neo4j-nice). */
  readonly neo4jNice: number | undefined;
}

export interface Lag {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

const lagText = (lag: Lag) => `p50 ${lag.p50.toFixed(1)}, p99 ${lag.p99.toFixed(1)}, max ${lag.max.toFixed(1)} ms`;

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const mib = (value: number | undefined) => (value === undefined ? 'n/a' : `${value}`);
const mark = (ok: boolean) => (ok ? '✅ met' : '❌ not met');

/** The run as Markdown: the Must show checks first, then each phase's table. */
export function loadTestReport(run: LoadTestRun): string {
  const { sustained, overloaded, memory } = run;
  const m = run.machineAtStart;
  const first = memory[0];
  const middle = memory[Math.floor((memory.length - 1) / 2)];
  const last = memory[memory.length - 1];
  // Flat: the highest RSS of the second half of the run at most 10% above the highest of the first half (garbage
  // collection makes single samples go up and down; a leak makes the second half's peak higher).
  const half = Math.floor(memory.length / 2);
  const peak = (samples: readonly MemorySample[], pick: (s: MemorySample) => number | undefined) => {
    const values = samples.map(pick).filter((v): v is number => v !== undefined);
    return values.length === 0 ? undefined : Math.max(...values);
  };
  const flat = (pick: (s: MemorySample) => number | undefined) => {
    const a = peak(memory.slice(0, half), pick);
    const b = peak(memory.slice(half), pick);
    return a === undefined || b === undefined ? undefined : b <= a * 1.1;
  };
  const peaks = (pick: (s: MemorySample) => number | undefined) =>
    `peak ${mib(peak(memory.slice(0, half), pick))} then ${mib(peak(memory.slice(half), pick))}`;
  const apiFlat = flat((s) => s.apiMiB);
  const neo4jFlat = flat((s) => s.neo4jMiB);
  const p99Ratio = overloaded.served.p99 / sustained.served.p99;
  const minutes = (sustained.seconds / 60).toFixed(1);
  return [
    `## Load test, scale ${run.scale} (seed ${run.seed}), ${run.startedAt}`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; load average ${m.loadAverage.join(' ')} at start, ${run.machineAtEnd.loadAverage.join(' ')} at end; Neo4j ${run.neo4jVersion}.`,
    `- API: \`src/index.ts\` in its own Node process, NODE_ENV=production; bound ${run.overload.maxConcurrent} requests in flight, queue ${run.overload.maxQueued} for at most ${run.overload.maxQueueWaitMs} ms.`,
    `- Neo4j's CPU priority: ${run.neo4jNice === undefined ? "the same as the API's" : `nice ${run.neo4jNice} (its threads and its session), below the API and the load generator`}.`,
    `- Mix: ${run.mix} GraphQL requests (entity, timelines, searches in three languages, neighbourhoods, paths), drawn at random with fixed weights (bench/lib/mix.ts).`,
    '',
    '### Must show',
    '',
    '| check | result | measured |',
    '|---|---|---|',
    `| ${minutes} min at saturation, 0 errors after warm-up | ${mark(sustained.errors === 0 && sustained.refused.count === 0)} | ${sustained.served.count} served, ${sustained.errors} errors, ${sustained.refused.count} refused |`,
    `| flat memory (peak RSS of the second half within 10% of the first half's) | ${apiFlat === undefined || neo4jFlat === undefined ? 'n/a' : mark(apiFlat && neo4jFlat)} | API ${mib(first?.apiMiB)} → ${mib(middle?.apiMiB)} → ${mib(last?.apiMiB)} MiB (${peaks((s) => s.apiMiB)}); Neo4j ${mib(first?.neo4jMiB)} → ${mib(middle?.neo4jMiB)} → ${mib(last?.neo4jMiB)} MiB (${peaks((s) => s.neo4jMiB)}) |`,
    `| at twice the saturation rate, served p99 within 2× of saturation | ${mark(p99Ratio <= 2)} | ${ms(overloaded.served.p99)} ms vs ${ms(sustained.served.p99)} ms (${p99Ratio.toFixed(2)}×) |`,
    `| refusals answered in under 10 ms | ${overloaded.refused.count === 0 ? 'n/a (none refused)' : mark(overloaded.refused.p99 < 10)} | p50 ${ms(overloaded.refused.p50)} ms, p99 ${ms(overloaded.refused.p99)} ms, max ${ms(overloaded.refused.max)} ms over ${overloaded.refused.count} refusals |`,
    '',
    '### Saturation search (closed loop, each step after 3 s of warm-up)',
    '',
    '| connections | served/s | p50 ms | p99 ms | refused | errors |',
    '|---|---|---|---|---|---|',
    ...run.search.map(
      (r) =>
        `| ${r.connections}${r === run.saturation ? ' (saturation)' : ''} | ${r.servedRate.toFixed(1)} | ${ms(r.served.p50)} | ${ms(r.served.p99)} | ${r.refused.count} | ${r.errors} |`,
    ),
    '',
    '### At saturation and at twice its rate',
    '',
    '| run | offered | served/s | served p50 ms | served p90 ms | served p99 ms | refused | refusal p50 / p99 / max ms | errors |',
    '|---|---|---|---|---|---|---|---|---|',
    `| warm-up, ${sustained.warmup.seconds.toFixed(0)} s (not counted) | closed loop, ${sustained.connections} connections | ${(sustained.warmup.served / Math.max(1, sustained.warmup.seconds)).toFixed(1)} | | | | ${sustained.warmup.refused} | | ${sustained.warmup.errors} |`,
    closedRow(`at saturation, ${minutes} min`, sustained),
    `| twice saturation, ${overloaded.seconds.toFixed(0)} s (open loop) | ${overloaded.sentRate.toFixed(1)}/s | ${(overloaded.served.count / overloaded.seconds).toFixed(1)} | ${ms(overloaded.served.p50)} | ${ms(overloaded.served.p90)} | ${ms(overloaded.served.p99)} | ${overloaded.refused.count} | ${ms(overloaded.refused.p50)} / ${ms(overloaded.refused.p99)} / ${ms(overloaded.refused.max)} | ${overloaded.errors}${overloaded.unanswered > 0 ? ` (+${overloaded.unanswered} unanswered)` : ''} |`,
    '',
    '### Event-loop delays (what a refusal waits for before it runs)',
    '',
    `- The API's main thread: at saturation ${lagText(run.apiLag.sustained)}; at twice its rate ${lagText(run.apiLag.overloaded)}.`,
    `- The load generator's own (added to every latency it measures), at twice the rate: ${lagText(overloaded.generatorLag)}.`,
    '',
    '### Resident memory during the run at saturation (MiB, sampled every 10 s)',
    '',
    '| at | API | Neo4j |',
    '|---|---|---|',
    ...[first, middle, last].map((s, i) => `| ${['start', 'middle', 'end'][i]} (${s?.atS ?? '?'} s) | ${mib(s?.apiMiB)} | ${mib(s?.neo4jMiB)} |`),
    ...(sustained.firstError || overloaded.firstError
      ? ['', `First errors: ${[sustained.firstError, overloaded.firstError].filter(Boolean).join('; ')}`]
      : []),
  ].join('\n');
}

function closedRow(label: string, r: ClosedLoopResult): string {
  return `| ${label} | closed loop, ${r.connections} connections | ${r.servedRate.toFixed(1)} | ${ms(r.served.p50)} | ${ms(r.served.p90)} | ${ms(r.served.p99)} | ${r.refused.count} | ${ms(r.refused.p50)} / ${ms(r.refused.p99)} / ${ms(r.refused.max)} | ${r.errors} |`;
}
