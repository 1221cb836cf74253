import { cypher, statement } from '../cypher.js';
import type { Executor } from '../executor.js';

// Around a first load through Neo4j's offline import tool (src/ingest/import-tool.ts).

/** Whether the database holds no node at all: the import tool builds a new database, so only then may it run. */
export const DATABASE_EMPTY = statement('import.databaseEmpty', cypher`RETURN NOT EXISTS { MATCH (n) } AS empty`);

/**
 * The transactional loader writes an entity without aliases as empty lists; the import tool reads an empty field
 * as no property. Each batch commits as it goes (CALL { } IN TRANSACTIONS), so it runs as an auto-commit query.
 */
export const EMPTY_ALIAS_LISTS = statement(
  'import.emptyAliasLists',
  cypher`MATCH (n:Entity) WHERE n.aliases IS NULL
CALL (n) { SET n.aliases = [], n.aliasLanguages = [] } IN TRANSACTIONS OF 10000 ROWS`,
);

export async function databaseIsEmpty(executor: Executor): Promise<boolean> {
  const { records } = await executor.read(DATABASE_EMPTY);
  return records[0]?.get('empty') === true;
}

/** Writes what the import tool cannot express (see EMPTY_ALIAS_LISTS). */
export async function completeImport(executor: Executor): Promise<void> {
  await executor.autoCommit(EMPTY_ALIAS_LISTS);
}
