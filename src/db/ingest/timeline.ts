import { cypher, statement } from '../cypher.js';

/**
 * What timelines read instead of walking an entity's participations (src/db/timeline.ts): each participation's
 * `timelineKey` (its entity's id, '|', its event's sortKey), in the range index `participation_timeline`, gives a
 * page in order from an index seek; each entity's `timelineCount` (the number of events it takes part in; absent
 * for none) gives the plain timeline's totalCount. The loader writes the keys wherever it writes a participation's
 * sortKey, and counts again the entities whose participations a load, or the undoing of one, changed.
 */

/** Counts again the events of the entities `$rows` ({id}); an entity with none has no count. Writes only changes. */
export const RECOUNT_TIMELINES = cypher`
UNWIND $rows AS row
MATCH (x:Entity {id: row.id})
WITH x, COUNT { MATCH (x)-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e } AS events
WITH x, CASE events WHEN 0 THEN null ELSE events END AS count
WHERE coalesce(x.timelineCount, 0) <> coalesce(count, 0)
SET x.timelineCount = count`;

/** Every participation's key, where missing or out of date (a graph written before keys were, or the import tool's). */
export const TIMELINE_KEYS_ALL = statement(
  'ingest.timelineKeysAll',
  cypher`MATCH (x:Entity)-[p:PARTICIPATED_IN]->()
WHERE p.timelineKey IS NULL OR p.timelineKey <> x.id + '|' + p.sortKey
CALL (x, p) { SET p.timelineKey = x.id + '|' + p.sortKey } IN TRANSACTIONS OF 10000 ROWS`,
);

/** Every entity's count (after the import tool, or for a graph written before counts were). */
export const TIMELINE_COUNTS_ALL = statement(
  'ingest.timelineCountsAll',
  cypher`MATCH (x:Entity) WHERE EXISTS { (x)-[:PARTICIPATED_IN]->() }
CALL (x) { SET x.timelineCount = COUNT { MATCH (x)-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e } } IN TRANSACTIONS OF 5000 ROWS`,
);

/** The entity a participation id names (`event:x/ROLE/entity`). */
export function entityOfParticipation(id: string): string {
  return id.split('/').slice(2).join('/');
}
