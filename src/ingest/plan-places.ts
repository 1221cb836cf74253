import type { Executor } from '../db/executor.js';
import { PLACE_CONTAINERS } from '../db/ingest/index.js';
import type { Dataset } from './dataset.js';
import { inChunks } from './plan-claims.js';

/**
 * The places that contain each claimed place, as the graph would hold them after a load (the rule of
 * src/domain/place-claims.ts needs them): the graph's LOCATED_IN relations no source disputes and countries
 * (IN_COUNTRY), with what the dataset declares itself: the country of each entity it writes, and its LOCATED_IN
 * relations, unless its own evidence disputes them. A relation the graph holds keeps its stored status (the load
 * recomputes it from every dataset's evidence; a dry run does not).
 */

/** The steps placesContaining (src/db/ingest/places.ts) walks up. */
const MAX_STEPS = 4;

/**
 * The places that contain `placeId`, nearest first (by steps, then by id), each once: what placesContaining gives
 * (which may list a place twice, a difference the rule does not see), from the places each place lies in directly.
 */
export function placesWithin(placeId: string, containersOf: (id: string) => readonly string[]): string[] {
  const seen = new Set([placeId]);
  const within: string[] = [];
  let frontier = [placeId];
  for (let step = 0; step < MAX_STEPS && frontier.length > 0; step++) {
    const next = [...new Set(frontier.flatMap(containersOf))].filter((id) => !seen.has(id)).sort();
    for (const id of next) seen.add(id);
    within.push(...next);
    frontier = next;
  }
  return within;
}

/** A place as the graph holds it: its owner and the places it lies in directly (PLACE_CONTAINERS). */
export interface StoredPlace {
  readonly owner: string | null;
  readonly containers: ReadonlyArray<{
    readonly placeId: string;
    /** An IN_COUNTRY link (else a LOCATED_IN relation, with its id). */
    readonly country: boolean;
    readonly relationId: string | null;
    readonly disputed: boolean;
  }>;
}

/** What a dataset declares of where its places lie. */
export interface DeclaredContainment {
  readonly datasetId: string;
  /** Each entity it declares, with its country (undefined: none). */
  readonly countries: ReadonlyMap<string, string | undefined>;
  /** Its LOCATED_IN relations that no evidence of its disputes, by the place inside. */
  readonly located: ReadonlyMap<string, ReadonlyArray<{ readonly placeId: string; readonly relationId: string }>>;
  /** Its LOCATED_IN relations that its evidence disputes. */
  readonly disputed: ReadonlySet<string>;
}

export function declaredContainment(dataset: Dataset): DeclaredContainment {
  const located = new Map<string, { placeId: string; relationId: string }[]>();
  const disputed = new Set<string>();
  for (const { spec } of dataset.relations) {
    if (spec.type !== 'LOCATED_IN') continue;
    if (spec.evidence.some((item) => item.stance !== 'SUPPORTS')) disputed.add(spec.id);
    else located.set(spec.from, [...(located.get(spec.from) ?? []), { placeId: spec.to, relationId: spec.id }]);
  }
  return { datasetId: dataset.id, countries: new Map(dataset.entities.map(({ spec }) => [spec.id, spec.country])), located, disputed };
}

/**
 * The places `placeId` would lie in directly after the load: the graph's, less disputed relations and those the
 * dataset disputes, with the dataset's LOCATED_IN relations. A load writes the country of the entities it creates or
 * owns (replacing the stored one), not of those another dataset owns (rows.ts inCountryRows). A relation the graph
 * holds keeps its stored status, whoever's evidence disputes it.
 */
export function containersAfterLoad(declared: DeclaredContainment, placeId: string, held: StoredPlace | undefined): string[] {
  const containers = held?.containers ?? [];
  const writesCountry = declared.countries.has(placeId) && (held === undefined || held.owner === declared.datasetId);
  const country = writesCountry ? declared.countries.get(placeId) : undefined;
  const kept = containers.filter(
    (c) => !c.disputed && !(c.country && writesCountry) && !(c.relationId !== null && declared.disputed.has(c.relationId)),
  );
  const disputedThere = new Set(containers.flatMap((c) => (c.disputed && c.relationId !== null ? [c.relationId] : [])));
  const located = (declared.located.get(placeId) ?? []).filter((r) => !disputedThere.has(r.relationId));
  return [...new Set([...kept.map((c) => c.placeId), ...(country === undefined ? [] : [country]), ...located.map((r) => r.placeId)])];
}

/**
 * Reads, in up to MAX_STEPS rounds of index seeks, the places that contain `placeIds` after a load of `dataset`
 * (rewritten to the graph's entity ids); returns `placesWithin` for any of them.
 */
export async function readContainment(executor: Executor, dataset: Dataset, placeIds: Iterable<string>): Promise<(placeId: string) => string[]> {
  const declared = declaredContainment(dataset);
  const direct = new Map<string, readonly string[]>();
  let toRead = [...new Set(placeIds)];
  for (let step = 0; step < MAX_STEPS && toRead.length > 0; step++) {
    const stored = new Map<string, StoredPlace>();
    await inChunks(toRead, async (rows) => {
      for (const record of (await executor.read(PLACE_CONTAINERS, { rows })).records)
        stored.set(record.get('id') as string, record.toObject() as never);
    });
    for (const id of toRead) direct.set(id, containersAfterLoad(declared, id, stored.get(id)));
    toRead = [...new Set(toRead.flatMap((id) => direct.get(id) ?? []))].filter((id) => !direct.has(id));
  }
  return (placeId) => placesWithin(placeId, (id) => direct.get(id) ?? []);
}
