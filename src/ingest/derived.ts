import type { Cypher } from '../db/cypher.js';
import { RECOMPUTE, type FactType } from '../db/ingest/index.js';
import { assessStatus, independenceKeys, originKey, type StatusEvidence, type StatusSource } from '../domain/status.js';
import { STATEMENT_KINDS, type Stance, type StatementKind } from '../domain/vocabulary.js';
import type { EvidenceSpec } from './dataset-schema.js';
import type { Dataset } from './dataset.js';

/**
 * The derived properties of facts (src/db/README.md): from a dataset's own evidence for the rows of new facts (the
 * transactional, bulk and import paths write the same rows), and from every dataset's evidence in the graph for a
 * fact several datasets share. Both go through `derivedOf`, so both apply the one rule of src/domain/status.ts.
 */

/** The derived properties of a fact (DERIVED). */
export interface Derived {
  readonly status: string;
  readonly statementKinds: readonly string[];
  readonly sourceIds: readonly string[];
  readonly statusReason: string;
  readonly sourceVerdicts: readonly string[];
}

function derivedOf(evidence: readonly StatusEvidence[], sources: ReadonlyMap<string, StatusSource>): Derived {
  const kinds = new Set(evidence.map((item) => item.statementKind));
  const assessment = assessStatus(evidence, sources);
  return {
    status: assessment.status,
    statementKinds: STATEMENT_KINDS.filter((kind) => kinds.has(kind)),
    sourceIds: assessment.sourceIds,
    statusReason: assessment.reason,
    sourceVerdicts: assessment.verdicts,
  };
}

/** Lookups the rows of facts need: which source each excerpt quotes, and what the status rule needs of each source. */
export interface Provenance {
  readonly sourceOfExcerpt: ReadonlyMap<string, string>;
  readonly sources: ReadonlyMap<string, StatusSource>;
  /** Each source's independence keys, as its row writes them. */
  readonly keysOfSource: ReadonlyMap<string, readonly string[]>;
}

export function provenanceOf(dataset: Dataset): Provenance {
  const declarations = new Map(dataset.sources.map(({ spec }) => [spec.id, spec]));
  const sources = new Map<string, StatusSource>();
  const keysOfSource = new Map<string, readonly string[]>();
  for (const { spec } of dataset.sources) {
    const keys = independenceKeys(spec, declarations);
    keysOfSource.set(spec.id, keys);
    sources.set(spec.id, { publisher: spec.publisher === undefined ? null : originKey(spec.publisher), keys });
  }
  return { sourceOfExcerpt: new Map(dataset.excerpts.map((e) => [e.spec.id, e.spec.source])), sources, keysOfSource };
}

/** The derived properties of a fact from this dataset's evidence for it. */
export function deriveFromSpecs(evidence: readonly EvidenceSpec[], provenance: Provenance): Derived {
  return derivedOf(
    evidence.map((item) => ({ sourceId: provenance.sourceOfExcerpt.get(item.excerpt) ?? '', statementKind: item.kind, stance: item.stance })),
    provenance.sources,
  );
}

/** What RECOMPUTE.read returns for one fact. */
interface StoredFact extends Partial<Record<keyof Derived, unknown>> {
  readonly id: string;
  readonly evidence: ReadonlyArray<{ sourceId: string; statementKind: StatementKind; stance: Stance }>;
  readonly sources: ReadonlyArray<{ id: string; publisher: string | null; independenceKeys: readonly string[] | null }>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b);

/** Runs a statement with `$rows` in the caller's transaction and returns its records as plain objects. */
export type RunRows = (cypher: Cypher, rows: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Recomputes the derived properties of the facts `ids` (all of one type) from the evidence the graph holds, and
 * writes those that changed; returns how many of the facts are still in the graph.
 */
export async function recomputeDerived(run: RunRows, factType: FactType, ids: readonly string[]): Promise<number> {
  const facts = (await run(
    RECOMPUTE[factType].read,
    ids.map((id) => ({ id })),
  )) as unknown as StoredFact[];
  const changed: { id: string; derived: Derived }[] = [];
  for (const fact of facts) {
    const sources = new Map<string, StatusSource>(
      fact.sources.map((source) => [
        source.id,
        {
          publisher: source.publisher === null ? null : originKey(source.publisher),
          // A source written before independence keys were: its own id and publisher.
          keys: source.independenceKeys ?? independenceKeys({ id: source.id, publisher: source.publisher ?? undefined }, new Map()),
        },
      ]),
    );
    const derived = derivedOf(fact.evidence, sources);
    if ((Object.keys(derived) as (keyof Derived)[]).some((key) => !same(fact[key], derived[key]))) changed.push({ id: fact.id, derived });
  }
  if (changed.length > 0) await run(RECOMPUTE[factType].write, changed);
  return facts.length;
}
