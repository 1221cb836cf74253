import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { MixRequest } from './mix.js';
import { outcomeOf, Samples } from './outcomes.js';

/**
 * An open-loop load generator: requests leave at a constant rate whether or not earlier ones have been answered,
 * as users' requests arrive at a real server (autocannon's rate limit is a per-connection budget per second, sent
 * as a burst at the start of each second; a closed loop never offers more than its connections). Latency is
 * measured from the moment each request is sent; served, refused (503 OVERLOADED) and failed requests are counted
 * apart.
 */
export interface OpenLoopResult {
  readonly seconds: number;
  readonly sent: number;
  /** Requests per second actually sent (below the asked rate when this process cannot keep up). */
  readonly sentRate: number;
  readonly served: ReturnType<Samples['summary']>;
  readonly refused: ReturnType<Samples['summary']>;
  readonly errors: number;
  readonly firstError: string | undefined;
  /** Requests still unanswered when the run ended (they count as neither served nor refused). */
  readonly unanswered: number;
  /** This process's own event-loop delay (ms, p50/p99/max): a latency the generator adds to what it measures. */
  readonly generatorLag: { readonly p50: number; readonly p99: number; readonly max: number };
}

export async function runOpenLoop(
  url: string,
  next: () => MixRequest,
  options: { rate: number; durationMs: number; maxSockets: number; timeoutMs: number },
): Promise<OpenLoopResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets });
  const served = new Samples();
  const refused = new Samples();
  let errors = 0;
  let firstError: string | undefined;
  let sent = 0;
  let inFlight = 0;
  const fail = (problem: string) => {
    errors++;
    firstError ??= problem;
  };

  const send = (mixRequest: MixRequest) => {
    const body = Buffer.from(mixRequest.body, 'utf8');
    const started = performance.now();
    inFlight++;
    let settled = false;
    // A request ends once: answered, or failed (a timeout may be followed by a socket error).
    const settle = (record: () => void) => {
      if (settled) return;
      settled = true;
      inFlight--;
      record();
    };
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
        timeout: options.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          settle(() => {
            const elapsed = performance.now() - started;
            const text = Buffer.concat(chunks).toString('utf8');
            const outcome = outcomeOf(res.statusCode ?? 0, text);
            if (outcome === 'served') served.add(elapsed);
            else if (outcome === 'refused') refused.add(elapsed);
            else fail(`${mixRequest.workload}: HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
          }),
        );
        res.on('error', (error) => settle(() => fail(`${mixRequest.workload}: ${error.message}`)));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error) => settle(() => fail(`${mixRequest.workload}: ${error.message}`)));
    req.end(body);
    sent++;
  };

  // The histogram holds whole timer intervals: the delay is what exceeds the resolution.
  const lagResolutionMs = 1;
  const lag = monitorEventLoopDelay({ resolution: lagResolutionMs });
  lag.enable();
  const started = performance.now();
  const until = started + options.durationMs;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (now >= until) return resolve();
      // Every request due by now leaves now: the schedule does not slip when a tick is late.
      const due = Math.floor(((now - started) * options.rate) / 1000);
      while (sent < due) send(next());
      setTimeout(tick, 1);
    };
    tick();
  });
  const seconds = (performance.now() - started) / 1000;
  // Let the last requests finish (they were sent inside the window).
  const drainUntil = performance.now() + options.timeoutMs;
  while (inFlight > 0 && performance.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 10));
  const unanswered = inFlight;
  lag.disable();
  agent.destroy();
  return {
    seconds,
    sent,
    sentRate: sent / seconds,
    served: served.summary(),
    refused: refused.summary(),
    errors,
    firstError,
    unanswered,
    generatorLag: {
      p50: Math.max(0, lag.percentile(50) / 1e6 - lagResolutionMs),
      p99: Math.max(0, lag.percentile(99) / 1e6 - lagResolutionMs),
      max: Math.max(0, lag.max / 1e6 - lagResolutionMs),
    },
  };
}
