import type { EntityKind } from '../domain/vocabulary.js';
import { buildFulltextQuery, searchKeyGroups } from '../search/normalize.js';
import { child, selects, type FieldTree } from '../selection.js';
import { id, optionalList, pageSize, searchText } from './arguments.js';
import { decodeCursor, toPage } from './cursor.js';
import { cypher, statement } from './cypher.js';
import type { Executor } from './executor.js';
import { Projector, RELATION_TYPE_PATTERN, variable } from './projections.js';
import type { EntityConnectionRecord, EntityRecord, RelationRecord, SourceRecord } from './records.js';

export interface EntityFilterArgs {
  readonly kinds?: readonly EntityKind[] | null;
  readonly countryId?: string | null;
  readonly name?: string | null;
}

const ORDERING = 'entities:name';
const e = variable('e');

export async function entityById(executor: Executor, entityId: string, tree: FieldTree): Promise<EntityRecord | null> {
  const query = statement('entity.byId', cypher`MATCH (e:Entity {id: $id}) RETURN ${new Projector().entity(e, tree)} AS entity`);
  const { records } = await executor.read(query, { id: id('id', entityId) });
  return (records[0]?.get('entity') as EntityRecord | undefined) ?? null;
}

export async function relationById(executor: Executor, relationId: string, tree: FieldTree): Promise<RelationRecord | null> {
  const projection = new Projector().relation(variable('r'), variable('a'), variable('b'), tree);
  const query = statement(
    'relation.byId',
    cypher`MATCH (a:Entity)-[r:${RELATION_TYPE_PATTERN} {id: $id}]->(b:Entity) RETURN ${projection} AS relation LIMIT 1`,
  );
  const { records } = await executor.read(query, { id: id('id', relationId) });
  return (records[0]?.get('relation') as RelationRecord | undefined) ?? null;
}

export async function sourceById(executor: Executor, sourceId: string, tree: FieldTree): Promise<SourceRecord | null> {
  const query = statement('source.byId', cypher`MATCH (s:Source {id: $id}) RETURN ${new Projector().source(variable('s'), tree)} AS source`);
  const { records } = await executor.read(query, { id: id('id', sourceId) });
  return (records[0]?.get('source') as SourceRecord | undefined) ?? null;
}

/**
 * Entities in name order, keyset-paged on `sortName` (normalised English name + id, unique and indexed). A name
 * filter first narrows to the fulltext matches; totalCount is counted only when selected.
 */
export async function listEntities(
  executor: Executor,
  args: { filter?: EntityFilterArgs | null; first?: number | null; after?: string | null },
  tree: FieldTree,
): Promise<EntityConnectionRecord> {
  const first = pageSize(args.first);
  const after = decodeCursor(ORDERING, args.after);
  const kinds = optionalList('filter.kinds', args.filter?.kinds);
  const countryId = args.filter?.countryId == null ? null : id('filter.countryId', args.filter.countryId);
  const nameText = args.filter?.name == null ? null : searchText('filter.name', args.filter.name);
  const nameQuery = nameText === null ? null : buildFulltextQuery(searchKeyGroups(nameText));
  const withTotal = selects(tree, 'totalCount');
  if (nameText !== null && nameQuery === null) return toPage(ORDERING, [], first, withTotal ? 0 : undefined);

  const match =
    nameQuery === null
      ? cypher`MATCH (e:Entity)`
      : cypher`CALL db.index.fulltext.queryNodes('name_search', $nameQuery, {limit: 10000}) YIELD node MATCH (node)-[:NAME_OF]->(e:Entity) WITH DISTINCT e`;
  const filters = cypher`($kinds IS NULL OR e.kind IN $kinds) AND ($countryId IS NULL OR e.countryId = $countryId)`;
  const total = withTotal ? cypher`CALL () { ${match} WHERE ${filters} RETURN count(e) AS totalCount }` : cypher`WITH null AS totalCount`;
  const node = new Projector().entity(e, child(child(tree, 'edges'), 'node'));
  const query = statement(
    'entity.list',
    cypher`
    ${total}
    CALL () {
      ${match}
      WHERE ${filters} AND ($after IS NULL OR e.sortName > $after)
      WITH e ORDER BY e.sortName LIMIT $limit
      RETURN collect({key: e.sortName, node: ${node}}) AS rows
    }
    RETURN rows, totalCount`,
  );
  const { records } = await executor.read(query, { kinds, countryId, nameQuery, after, limit: first + 1 });
  const record = records[0];
  return toPage(
    ORDERING,
    (record?.get('rows') ?? []) as { key: string; node: EntityRecord }[],
    first,
    (record?.get('totalCount') as number | null | undefined) ?? undefined,
  );
}
