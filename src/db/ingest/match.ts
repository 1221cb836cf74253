import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';

/**
 * What the graph holds that a dataset's entities may be (src/ingest/match.ts decides): entities under the
 * dataset's ids, with its Wikidata ids, and with its names. Index seeks only (entity_id, entity_wikidata,
 * name_match_key), one statement per chunk of parameters: never a scan of the entities.
 */

/** An entity of the graph as matching sees it. */
export interface GraphEntity {
  readonly id: string;
  readonly kind: string;
  /** Its names (en, fr, ar: the owner's), for messages. */
  readonly names: readonly string[];
  readonly wikidata: string | null;
  /** Whether a dataset other than the one being loaded declares it (gives it a name). */
  readonly declaredByOthers: boolean;
  /** Datasets that declare it (the first few), for messages. */
  readonly datasets: readonly string[];
}

const CANDIDATE = cypher`{
  id: e.id, kind: e.kind, names: [name IN [e.name_en, e.name_fr, e.name_ar] WHERE name IS NOT NULL], wikidata: e.wikidata,
  declaredByOthers: EXISTS { (e)<-[:NAME_OF]-(other:Name) WHERE other.dataset <> $dataset },
  datasets: COLLECT { MATCH (e)<-[:NAME_OF]-(named:Name) RETURN DISTINCT named.dataset AS dataset ORDER BY dataset LIMIT 5 }
}`;

/**
 * Entities with `$ids` (the dataset's own ids and those its sameAs and distinct name) and, of those another dataset
 * declares, the ones with `$wikidata`. One row per (by, key, entity).
 */
export const ENTITIES_BY_ID_OR_WIKIDATA = cypher`
UNWIND $ids AS key
MATCH (e:Entity {id: key})
RETURN 'id' AS by, key, ${CANDIDATE} AS entity
UNION ALL
UNWIND $wikidata AS key
MATCH (e:Entity {wikidata: key})
WHERE EXISTS { (e)<-[:NAME_OF]-(other:Name) WHERE other.dataset <> $dataset }
RETURN 'wikidata' AS by, key, ${CANDIDATE} AS entity`;

/** Entities that another dataset gives a name whose name key (src/search/normalize.ts `nameKey`) is in `$keys`. */
export const ENTITIES_BY_NAME_KEY = cypher`
UNWIND $keys AS key
MATCH (name:Name {matchKey: key})-[:NAME_OF]->(e:Entity)
WHERE name.dataset <> $dataset
WITH DISTINCT key, e
RETURN 'name' AS by, key, ${CANDIDATE} AS entity`;

/** Whether the graph holds any entity (a first load into an empty graph has nothing to match). */
export const ANY_ENTITY = cypher`MATCH (e:Entity) RETURN e.id AS id LIMIT 1`;

export interface EntityHit {
  readonly by: 'id' | 'wikidata' | 'name';
  readonly key: string;
  readonly entity: GraphEntity;
}

const KEYS_PER_QUERY = 10_000;

type Records = readonly { get(key: string): unknown }[];
const hitsOf = (records: Records): EntityHit[] =>
  records.map((record) => ({ by: record.get('by'), key: record.get('key'), entity: record.get('entity') }) as EntityHit);

/** Whether the graph holds any entity: a load into a graph without one has nothing to match. */
export async function graphHasEntities(executor: Executor): Promise<boolean> {
  return (await executor.read(ANY_ENTITY)).records.length > 0;
}

/** The entities of the graph under `ids`, and those another dataset than `datasetId` declares with `wikidata`. */
export async function entitiesByIdOrWikidata(
  executor: Executor,
  datasetId: string,
  ids: readonly string[],
  wikidata: readonly string[],
): Promise<EntityHit[]> {
  const hits: EntityHit[] = [];
  for (let i = 0; i < Math.max(ids.length, wikidata.length); i += KEYS_PER_QUERY) {
    const params = { dataset: datasetId, ids: ids.slice(i, i + KEYS_PER_QUERY), wikidata: wikidata.slice(i, i + KEYS_PER_QUERY) };
    hits.push(...hitsOf((await executor.read(ENTITIES_BY_ID_OR_WIKIDATA, params)).records));
  }
  return hits;
}

/** The entities another dataset than `datasetId` gives a name with one of `keys`. */
export async function entitiesByNameKey(executor: Executor, datasetId: string, keys: readonly string[]): Promise<EntityHit[]> {
  const hits: EntityHit[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    hits.push(...hitsOf((await executor.read(ENTITIES_BY_NAME_KEY, { dataset: datasetId, keys: keys.slice(i, i + KEYS_PER_QUERY) })).records));
  }
  return hits;
}
