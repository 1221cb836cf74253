import { Random } from './prng.js';
import type { Workload } from './workloads.js';

/**
 * The load test's request mix: the benchmark's workloads (our documents, their parameter sets), drawn at random
 * with weights that resemble the explorer's traffic: lookups and searches most, then timelines, neighbourhoods
 * and paths. Deterministic for a seed.
 */
export const MIX_WEIGHTS: Readonly<Record<string, number>> = {
  entity: 30,
  'timeline-first': 15,
  'timeline-deep': 5,
  'search-ar': 8,
  'search-fr': 8,
  'search-en': 8,
  'neighborhood-1': 10,
  'neighborhood-2': 4,
  'paths-connected': 8,
  'paths-unreachable': 4,
};

export interface MixRequest {
  readonly workload: string;
  /** The POST /graphql body. */
  readonly body: string;
}

export interface Mix {
  readonly requests: readonly MixRequest[];
  /** The next request of the deterministic random sequence. */
  next(): MixRequest;
}

export function buildMix(workloads: readonly Workload[], seed: number): Mix {
  const requests: MixRequest[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const workload of workloads) {
    const weight = MIX_WEIGHTS[workload.name] ?? 0;
    if (weight === 0) continue;
    // A workload's weight is shared by its parameter sets.
    for (const params of workload.params) {
      requests.push({ workload: workload.name, body: JSON.stringify(params.ours) });
      total += weight / workload.params.length;
      cumulative.push(total);
    }
  }
  if (requests.length === 0) throw new Error('no workload of the mix was built');
  const random = new Random(seed);
  return {
    requests,
    next: () => {
      const x = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (cumulative[mid]! > x) high = mid;
        else low = mid + 1;
      }
      return requests[low]!;
    },
  };
}
