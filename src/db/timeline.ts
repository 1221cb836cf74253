import { refinedRoles } from '../domain/role-claims.js';
import type { EventType } from '../domain/vocabulary.js';
import { child, mergeTrees, selects, treeOf, type FieldTree } from '../selection.js';
import { dateRange, id, LIST_CAPS, optionalList, pageSize } from './arguments.js';
import { decodeCursor, toPage } from './cursor.js';
import { cypher, integer, joinCypher, statement, type Cypher } from './cypher.js';
import { DATE_WINDOW, DATED } from './events.js';
import type { Executor } from './executor.js';
import { MAX_MEMBERS, MEMBERS_OF } from './members.js';
import { Projector, variable } from './projections.js';
import type { EventRecord, TimelineEntryRecord, TimelineParticipantRecord, TimelineRecord } from './records.js';

export interface TimelineArgs {
  readonly entityId: string;
  readonly includeParts?: boolean | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly types?: readonly EventType[] | null;
  readonly dated?: boolean | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** What a timeline fetches beyond its selection. */
export interface TimelineOptions {
  /**
   * The entity's names, and each event's place names and its evidence's source title and language, selected or
   * not (what a standalone document of the timeline shows).
   */
  readonly eventContext?: boolean;
}

const VIA_ORDER = { SELF: 0, PART: 1, COUNTRY_ORGANIZATION: 2 } as const;

/**
 * An entity's events in chronological order with its roles in each; with `includeParts`, also those of its parts
 * and (a country) its organisations, each entry naming which of them took part. A page is read from the range
 * index on the participations' timeline keys (entity id, event sort key: src/db/ingest/timeline.ts), one index
 * seek per member that stops at the page's size, so a deep page costs what the first does, whatever the hub's
 * size. The plain timeline's totalCount is the entity's stored count; with filters or parts it is counted.
 */
export async function timelineForEntity(
  executor: Executor,
  args: TimelineArgs,
  tree: FieldTree,
  options: TimelineOptions = {},
): Promise<TimelineRecord> {
  const ordering = 'timeline:date-asc';
  const first = pageSize(args.first);
  const params = {
    entityId: id('entityId', args.entityId),
    ...dateRange('from', args.from, 'to', args.to),
    types: optionalList('types', args.types),
    dated: args.dated ?? null,
    maxMembers: MAX_MEMBERS,
    after: decodeCursor(ordering, args.after),
    limit: first + 1,
  };
  const p = new Projector();
  const withExport = options.eventContext === true;
  const entityTree = withExport ? mergeTrees(child(tree, 'entity'), treeOf('names')) : child(tree, 'entity');
  const entity =
    selects(tree, 'entity') || withExport ? cypher`CASE WHEN x IS NULL THEN null ELSE ${p.entity(variable('x'), entityTree)} END` : cypher`null`;
  const entryTree = child(child(tree, 'edges'), 'node');
  const eventTree = withExport
    ? mergeTrees(child(entryTree, 'event'), treeOf('place.names', 'evidence.source.language', 'evidence.source.title'))
    : child(entryTree, 'event');
  const e = variable('e');
  const event = p.event(e, eventTree);
  const fields = [cypher`key: key`, cypher`roles: COLLECT { MATCH (x)-[r:PARTICIPATED_IN]->(e) RETURN r.role }`, cypher`event: ${event}`];
  if (selects(entryTree, 'participants')) {
    const who = p.entity(variable('pm'), child(child(entryTree, 'participants'), 'entity'));
    // No aggregation here: this sits inside the page's collect(), so the roles come from a COLLECT subquery. The
    // members are in the order an entry lists them (the entity, its parts, a country's organisations; by id within
    // each), so the first LIST_CAPS.participants of them by position are the ones the entry keeps.
    fields.push(cypher`participants: COLLECT {
      MATCH (pm:Entity)-[:PARTICIPATED_IN]->(e)
      WITH DISTINCT pm
      WITH pm, [i IN range(0, size(members) - 1) WHERE members[i].node = pm][0] AS position
      WHERE position IS NOT NULL
      WITH pm, position ORDER BY position LIMIT ${integer(LIST_CAPS.participants)}
      RETURN {entity: ${who}, roles: COLLECT { MATCH (pm)-[pr:PARTICIPATED_IN]->(e) RETURN pr.role }, via: members[position].via}
    }`);
  }
  // Only the filters asked for touch the events: an unfiltered page reads the index alone, and only the page's
  // events are expanded.
  const filters: Cypher[] = [];
  if (params.types) filters.push(cypher`e.type IN $types`);
  if (params.from !== null || params.to !== null) filters.push(DATE_WINDOW);
  if (params.dated !== null) filters.push(DATED);
  const members = args.includeParts ? MEMBERS_OF : cypher`WITH x, [{node: x, via: 'SELF'}] AS members`;
  // The stored count answers the plain timeline; filters and parts need the events themselves.
  const total = !selects(tree, 'totalCount')
    ? cypher`WITH x, members, null AS totalCount`
    : filters.length === 0 && !args.includeParts
      ? cypher`WITH x, members, CASE WHEN x IS NULL THEN 0 ELSE coalesce(x.timelineCount, 0) END AS totalCount`
      : cypher`CALL (members) { UNWIND members AS member WITH member.node AS m MATCH (m)-[:PARTICIPATED_IN]->(e) ${filters.length ? cypher`WHERE ${joinCypher(filters, ' AND ')}` : cypher``} RETURN count(DISTINCT e) AS totalCount }`;
  const query = statement(
    'timeline.page',
    cypher`
    OPTIONAL MATCH (x:Entity {id: $entityId})
    ${members}
    ${total}
    CALL (x, members) {
      UNWIND members AS member
      WITH member.node AS m
      CALL (m) {
        MATCH ()-[p:PARTICIPATED_IN]->(e:Event)
        WHERE ${joinCypher([cypher`p.timelineKey > m.id + '|' + coalesce($after, '')`, cypher`p.timelineKey < m.id + '|~'`, ...filters], ' AND ')}
        WITH DISTINCT e, p.timelineKey AS timelineKey
        ORDER BY timelineKey LIMIT $limit
        RETURN e, substring(timelineKey, size(m.id) + 1) AS key
      }
      WITH DISTINCT e, key
      ORDER BY key LIMIT $limit
      RETURN collect({${joinCypher(fields, ', ')}}) AS rows
    }
    RETURN ${entity} AS entity, rows, totalCount`,
  );
  const { records } = await executor.read(query, params);
  const record = records[0];
  type Row = { key: string; roles: TimelineEntryRecord['roles']; participants?: TimelineParticipantRecord[]; event: EventRecord };
  const rows = ((record?.get('rows') ?? []) as Row[]).map((row) => ({
    key: row.key,
    node: {
      event: row.event,
      roles: refinedRoles(row.roles).sort(),
      ...(row.participants && { participants: sortParticipants(row.participants) }),
      date: row.event.date,
    },
  }));
  return {
    entity: (record?.get('entity') as TimelineRecord['entity'] | undefined) ?? null,
    ...toPage(ordering, rows, first, (record?.get('totalCount') as number | null) ?? undefined),
  };
}

/**
 * The entity itself first, then its parts, then a country's organisations; by id within each; roles sorted, without
 * a PARTICIPANT that a specific role refines (src/domain/role-claims.ts).
 */
function sortParticipants(participants: readonly TimelineParticipantRecord[]): TimelineParticipantRecord[] {
  return participants
    .map((participant) => ({ ...participant, roles: refinedRoles(participant.roles).sort() }))
    .sort((a, b) => VIA_ORDER[a.via] - VIA_ORDER[b.via] || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0));
}
