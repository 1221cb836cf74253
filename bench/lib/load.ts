import { Agent, request } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import type { DataLayer } from '../../src/db/index.js';
import type { Workload } from './workloads.js';

/**
 * The closed-loop load generator: N workers, each sending its next request as soon as the previous answer has
 * arrived, for a fixed time after a warm-up. Latency is measured around each request with performance.now();
 * response bodies are kept (deduplicated per parameter set) and every one is checked after the timed window, so
 * checking costs the contenders nothing: a wrong or error response voids the cell.
 */

export type ContenderName = 'floor' | 'ours' | 'peer';

/** Sends parameter set `index` of a workload; resolves to the raw answer (a JSON text). */
export type Send = (index: number) => Promise<{ status: number; body: string }>;

export interface CellResult {
  readonly contender: ContenderName;
  readonly workload: string;
  readonly concurrency: number;
  readonly round: number;
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
  /** Transport failures, non-200 statuses and GraphQL errors. */
  readonly errors: number;
  /** Answers that differ from the floor's. */
  readonly wrong: number;
  readonly voided: boolean;
  readonly problem?: string;
  /** Latency samples in ms (kept for pooled percentiles; dropped from the JSON output). */
  readonly samples: Float64Array;
}

export function httpSender(url: string, workload: Workload, contender: 'ours' | 'peer', concurrency: number): { send: Send; close: () => void } {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
  const target = new URL(url);
  const bodies = workload.params.map((p) => Buffer.from(JSON.stringify(contender === 'ours' ? p.ours : p.peer), 'utf8'));
  const send: Send = (index) =>
    new Promise((resolve, reject) => {
      const body = bodies[index % bodies.length]!;
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

export function floorSender(db: DataLayer, workload: Workload): Send {
  return async (index) => {
    const params = workload.params[index % workload.params.length]!;
    return { status: 200, body: JSON.stringify({ data: { [workload.root]: await params.floor(db) } }) };
  };
}

/** The neutral answer of a response, or the reason it is not one. */
export function answerOf(
  workload: Workload,
  contender: ContenderName,
  status: number,
  body: string,
): { ok: true; answer: unknown } | { ok: false; problem: string } {
  if (status !== 200) return { ok: false, problem: `HTTP ${status}: ${body.slice(0, 300)}` };
  let parsed: { data?: Record<string, unknown> | null; errors?: unknown[] };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return { ok: false, problem: `not JSON: ${body.slice(0, 200)}` };
  }
  if (parsed.errors && parsed.errors.length > 0) return { ok: false, problem: `GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 400)}` };
  if (!parsed.data) return { ok: false, problem: 'no data' };
  const answer = contender === 'peer' ? workload.normalizePeer(parsed.data) : workload.normalizeOurs(parsed.data[workload.root]);
  return { ok: true, answer };
}

/** A short description of where two neutral answers first differ. */
export function difference(expected: unknown, actual: unknown, path = ''): string {
  if (isDeepStrictEqual(expected, actual)) return '';
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return `${path || '(root)'}: ${expected.length} items expected, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = difference(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(expected)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const d = difference((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path || '(root)'}: expected ${JSON.stringify(expected)?.slice(0, 200)}, got ${JSON.stringify(actual)?.slice(0, 200)}`;
}

export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface CellOptions {
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  /** Stop a cell early after this many requests (keeps slow cells bounded in memory, fast ones in time). */
  readonly maxRequests: number;
}

export async function runCell(
  contender: ContenderName,
  workload: Workload,
  send: Send,
  expected: readonly unknown[],
  round: number,
  options: CellOptions,
): Promise<CellResult> {
  const n = workload.params.length;
  let transportErrors = 0;
  let firstTransportError: string | undefined;

  const loop = async (
    until: number,
    record: boolean,
    latencies: number[],
    responses: Map<number, Map<string, number>>,
    counter: { next: number },
  ) => {
    while (performance.now() < until && counter.next < options.maxRequests) {
      const index = counter.next++ % n;
      const started = performance.now();
      try {
        const { status, body } = await send(index);
        const elapsed = performance.now() - started;
        if (!record) continue;
        latencies.push(elapsed);
        const key = `${status}\u0000${body}`;
        let bodies = responses.get(index);
        if (!bodies) responses.set(index, (bodies = new Map<string, number>()));
        bodies.set(key, (bodies.get(key) ?? 0) + 1);
      } catch (error) {
        if (!record) continue;
        latencies.push(performance.now() - started);
        transportErrors++;
        firstTransportError ??= (error as Error).message;
      }
    }
  };

  // Warm-up: the same loop, not recorded.
  const warmupUntil = performance.now() + options.warmupMs;
  await Promise.all(Array.from({ length: options.concurrency }, () => loop(warmupUntil, false, [], new Map(), { next: 0 })));

  const latencies: number[] = [];
  const responses = new Map<number, Map<string, number>>();
  const counter = { next: 0 };
  const started = performance.now();
  const until = started + options.durationMs;
  await Promise.all(Array.from({ length: options.concurrency }, () => loop(until, true, latencies, responses, counter)));
  const seconds = (performance.now() - started) / 1000;

  let errors = transportErrors;
  let wrong = 0;
  let problem = firstTransportError;
  for (const [index, bodies] of responses) {
    for (const [key, count] of bodies) {
      const split = key.indexOf('\u0000');
      const result = answerOf(workload, contender, Number(key.slice(0, split)), key.slice(split + 1));
      if (!result.ok) {
        errors += count;
        problem ??= `${workload.params[index]?.label}: ${result.problem}`;
        continue;
      }
      const diff = difference(expected[index], result.answer);
      if (diff) {
        wrong += count;
        problem ??= `${workload.params[index]?.label}: ${diff}`;
      }
    }
  }
  const samples = Float64Array.from(latencies).sort();
  const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
  return {
    contender,
    workload: workload.name,
    concurrency: options.concurrency,
    round,
    requests: samples.length,
    seconds,
    rps: samples.length / seconds,
    p50: percentile(samples, 0.5),
    p90: percentile(samples, 0.9),
    p99: percentile(samples, 0.99),
    mean,
    max: samples[samples.length - 1] ?? NaN,
    errors,
    wrong,
    voided: errors + wrong > 0,
    ...(problem ? { problem } : {}),
    samples,
  };
}
