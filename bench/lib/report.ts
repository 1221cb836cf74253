import type { CellResult, ContenderName } from './load.js';
import { percentile } from './load.js';
import type { Workload } from './workloads.js';

/** Aggregates the cells of all rounds into per-workload tables, ratios and the goals, as Markdown. */

export interface Summary {
  readonly workload: string;
  readonly contender: ContenderName;
  readonly concurrency: number;
  readonly rounds: number;
  readonly rps: { median: number; min: number; max: number };
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  readonly errors: number;
  readonly wrong: number;
  readonly voided: boolean;
  readonly problem?: string;
}

export interface Ratio {
  readonly workload: string;
  readonly concurrency: number;
  readonly oursOverFloor: { median: number; min: number; max: number } | null;
  readonly oursOverPeer: { median: number; min: number; max: number } | null;
  /** Pooled p99 of ours over the peer's (below 1: ours is better). */
  readonly p99OursOverPeer: number | null;
}

export interface Goal {
  readonly goal: string;
  readonly status: 'met' | 'missed' | 'n/a';
  readonly detail: string;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const stats = (values: readonly number[]) =>
  values.length === 0 ? null : { median: median(values), min: Math.min(...values), max: Math.max(...values) };

export function summarize(cells: readonly CellResult[]): Summary[] {
  const groups = new Map<string, CellResult[]>();
  for (const cell of cells) {
    const key = `${cell.workload}\u0000${cell.concurrency}\u0000${cell.contender}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(cell);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const pooled = Float64Array.from(group.flatMap((c) => [...c.samples])).sort();
    const problem = group.find((c) => c.problem)?.problem;
    return {
      workload: first.workload,
      contender: first.contender,
      concurrency: first.concurrency,
      rounds: group.length,
      rps: stats(group.map((c) => c.rps))!,
      p50: percentile(pooled, 0.5),
      p99: percentile(pooled, 0.99),
      requests: group.reduce((s, c) => s + c.requests, 0),
      errors: group.reduce((s, c) => s + c.errors, 0),
      wrong: group.reduce((s, c) => s + c.wrong, 0),
      voided: group.some((c) => c.voided),
      ...(problem ? { problem } : {}),
    };
  });
}

export function ratios(cells: readonly CellResult[], summaries: readonly Summary[]): Ratio[] {
  const out: Ratio[] = [];
  const keys = [...new Set(cells.map((c) => `${c.workload}\u0000${c.concurrency}`))];
  for (const key of keys) {
    const [workload, c] = key.split('\u0000') as [string, string];
    const concurrency = Number(c);
    const rounds = [...new Set(cells.map((cell) => cell.round))];
    const cellOf = (contender: ContenderName, round: number) =>
      cells.find((cell) => cell.workload === workload && cell.concurrency === concurrency && cell.contender === contender && cell.round === round);
    const overFloor: number[] = [];
    const overPeer: number[] = [];
    for (const round of rounds) {
      const ours = cellOf('ours', round);
      const floor = cellOf('floor', round);
      const peer = cellOf('peer', round);
      if (ours && !ours.voided && floor && !floor.voided) overFloor.push(ours.rps / floor.rps);
      if (ours && !ours.voided && peer && !peer.voided) overPeer.push(ours.rps / peer.rps);
    }
    const summary = (contender: ContenderName) =>
      summaries.find((s) => s.workload === workload && s.concurrency === concurrency && s.contender === contender);
    const ours = summary('ours');
    const peer = summary('peer');
    out.push({
      workload,
      concurrency,
      oursOverFloor: stats(overFloor),
      oursOverPeer: stats(overPeer),
      p99OursOverPeer: ours && peer && !ours.voided && !peer.voided ? ours.p99 / peer.p99 : null,
    });
  }
  return out;
}

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(1)) : '–');
const num = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const ratio = (r: { median: number; min: number; max: number } | null) =>
  r ? `**${r.median.toFixed(2)}** (${r.min.toFixed(2)}–${r.max.toFixed(2)})` : 'void';

export function workloadTables(workloads: readonly Workload[], summaries: readonly Summary[]): string {
  const lines: string[] = [];
  for (const workload of workloads) {
    const rows = summaries
      .filter((s) => s.workload === workload.name)
      .sort((a, b) => a.concurrency - b.concurrency || order(a.contender) - order(b.contender));
    if (rows.length === 0) continue;
    lines.push(`#### ${workload.name}: ${workload.description}`, '');
    lines.push(
      '| contender | concurrency | requests/s median (min–max) | p50 ms | p99 ms | requests | errors | wrong |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const s of rows) {
      const rps = `${num(s.rps.median)} (${num(s.rps.min)}–${num(s.rps.max)})`;
      lines.push(
        `| ${s.contender}${s.voided ? ' **VOID**' : ''} | ${s.concurrency} | ${rps} | ${ms(s.p50)} | ${ms(s.p99)} | ${s.requests} | ${s.errors} | ${s.wrong} |`,
      );
    }
    for (const s of rows.filter((r) => r.problem)) lines.push('', `> ${s.contender} (concurrency ${s.concurrency}) voided: ${s.problem}`);
    lines.push('');
  }
  return lines.join('\n');
}

const order = (c: ContenderName) => ['floor', 'ours', 'peer'].indexOf(c);

export function ratioTable(rows: readonly Ratio[]): string {
  const lines = [
    '| workload | concurrency | ours/floor throughput | ours/peer throughput | p99 ours/peer |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.workload} | ${r.concurrency} | ${ratio(r.oursOverFloor)} | ${ratio(r.oursOverPeer)} | ${r.p99OursOverPeer === null ? 'void' : r.p99OursOverPeer.toFixed(2)} |`,
    ),
  ];
  return lines.join('\n');
}

export function goals(
  workloads: readonly Workload[],
  summaries: readonly Summary[],
  rows: readonly Ratio[],
  loader: { scale: string; rowsPerSecond: number } | undefined,
  throughputConcurrency: number,
): Goal[] {
  const out: Goal[] = [];
  const at = (workload: string, concurrency: number) => rows.find((r) => r.workload === workload && r.concurrency === concurrency);
  const concurrencies = [...new Set(rows.map((r) => r.concurrency))].sort((a, b) => a - b);
  const listMisses = (test: (r: Ratio) => { ok: boolean; text: string } | null) => {
    const misses: string[] = [];
    const hits: string[] = [];
    for (const r of rows) {
      const result = test(r);
      if (!result) continue;
      (result.ok ? hits : misses).push(`${r.workload}@${r.concurrency}: ${result.text}`);
    }
    return { misses, hits };
  };

  const twice = ['timeline-first', 'timeline-deep', 'search-ar', 'search-fr', 'search-en'];
  {
    const { misses, hits } = listMisses((r) =>
      twice.includes(r.workload) && r.concurrency === throughputConcurrency
        ? r.oursOverPeer
          ? { ok: r.oursOverPeer.median >= 2, text: r.oursOverPeer.median.toFixed(2) }
          : { ok: false, text: 'void' }
        : null,
    );
    out.push({
      goal: `ours/peer throughput ≥ 2× on timeline and search (concurrency ${throughputConcurrency})`,
      status: misses.length === 0 && hits.length > 0 ? 'met' : 'missed',
      detail: [...misses.map((m) => `miss ${m}`), ...hits].join('; '),
    });
  }
  {
    const { misses } = listMisses((r) =>
      r.oursOverPeer ? { ok: r.oursOverPeer.median >= 1, text: r.oursOverPeer.median.toFixed(2) } : { ok: false, text: 'void' },
    );
    out.push({
      goal: 'ours/peer throughput ≥ 1× on every workload',
      status: misses.length === 0 ? 'met' : 'missed',
      detail: misses.length ? misses.join('; ') : `all ${rows.length} cells`,
    });
  }
  {
    const { misses } = listMisses((r) =>
      r.p99OursOverPeer === null ? { ok: false, text: 'void' } : { ok: r.p99OursOverPeer <= 1, text: `p99 ratio ${r.p99OursOverPeer.toFixed(2)}` },
    );
    out.push({
      goal: "our p99 no worse than the peer's anywhere",
      status: misses.length === 0 ? 'met' : 'missed',
      detail: misses.length ? misses.join('; ') : 'everywhere',
    });
  }
  {
    const light = workloads.filter((w) => w.light).map((w) => w.name);
    const { misses, hits } = listMisses((r) =>
      light.includes(r.workload)
        ? r.oursOverFloor
          ? { ok: r.oursOverFloor.median >= 0.7, text: r.oursOverFloor.median.toFixed(2) }
          : { ok: false, text: 'void' }
        : null,
    );
    out.push({
      goal: 'ours/floor throughput ≥ 0.7 on light queries',
      status: misses.length === 0 ? 'met' : 'missed',
      detail: [...misses.map((m) => `miss ${m}`), ...hits].join('; '),
    });
  }
  {
    const c = concurrencies[0] ?? 1;
    const first = summaries.find((s) => s.workload === 'timeline-first' && s.contender === 'ours' && s.concurrency === c);
    const deep = summaries.find((s) => s.workload === 'timeline-deep' && s.contender === 'ours' && s.concurrency === c);
    if (first && deep) {
      const r = deep.p50 / first.p50;
      const peerFirst = summaries.find((s) => s.workload === 'timeline-first' && s.contender === 'peer' && s.concurrency === c);
      const peerDeep = summaries.find((s) => s.workload === 'timeline-deep' && s.contender === 'peer' && s.concurrency === c);
      const peerText =
        peerFirst && peerDeep ? `; peer ${ms(peerDeep.p50)} / ${ms(peerFirst.p50)} ms = ${(peerDeep.p50 / peerFirst.p50).toFixed(2)}` : '';
      out.push({
        goal: 'deep timeline page within ±20% of the first page (ours, p50 at concurrency 1)',
        status: r >= 0.8 && r <= 1.2 ? 'met' : 'missed',
        detail: `deep ${ms(deep.p50)} ms / first ${ms(first.p50)} ms = ${r.toFixed(2)}${peerText}`,
      });
    }
  }
  void at;
  if (loader) {
    out.push({
      goal: 'loader ≥ 20,000 rows/s at scale M',
      status: loader.scale === 'M' ? (loader.rowsPerSecond >= 20_000 ? 'met' : 'missed') : 'n/a',
      detail: `${loader.rowsPerSecond} rows/s at scale ${loader.scale}`,
    });
  }
  return out;
}

export function goalTable(rows: readonly Goal[]): string {
  return [
    '| goal | status | detail |',
    '|---|---|---|',
    ...rows.map((g) => `| ${g.goal} | ${g.status === 'met' ? '✅ met' : g.status === 'missed' ? '❌ missed' : 'n/a'} | ${g.detail} |`),
  ].join('\n');
}
