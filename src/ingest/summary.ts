/** What one kind of row did in a load. */
export interface KindSummary {
  /** Rows of this kind in the dataset. */
  rows: number;
  /** Rows new to the graph, written by this dataset. */
  created: number;
  /** Rows whose content changed, rewritten. */
  updated: number;
  /** Rows another dataset owns (same id): that dataset's values are kept; this one's evidence and names attach. */
  shared: number;
  /** Rows whose stored hash already matched: not sent. */
  unchanged: number;
  /** Rows of this dataset that its files no longer hold: deleted. */
  deleted: number;
  /** Rows of this dataset that its files no longer hold but another dataset still declares: handed over to it. */
  handedOver: number;
  /** Time spent on this kind (reading what the graph holds, writing, removing), in milliseconds. */
  ms: number;
}

export const emptyKindSummary = (): KindSummary => ({ rows: 0, created: 0, updated: 0, shared: 0, unchanged: 0, deleted: 0, handedOver: 0, ms: 0 });

/** Neo4j's update counters the loader sums over its statements. */
export const COUNTERS = [
  'nodesCreated',
  'nodesDeleted',
  'relationshipsCreated',
  'relationshipsDeleted',
  'propertiesSet',
  'labelsAdded',
  'labelsRemoved',
] as const;
export type Counters = Record<(typeof COUNTERS)[number], number>;

export interface WriteSummary extends Counters {
  readonly dataset: string;
  /** Every row of the dataset: nodes, relationships with ids, and the links between them. */
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly shared: number;
  readonly unchanged: number;
  readonly deleted: number;
  readonly handedOver: number;
  /** Facts (still in the graph) whose derived properties were recomputed from every dataset's evidence. */
  readonly recomputed: number;
  /** Cypher statements run, reads included. */
  readonly statements: number;
  readonly perKind: Readonly<Record<string, KindSummary>>;
  /** How it was written: sync (MERGE, before-images journalled) or bulk (a large first load, CREATE). */
  readonly mode: 'sync' | 'bulk';
  /** From the start of the write to its last commit. */
  readonly elapsedMs: number;
  /** Of which commits. */
  readonly commitMs: number;
  /** Transactions committed. */
  readonly commits: number;
  /** Dataset rows per second of `elapsedMs` (unchanged rows included). */
  readonly rowsPerSecond: number;
}

/** One line per kind, for the log. */
export function kindLines(perKind: Readonly<Record<string, KindSummary>>): string[] {
  return Object.entries(perKind).map(
    ([kind, summary]) =>
      `${kind}: ${summary.rows} rows: ${summary.created} created, ${summary.updated} updated, ${summary.shared} shared, ` +
      `${summary.unchanged} unchanged, ${summary.deleted} deleted, ${summary.handedOver} handed over (${Math.round(summary.ms)} ms)`,
  );
}
