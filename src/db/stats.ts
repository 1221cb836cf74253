import { LIST_CAPS } from './arguments.js';
import { cypher, integer, statement } from './cypher.js';
import type { Executor } from './executor.js';
import { RELATION_TYPE_PATTERN } from './projections.js';
import type { StatsRecord } from './records.js';

// Totals come from Neo4j's count store (constant time at any size); the breakdowns read the kind, type and year
// indexes rather than the nodes.
const STATS = statement(
  'stats.totals',
  cypher`
  CALL () { MATCH (n:Entity) RETURN count(n) AS entityCount }
  CALL () { MATCH (e:Event) RETURN count(e) AS eventCount }
  CALL () { MATCH (s:Source) RETURN count(s) AS sourceCount }
  CALL () { MATCH ()-[r:${RELATION_TYPE_PATTERN}]->() RETURN count(r) AS relationCount }
  CALL () {
    MATCH (n:Entity) WHERE n.kind IS NOT NULL
    WITH n.kind AS kind, count(*) AS count ORDER BY count DESC, kind
    RETURN collect({kind: kind, count: count}) AS entitiesByKind
  }
  CALL () {
    MATCH (e:Event) WHERE e.type IS NOT NULL
    WITH e.type AS type, count(*) AS count ORDER BY count DESC, type
    RETURN collect({type: type, count: count}) AS eventsByType
  }
  CALL () {
    MATCH (e:Event) WHERE e.year IS NOT NULL
    WITH e.year AS year, count(*) AS count ORDER BY year
    WITH collect({year: year, count: count}) AS years
    RETURN years[..${integer(LIST_CAPS.years)}] AS eventsByYear, reduce(dated = 0, y IN years | dated + y.count) AS datedCount
  }
  RETURN entityCount, eventCount, sourceCount, relationCount, entitiesByKind, eventsByType, eventsByYear,
    eventCount - datedCount AS eventsWithoutYear`,
);

export async function graphStats(executor: Executor): Promise<StatsRecord> {
  const { records } = await executor.read(STATS);
  const record = records[0];
  if (!record) throw new Error('the stats query returned no row');
  return record.toObject() as unknown as StatsRecord;
}
