import autocannon from 'autocannon';
import type { Mix } from './mix.js';
import { outcomeOf, Samples, type Outcome } from './outcomes.js';

/**
 * A closed loop with autocannon: `connections` keep-alive connections, each sending its next request (drawn from
 * the mix) as soon as the previous answer arrives. Every answer is classified (served, refused, error) from its
 * status and body, and its latency recorded under that outcome.
 */
export interface ClosedLoopResult {
  readonly connections: number;
  readonly seconds: number;
  /** Served requests per second. */
  readonly servedRate: number;
  readonly served: ReturnType<Samples['summary']>;
  readonly refused: ReturnType<Samples['summary']>;
  /** Error answers, transport errors and timeouts (autocannon's timeout is the request's deadline). */
  readonly errors: number;
  readonly firstError: string | undefined;
  /** Answers during the warm-up, on the same connections, not counted above. */
  readonly warmup: { readonly seconds: number; readonly served: number; readonly refused: number; readonly errors: number };
}

export async function runClosedLoop(
  url: string,
  mix: Mix,
  options: { connections: number; warmupMs: number; durationMs: number; timeoutMs: number; onTick?: (elapsedMs: number) => void },
): Promise<ClosedLoopResult> {
  const served = new Samples();
  const refused = new Samples();
  let errors = 0;
  let firstError: string | undefined;
  // autocannon calls onResponse, then emits 'response' for the same answer, synchronously: the outcome of the one
  // is the outcome of the other.
  let last: Outcome = 'error';
  let lastProblem = '';
  const warmup = { seconds: options.warmupMs / 1000, served: 0, refused: 0, errors: 0 };
  // The warm-up runs on the same connections: closing them would leave their requests running, holding slots.
  const started = performance.now() + options.warmupMs;
  let finished: (error: Error | null) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finished = (error) => (error ? reject(error) : resolve());
  });
  const instance = autocannon(
    {
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: options.connections,
      duration: (options.warmupMs + options.durationMs) / 1000,
      timeout: options.timeoutMs / 1000,
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: mix.next().body }),
          onResponse: (status, body) => {
            last = outcomeOf(status, body);
            if (last === 'error') lastProblem = `HTTP ${status}: ${body.slice(0, 200)}`;
          },
        },
      ],
    },
    (error: unknown) => finished(error instanceof Error ? error : null),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    if (performance.now() < started) {
      warmup[last === 'error' ? 'errors' : last]++;
      return;
    }
    if (last === 'served') served.add(responseTime);
    else if (last === 'refused') refused.add(responseTime);
    else {
      errors++;
      firstError ??= lastProblem;
    }
  });
  instance.on('reqError', (error: Error) => {
    if (performance.now() < started) {
      warmup.errors++;
      return;
    }
    errors++;
    firstError ??= error.message;
  });
  const ticker = options.onTick
    ? setInterval(() => {
        const elapsed = performance.now() - started;
        if (elapsed >= 0) options.onTick?.(elapsed);
      }, 1_000)
    : undefined;
  try {
    // Transport errors and timeouts arrive as reqError (above), not as answers.
    await done;
    const seconds = (performance.now() - started) / 1000;
    return {
      connections: options.connections,
      seconds,
      servedRate: served.count / seconds,
      served: served.summary(),
      refused: refused.summary(),
      errors,
      firstError,
      warmup,
    };
  } finally {
    clearInterval(ticker);
  }
}
