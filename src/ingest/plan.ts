import type { Executor } from '../db/executor.js';
import { rangeText } from '../domain/quantity-claims.js';
import type { ParticipantRole } from '../domain/vocabulary.js';
import type { Dataset } from './dataset.js';
import { describeGraphEntity, matchEntities, readGraphView, rewriteDataset, type EntityResolution } from './match.js';
import { datasetClaims, readGraphClaims, type FactClaims, type PlaceClaimAt } from './plan-claims.js';
import { planEventDetails, planRelationPeriod, type ClaimsOf, type DetailPlan, type ShownDate, type ShownQuantity } from './plan-details.js';
import { readContainment } from './plan-places.js';
import { DatasetError } from './problems.js';
import { readUnfinishedLoad, type UnfinishedLoad } from './recover.js';

/**
 * A dry run (`npm run seed -- <folder> --dry-run`): what loading a validated dataset would do to the graph as it is
 * now, read with the load's own matching (match.ts) and claims (rows.ts `evidenceRows`), judged by the rules of
 * src/domain (plan-details.ts), and nothing written: no journal, no recovery of an unfinished load. A dataset the
 * load would refuse throws the same DatasetError.
 */

export type { DetailPlan } from './plan-details.js';

/** An event or relation of the dataset: whether the graph holds it, and the details a load would change or contest. */
export interface FactPlan {
  readonly id: string;
  /** `new`: created; `shared`: another dataset declares it (this one adds its evidence); `own`: a re-load. */
  readonly outcome: 'new' | 'shared' | 'own';
  /**
   * Each detail whose shown value would change, or whose sources would disagree: an event's date, place, counts (by
   * unit) and participants' roles (by entity id); a relation's start and end.
   */
  readonly details: readonly DetailPlan[];
}

export type EventPlan = FactPlan;
export type RelationPlan = FactPlan;

export interface LoadPlan {
  readonly dataset: string;
  readonly folder: string;
  /** A load that did not finish: a real load would undo it first (a dry run reads the graph as it is). */
  readonly unfinished: UnfinishedLoad | undefined;
  readonly entities: readonly EntityResolution[];
  readonly events: readonly EventPlan[];
  readonly relations: readonly RelationPlan[];
  readonly sources: number;
  readonly excerpts: number;
}

type ClaimOf<K extends keyof FactClaims> = FactClaims[K] extends Map<string, (infer C)[]> ? C : never;

const outcomeOf = (owner: string | undefined, datasetId: string): FactPlan['outcome'] =>
  owner === undefined ? 'new' : owner === datasetId ? 'own' : 'shared';

/** Reads the graph and says what loading `declared` would do; throws the DatasetError the load would throw. */
export async function planDataset(executor: Executor, declared: Dataset): Promise<LoadPlan> {
  const unfinished = await readUnfinishedLoad(executor);
  const { resolutions, problems } = matchEntities(declared, await readGraphView(executor, declared));
  if (problems.length > 0) throw new DatasetError(declared.folder, problems);
  const dataset = rewriteDataset(declared, resolutions);
  const own = datasetClaims(dataset);
  const graph = await readGraphClaims(
    executor,
    dataset.events.map(({ spec }) => spec.id),
    dataset.relations.map(({ spec }) => spec.id),
  );
  const claimed = [...own.places.values(), ...graph.claims.places.values()].flat().map((claim) => claim.placeId);
  const within = await readContainment(executor, dataset, claimed);
  const located = (claims: readonly PlaceClaimAt[] | undefined) => (claims ?? []).map((claim) => ({ ...claim, within: within(claim.placeId) }));
  const claimsOf = <K extends keyof FactClaims>(kind: K, id: string): ClaimsOf<ClaimOf<K>> => ({
    graph: (graph.claims[kind] as Map<string, ClaimOf<K>[]>).get(id) ?? [],
    dataset: (own[kind] as Map<string, ClaimOf<K>[]>).get(id) ?? [],
  });
  const events = dataset.events.map(({ spec: { id } }): EventPlan => {
    const held = graph.events.get(id);
    return {
      id,
      outcome: outcomeOf(held?.owner, dataset.id),
      details: planEventDetails(dataset.id, held, {
        dates: claimsOf('dates', id),
        places: { graph: located(graph.claims.places.get(id)), dataset: located(own.places.get(id)) },
        quantities: claimsOf('quantities', id),
        roles: claimsOf('roles', id),
      }),
    };
  });
  const relations = dataset.relations.map(({ spec, since, until }): RelationPlan => {
    const held = graph.relations.get(spec.id);
    // What the relation stores of this dataset's declaration when it owns it (rows.ts relationRows).
    const declaredPeriod = {
      since: { phrase: spec.since?.phrase ?? null, edtf: since?.edtf ?? null },
      until: { phrase: spec.until?.phrase ?? null, edtf: until?.edtf ?? null },
    };
    return {
      id: spec.id,
      outcome: outcomeOf(held?.owner, dataset.id),
      details: planRelationPeriod(dataset.id, held, { since: claimsOf('since', spec.id), until: claimsOf('until', spec.id) }, declaredPeriod),
    };
  });
  const { id, folder, sources, excerpts } = dataset;
  return { dataset: id, folder, unfinished, entities: resolutions, events, relations, sources: sources.length, excerpts: excerpts.length };
}

const MAX_LINES_PER_LIST = 50;

const dateText = (date: ShownDate | null) =>
  date === null ? 'none' : date.phrase === null ? (date.edtf ?? 'unknown') : `"${date.phrase}" (${date.edtf ?? 'unknown'})`;
const quantityText = (quantity: ShownQuantity | null) =>
  quantity === null ? 'none' : quantity.phrase === null ? rangeText(quantity) : `"${quantity.phrase}" (${rangeText(quantity)})`;
const rolesText = (roles: readonly ParticipantRole[] | null) => (roles === null || roles.length === 0 ? 'none' : roles.join(', '));

interface Values<V> {
  readonly before: V | null;
  readonly after: V | null;
  readonly conflicting: ReadonlyArray<{ readonly sourceId: string; readonly value: V }>;
}

/** A detail's values as text: before, after, and each value in conflict with its source. */
const valuesText = <V>({ before, after, conflicting }: Values<V>, text: (value: V | null) => string) => ({
  before: text(before),
  after: text(after),
  conflicting: conflicting.map((c) => `${c.sourceId} says ${text(c.value)}`).join(', '),
});

/** What a detail is called in a line, and its values as text. */
function wording(detail: DetailPlan): { subject: string; before: string; after: string; conflicting: string } {
  switch (detail.detail) {
    case 'date':
      return { subject: 'date', ...valuesText(detail, dateText) };
    case 'start':
    case 'end':
      return { subject: `period ${detail.detail}`, ...valuesText(detail, dateText) };
    case 'place':
      return { subject: 'place', ...valuesText(detail, (placeId) => placeId ?? 'none') };
    case 'quantity':
      return { subject: `quantity ${detail.unit}`, ...valuesText(detail, quantityText) };
    case 'roles': {
      const several = detail.resolution === 'CONFLICT' || (detail.before?.length ?? 0) > 1 || (detail.after?.length ?? 0) > 1;
      return { subject: `${several ? 'roles' : 'role'} of ${detail.entityId}`, ...valuesText(detail, rolesText) };
    }
  }
}

/**
 * One detail as a line: `<subject> contested: <source> says <value>, ...; the shown <subject> would become <value>,
 * was <value>`, `<subject> refined: <before> → <after>`, or `shown <subject>: <before> → <after>` (a value that changes
 * otherwise: a first value, a source that goes).
 */
export function describeDetail(detail: DetailPlan): string {
  const { subject, before, after, conflicting } = wording(detail);
  if (detail.resolution === 'CONFLICT') {
    const was = detail.detail === 'roles' ? 'were' : 'was';
    return `${subject} contested: ${conflicting}; the shown ${subject} would become ${after}, ${was} ${before}`;
  }
  if (detail.resolution === 'REFINED') return `${subject} refined: ${before} → ${after}`;
  return `shown ${subject}: ${before} → ${after}`;
}

const headOf = (fact: FactPlan) => `${fact.outcome === 'new' ? 'create' : fact.outcome === 'shared' ? 'join' : 'update'} ${fact.id}`;

/** A fact's lines: each detail on a line of its own, after the fact (`join event:x: place refined: ...`). */
const detailLines = (fact: FactPlan) => fact.details.map((detail) => `${headOf(fact)}: ${describeDetail(detail)}`);

/** The plan as the lines `npm run seed -- --dry-run` prints. */
export function describePlan(plan: LoadPlan): string[] {
  const lines: string[] = [];
  const list = (items: readonly string[]) => {
    lines.push(...items.slice(0, MAX_LINES_PER_LIST).map((item) => `    ${item}`));
    if (items.length > MAX_LINES_PER_LIST) lines.push(`    … and ${items.length - MAX_LINES_PER_LIST} more`);
  };
  if (plan.unfinished) {
    lines.push(
      `  An unfinished load of "${plan.unfinished.dataset}" is in the graph: a load would undo it first (or be refused while it may still run); ` +
        'this plan reads the graph as it is.',
    );
  }
  const count = (outcome: EntityResolution['outcome']) => plan.entities.filter((e) => e.outcome === outcome).length;
  lines.push(
    `  Entities: ${count('new')} to create, ${count('merged')} to merge into entities of the graph, ${count('own')} already this dataset's.`,
  );
  list(
    plan.entities.flatMap((e) => {
      const { id } = e.entity.spec;
      const aside = e.setAside.map((s) => `${s.entity.id} (${s.why === 'distinct' ? 'distinct' : 'another Wikidata id'})`);
      const despite = aside.length === 0 ? '' : `, not ${aside.join(', ')} although a name matches`;
      if (e.outcome === 'new') return [`create ${id}${despite}`];
      if (e.outcome === 'own') return [`update ${id} (this dataset's)${despite}`];
      const by = e.by === 'wikidata' ? `wikidata ${e.entity.spec.wikidata}` : (e.by ?? 'id');
      return [`merge ${id} into ${e.into ? describeGraphEntity(e.into) : e.id} by ${by}`];
    }),
  );
  const facts = (plans: readonly FactPlan[], kind: 'Events' | 'Relations') => {
    const counted = (outcome: FactPlan['outcome']) => plans.filter((p) => p.outcome === outcome).length;
    lines.push(
      `  ${kind}: ${counted('new')} to create, ${counted('shared')} declared by another dataset (this one adds its evidence), ` +
        `${counted('own')} already this dataset's.`,
    );
  };
  facts(plan.events, 'Events');
  // Every event, with what it would change; a relation only when it would change a start or end.
  list(plan.events.flatMap((event) => (event.details.length === 0 ? [headOf(event)] : detailLines(event))));
  facts(plan.relations, 'Relations');
  list(plan.relations.flatMap(detailLines));
  lines.push(`  Also: ${plan.sources} sources, ${plan.excerpts} excerpts.`);
  return lines;
}
