import type { EventType, StatementKind } from '../domain/vocabulary.js';
import { child, selects, type FieldTree } from '../selection.js';
import { dateRange, id, optionalList, pageSize } from './arguments.js';
import { decodeCursor, toPage } from './cursor.js';
import { cypher, joinCypher, statement, type Cypher } from './cypher.js';
import type { Executor } from './executor.js';
import { Projector, variable } from './projections.js';
import { MEMBERS_OF, MAX_MEMBERS } from './members.js';
import type { EventConnectionRecord, EventRecord, EvidenceStatus } from './records.js';

export interface EventFilterArgs {
  readonly types?: readonly EventType[] | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly dated?: boolean | null;
  readonly participantIds?: readonly string[] | null;
  readonly includeParts?: boolean | null;
  readonly placeId?: string | null;
  readonly statementKinds?: readonly StatementKind[] | null;
  readonly status?: EvidenceStatus | null;
}

const e = variable('e');

export async function eventById(executor: Executor, eventId: string, tree: FieldTree): Promise<EventRecord | null> {
  const query = statement('event.byId', cypher`MATCH (e:Event {id: $id}) RETURN ${new Projector().event(e, tree)} AS event`);
  const { records } = await executor.read(query, { id: id('id', eventId) });
  return (records[0]?.get('event') as EventRecord | undefined) ?? null;
}

// "May have happened in [from, to]": an unknown bound never excludes an event (ask for `dated` events to leave
// the undated out).
export const DATE_WINDOW = cypher`($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= $from) AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= $to)`;
export const DATED = cypher`($dated IS NULL OR (e.dateEarliest IS NOT NULL OR e.dateLatest IS NOT NULL) = $dated)`;

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
  const includeParts = filter.includeParts === true && participantIds !== null;
  const params = {
    types: optionalList('filter.types', filter.types),
    statementKinds: optionalList('filter.statementKinds', filter.statementKinds),
    status: filter.status ?? null,
    ...dateRange('filter.from', filter.from, 'filter.to', filter.to),
    dated: filter.dated ?? null,
    maxMembers: MAX_MEMBERS,
    placeId: filter.placeId == null ? null : id('filter.placeId', filter.placeId),
    participantIds,
    after,
    limit: first + 1,
  };

  // With includeParts, an entity takes part through itself, its parts or (a country) its organisations.
  const match: Cypher = !participantIds
    ? cypher`MATCH (e:Event)`
    : includeParts
      ? cypher`MATCH (x:Entity {id: $participantIds[0]}) ${MEMBERS_OF} UNWIND members AS member WITH member.node AS m MATCH (m)-[:PARTICIPATED_IN]->(e:Event)`
      : cypher`MATCH (:Entity {id: $participantIds[0]})-[:PARTICIPATED_IN]->(e:Event)`;
  const conditions: Cypher[] = [
    cypher`($types IS NULL OR e.type IN $types)`,
    cypher`($status IS NULL OR e.status = $status)`,
    cypher`($statementKinds IS NULL OR any(kind IN e.statementKinds WHERE kind IN $statementKinds))`,
    DATE_WINDOW,
    DATED,
  ];
  if (participantIds && participantIds.length > 1) {
    conditions.push(
      includeParts
        ? cypher`all(other IN $participantIds[1..] WHERE EXISTS { MATCH (o:Entity {id: other}) WHERE EXISTS { (o)-[:PARTICIPATED_IN]->(e) } OR EXISTS { (o)<-[:PART_OF*1..3]-(:Entity)-[:PARTICIPATED_IN]->(e) } OR (o:Country AND EXISTS { (o)<-[:IN_COUNTRY]-(:Organization)<-[:PART_OF*0..3]-(:Entity)-[:PARTICIPATED_IN]->(e) }) })`
        : cypher`all(other IN $participantIds[1..] WHERE EXISTS { (:Entity {id: other})-[:PARTICIPATED_IN]->(e) })`,
    );
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
  const query = statement(
    'event.list',
    cypher`
    ${total}
    CALL () {
      ${match}
      ${page}
      RETURN collect({key: e.sortKey, node: ${node}}) AS rows
    }
    RETURN rows, totalCount`,
  );
  const { records } = await executor.read(query, params);
  const record = records[0];
  return toPage(
    ordering,
    (record?.get('rows') ?? []) as { key: string; node: EventRecord }[],
    first,
    (record?.get('totalCount') as number | null) ?? undefined,
  );
}
