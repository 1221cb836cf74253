import { cypher } from '../cypher.js';
import type { Executor } from '../executor.js';

/** What the graph already holds, asked before a load (bulk mode needs a dataset none of whose ids exist). */

/** Whether anything of the dataset is in the graph: its sources, or names it gave to another dataset's nodes. */
export const DATASET_PRESENT = cypher`
  OPTIONAL MATCH (s:Source {dataset: $dataset}) WITH s LIMIT 1
  OPTIONAL MATCH (n:Name {dataset: $dataset}) WITH s, n LIMIT 1
  RETURN CASE WHEN s IS NOT NULL OR n IS NOT NULL THEN 'dataset ' + $dataset END AS id`;

/** The first of `$ids` that an entity, event, source or excerpt of the graph has. */
export const EXISTING_IDS = cypher`
  UNWIND $ids AS id
  CALL (id) {
    OPTIONAL MATCH (a:Entity {id: id}) OPTIONAL MATCH (b:Event {id: id}) OPTIONAL MATCH (c:Source {id: id}) OPTIONAL MATCH (d:Excerpt {id: id})
    RETURN coalesce(a, b, c, d) IS NOT NULL AS found
  }
  WITH id WHERE found
  RETURN id LIMIT 1`;

/** How many sources the graph holds (an empty database gets the default dataset on start). */
export const SOURCE_COUNT = cypher`MATCH (s:Source) RETURN count(s) AS sources`;

const IDS_PER_QUERY = 10_000;

/** `dataset <id>` when the graph holds any of that dataset, else the first of `ids` it holds, or undefined. */
export async function firstExistingId(executor: Executor, datasetId: string, ids: readonly string[]): Promise<string | undefined> {
  const present = (await executor.read(DATASET_PRESENT, { dataset: datasetId })).records[0]?.get('id') as string | null | undefined;
  if (present) return present;
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const { records } = await executor.read(EXISTING_IDS, { ids: ids.slice(i, i + IDS_PER_QUERY) });
    const found = records[0]?.get('id') as string | undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

export async function countSources(executor: Executor): Promise<number> {
  const { records } = await executor.read(SOURCE_COUNT);
  return Number(records[0]?.get('sources') ?? 0);
}
