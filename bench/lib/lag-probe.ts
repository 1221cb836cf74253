// Loaded into the API's process by the load test (`--import`): the event-loop delay of the API's main thread.
// SIGUSR2 writes what was seen since the last signal to $BENCH_LAG_FILE (JSON, ms) and starts over.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.BENCH_LAG_FILE;
if (file) {
  // The histogram holds whole intervals (resolution included): the delay is what exceeds the resolution.
  const resolutionMs = 1;
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  const lag = (ns: number) => Math.max(0, ns / 1e6 - resolutionMs);
  process.on('SIGUSR2', () => {
    writeFileSync(file, JSON.stringify({ p50: lag(histogram.percentile(50)), p99: lag(histogram.percentile(99)), max: lag(histogram.max) }));
    histogram.reset();
  });
}
