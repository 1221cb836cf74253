import type { Executor } from '../db/executor.js';
import { PLACE_CONTAINERS } from '../db/ingest/index.js';
import type { Dataset } from './dataset.js';

/**
 * The places that contain each claimed place, as the graph would hold them after a load (the rule of
 * src/domain/place-claims.ts needs them): the graph's LOCATED_IN relations no source disputes and countries
 * (IN_COUNTRY), with what the dataset declares itself: the country of each entity it writes, and its LOCATED_IN
 * relations, unless its own evidence disputes them. A relation's status is taken as stored (the load recomputes it
 * from every dataset's evidence; a dry run does not).
 */

/** The steps placesContaining (src/db/ingest/places.ts) walks up. */
const MAX_STEPS = 4;

const READS_PER_QUERY = 5_000;

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

interface StoredContainer {
  readonly placeId: string;
  readonly country: boolean;
  readonly relationId: string | null;
  readonly disputed: boolean;
}

/**
 * Reads, in up to MAX_STEPS rounds of index seeks, the places that contain `placeIds` after a load of `dataset`
 * (rewritten to the graph's entity ids); returns `placesWithin` for any of them.
 */
export async function readContainment(executor: Executor, dataset: Dataset, placeIds: Iterable<string>): Promise<(placeId: string) => string[]> {
  // A load writes the country of the entities it creates or owns, not of those another dataset owns (rows.ts inCountryRows).
  const countries = new Map(dataset.entities.map(({ spec }) => [spec.id, spec.country]));
  const located = new Map<string, string[]>();
  const disputedHere = new Set<string>();
  for (const { spec } of dataset.relations) {
    if (spec.type !== 'LOCATED_IN') continue;
    if (spec.evidence.some((item) => item.stance !== 'SUPPORTS')) disputedHere.add(spec.id);
    else located.set(spec.from, [...(located.get(spec.from) ?? []), spec.to]);
  }
  const direct = new Map<string, readonly string[]>();
  let toRead = [...new Set(placeIds)];
  for (let step = 0; step < MAX_STEPS && toRead.length > 0; step++) {
    const stored = new Map<string, { readonly owner: string | null; readonly containers: readonly StoredContainer[] }>();
    for (let i = 0; i < toRead.length; i += READS_PER_QUERY) {
      const rows = toRead.slice(i, i + READS_PER_QUERY).map((id) => ({ id }));
      const { records } = await executor.read(PLACE_CONTAINERS, { rows });
      for (const record of records) stored.set(record.get('id') as string, record.toObject() as never);
    }
    for (const id of toRead) {
      const held = stored.get(id);
      const country = countries.get(id);
      const ownCountry = countries.has(id) && (held === undefined || held.owner === dataset.id);
      const kept = (held?.containers ?? []).filter(
        (c) => !c.disputed && !(c.country && ownCountry) && !(c.relationId !== null && disputedHere.has(c.relationId)),
      );
      const declared = [...(ownCountry && country !== undefined ? [country] : []), ...(located.get(id) ?? [])];
      direct.set(id, [...new Set([...kept.map((c) => c.placeId), ...declared])]);
    }
    toRead = [...new Set(toRead.flatMap((id) => direct.get(id) ?? []))].filter((id) => !direct.has(id));
  }
  return (placeId) => placesWithin(placeId, (id) => direct.get(id) ?? []);
}
