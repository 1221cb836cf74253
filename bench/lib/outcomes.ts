/** What one response of the load test was: served (200 with data, no errors), refused for overload, or an error. */
export type Outcome = 'served' | 'refused' | 'error';

export function outcomeOf(status: number, body: string): Outcome {
  if (status === 503 && body.includes('"OVERLOADED"')) return 'refused';
  // Apollo writes `errors` before `data`: an answer with any error does not start with data.
  if (status === 200 && body.startsWith('{"data"')) return 'served';
  return 'error';
}

/** Latency samples in ms, kept in a growable typed array. */
export class Samples {
  private values = new Float64Array(4096);
  private size = 0;

  add(ms: number): void {
    if (this.size === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.size++] = ms;
  }

  get count(): number {
    return this.size;
  }

  /** Percentiles (0–1) and the maximum, in ms; NaN when there is no sample. */
  summary(): { count: number; p50: number; p90: number; p99: number; max: number } {
    const sorted = this.values.slice(0, this.size).sort();
    const at = (q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!);
    return { count: this.size, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
  }
}
