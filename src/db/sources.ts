import { child, selects, type FieldTree } from '../selection.js';
import { pageSize } from './arguments.js';
import { decodeCursor, toPage } from './cursor.js';
import { cypher, statement } from './cypher.js';
import type { Executor } from './executor.js';
import { Projector, variable } from './projections.js';
import type { SourceConnectionRecord, SourceRecord } from './records.js';

const ORDERING = 'sources:id';

/**
 * Sources in id order, keyset-paged on the id (unique, so the ordering is total, and indexed by the source_id
 * constraint, so a deep page is as fast as the first). totalCount comes from the count store, only when selected;
 * the full text only when `node.text` is selected.
 */
export async function listSources(
  executor: Executor,
  args: { first?: number | null; after?: string | null },
  tree: FieldTree,
): Promise<SourceConnectionRecord> {
  const first = pageSize(args.first);
  const after = decodeCursor(ORDERING, args.after);
  const total = selects(tree, 'totalCount') ? cypher`CALL () { MATCH (s:Source) RETURN count(s) AS totalCount }` : cypher`WITH null AS totalCount`;
  const node = new Projector().source(variable('s'), child(child(tree, 'edges'), 'node'));
  const query = statement(
    'source.list',
    cypher`
    ${total}
    CALL () {
      MATCH (s:Source)
      WHERE $after IS NULL OR s.id > $after
      WITH s ORDER BY s.id LIMIT $limit
      RETURN collect({key: s.id, node: ${node}}) AS rows
    }
    RETURN rows, totalCount`,
  );
  const { records } = await executor.read(query, { after, limit: first + 1 });
  const record = records[0];
  return toPage(
    ORDERING,
    (record?.get('rows') ?? []) as { key: string; node: SourceRecord }[],
    first,
    (record?.get('totalCount') as number | null | undefined) ?? undefined,
  );
}
