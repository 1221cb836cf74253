import type { EventType, StatementKind } from '../domain/vocabulary.js';
import { child, mergeTrees, selects, treeOf, type FieldTree } from '../selection.js';
import { id, optionalList, pageSize } from './arguments.js';
import { decodeCursor, toPage } from './cursor.js';
import { cypher, joinCypher, type Cypher } from './cypher.js';
import type { Executor } from './executor.js';
import { Projector, variable } from './projections.js';
import type { EventConnectionRecord, EventRecord, EvidenceStatus, TimelineEntryRecord, TimelineRecord } from './records.js';

export interface EventFilterArgs {
  readonly types?: readonly EventType[] | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly participantIds?: readonly string[] | null;
  readonly placeId?: string | null;
  readonly statementKinds?: readonly StatementKind[] | null;
  readonly status?: EvidenceStatus | null;
}

const e = variable('e');

export async function eventById(executor: Executor, eventId: string, tree: FieldTree): Promise<EventRecord | null> {
  const query = cypher`MATCH (e:Event {id: $id}) RETURN ${new Projector().event(e, tree)} AS event`;
  const { records } = await executor.read(query, { id: id('id', eventId) });
  return (records[0]?.get('event') as EventRecord | undefined) ?? null;
}

// "May have happened in [from, to]": an unknown bound never excludes an event.
const DATE_WINDOW = cypher`($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= $from) AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= $to)`;

/**
 * Events in chronological order (unknown dates last), keyset-paged on the indexed `sortKey`. With participants in
 * the filter the query starts from the first participant's relationships instead of scanning events.
 */
export async function listEvents(
  executor: Executor,
  args: { filter?: EventFilterArgs | null; orderBy?: 'DATE_ASC' | 'DATE_DESC' | null; first?: number | null; after?: string | null },
  tree: FieldTree,
): Promise<EventConnectionRecord> {
  const descending = args.orderBy === 'DATE_DESC';
  const ordering = descending ? 'events:date-desc' : 'events:date-asc';
  const first = pageSize(args.first);
  const after = decodeCursor(ordering, args.after);
  const filter = args.filter ?? {};
  const participantIds = optionalList('filter.participantIds', filter.participantIds)?.map((value) => id('filter.participantIds', value)) ?? null;
  const params = {
    types: optionalList('filter.types', filter.types),
    statementKinds: optionalList('filter.statementKinds', filter.statementKinds),
    status: filter.status ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    placeId: filter.placeId == null ? null : id('filter.placeId', filter.placeId),
    participantIds,
    after,
    limit: first + 1,
  };

  const match: Cypher = participantIds
    ? cypher`MATCH (:Entity {id: $participantIds[0]})-[:PARTICIPATED_IN]->(e:Event)`
    : cypher`MATCH (e:Event)`;
  const conditions: Cypher[] = [
    cypher`($types IS NULL OR e.type IN $types)`,
    cypher`($status IS NULL OR e.status = $status)`,
    cypher`($statementKinds IS NULL OR any(kind IN e.statementKinds WHERE kind IN $statementKinds))`,
    DATE_WINDOW,
  ];
  if (participantIds && participantIds.length > 1) {
    conditions.push(cypher`all(other IN $participantIds[1..] WHERE EXISTS { (:Entity {id: other})-[:PARTICIPATED_IN]->(e) })`);
  }
  if (params.placeId !== null) conditions.push(cypher`EXISTS { (e)-[:OCCURRED_IN]->(:Entity {id: $placeId}) }`);
  const where = joinCypher(conditions, ' AND ');
  const page = descending
    ? cypher`WHERE ${where} AND ($after IS NULL OR e.sortKey < $after) WITH DISTINCT e ORDER BY e.sortKey DESC LIMIT $limit`
    : cypher`WHERE ${where} AND ($after IS NULL OR e.sortKey > $after) WITH DISTINCT e ORDER BY e.sortKey LIMIT $limit`;
  const total = selects(tree, 'totalCount')
    ? cypher`CALL () { ${match} WHERE ${where} RETURN count(DISTINCT e) AS totalCount }`
    : cypher`WITH null AS totalCount`;
  const node = new Projector().event(e, child(child(tree, 'edges'), 'node'));
  const query = cypher`
    ${total}
    CALL () {
      ${match}
      ${page}
      RETURN collect({key: e.sortKey, node: ${node}}) AS rows
    }
    RETURN rows, totalCount`;
  const { records } = await executor.read(query, params);
  const record = records[0];
  return toPage(ordering, (record?.get('rows') ?? []) as { key: string; node: EventRecord }[], first, (record?.get('totalCount') as number | null) ?? undefined);
}

/**
 * An entity's events in chronological order with its roles in each. Pages on the participation's copy of the
 * event's sort key, so a deep page costs what the first does.
 */
export async function timelineForEntity(
  executor: Executor,
  args: { entityId: string; from?: string | null; to?: string | null; types?: readonly EventType[] | null; first?: number | null; after?: string | null },
  tree: FieldTree,
): Promise<TimelineRecord> {
  const ordering = 'timeline:date-asc';
  const first = pageSize(args.first);
  const params = {
    entityId: id('entityId', args.entityId),
    from: args.from ?? null,
    to: args.to ?? null,
    types: optionalList('types', args.types),
    after: decodeCursor(ordering, args.after),
    limit: first + 1,
  };
  const p = new Projector();
  const withExport = selects(tree, 'timelineJs');
  // The TimelineJS export names the entity and shows each event's place and quotes, selected or not.
  const entityTree = withExport ? mergeTrees(child(tree, 'entity'), treeOf('names')) : child(tree, 'entity');
  const entity = selects(tree, 'entity') || withExport ? cypher`CASE WHEN x IS NULL THEN null ELSE ${p.entity(variable('x'), entityTree)} END` : cypher`null`;
  const entryTree = child(child(tree, 'edges'), 'node');
  const eventTree = withExport
    ? mergeTrees(child(entryTree, 'event'), treeOf('place.names', 'evidence.source.language', 'evidence.source.title'))
    : child(entryTree, 'event');
  const event = p.event(e, eventTree);
  // Only the filters asked for touch the events: an unfiltered page reads the participations' own sort keys, and
  // only the page's events are expanded (a hub with 50,000 events costs one pass over its relationships).
  const filters: Cypher[] = [];
  if (params.types) filters.push(cypher`e.type IN $types`);
  if (params.from !== null || params.to !== null) filters.push(DATE_WINDOW);
  const total = selects(tree, 'totalCount')
    ? cypher`CALL (x) { MATCH (x)-[:PARTICIPATED_IN]->(e) ${filters.length ? cypher`WHERE ${joinCypher(filters, ' AND ')}` : cypher``} RETURN count(DISTINCT e) AS totalCount }`
    : cypher`WITH x, null AS totalCount`;
  const query = cypher`
    OPTIONAL MATCH (x:Entity {id: $entityId})
    ${total}
    CALL (x) {
      MATCH (x)-[p:PARTICIPATED_IN]->(e)
      WHERE ${joinCypher([cypher`($after IS NULL OR p.sortKey > $after)`, ...filters], ' AND ')}
      WITH DISTINCT e, p.sortKey AS key
      ORDER BY key LIMIT $limit
      RETURN collect({key: key, roles: COLLECT { MATCH (x)-[r:PARTICIPATED_IN]->(e) RETURN r.role }, event: ${event}}) AS rows
    }
    RETURN ${entity} AS entity, rows, totalCount`;
  const { records } = await executor.read(query, params);
  const record = records[0];
  const rows = ((record?.get('rows') ?? []) as { key: string; roles: TimelineEntryRecord['roles']; event: EventRecord }[]).map((row) => ({
    key: row.key,
    node: { event: row.event, roles: [...row.roles].sort(), date: row.event.date },
  }));
  return {
    entity: (record?.get('entity') as TimelineRecord['entity'] | undefined) ?? null,
    ...toPage(ordering, rows, first, (record?.get('totalCount') as number | null) ?? undefined),
  };
}
