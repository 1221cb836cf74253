import { RELATION_TYPES } from '../domain/vocabulary.js';
import { cypher, identifier, statement, type Cypher, type Statement } from './cypher.js';
import type { Executor } from './executor.js';
import { TIMELINE_COUNTS_ALL, TIMELINE_KEYS_ALL } from './ingest/timeline.js';

/**
 * Constraints and indexes the loader and the queries rely on. Every statement is idempotent (IF NOT EXISTS),
 * so applying the schema on each start is safe. Labels and types are literals from the closed vocabularies.
 */
export const SCHEMA_STATEMENTS: readonly Cypher[] = [
  cypher`CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE`,
  cypher`CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE`,
  cypher`CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE`,
  cypher`CREATE CONSTRAINT excerpt_id IF NOT EXISTS FOR (n:Excerpt) REQUIRE n.id IS UNIQUE`,
  cypher`CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE`,
  cypher`CREATE CONSTRAINT name_id IF NOT EXISTS FOR (n:Name) REQUIRE n.id IS UNIQUE`,
  cypher`CREATE CONSTRAINT participation_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE`,
  ...RELATION_TYPES.map(
    (type) =>
      cypher`CREATE CONSTRAINT relation_${identifier(type.toLowerCase())}_id IF NOT EXISTS FOR ()-[r:${identifier(type)}]-() REQUIRE r.id IS UNIQUE`,
  ),
  cypher`CREATE INDEX evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.factId)`,
  cypher`CREATE INDEX event_sort_key IF NOT EXISTS FOR (n:Event) ON (n.sortKey)`,
  cypher`CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)`,
  cypher`CREATE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.year)`,
  cypher`CREATE INDEX event_earliest IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest)`,
  cypher`CREATE INDEX event_latest IF NOT EXISTS FOR (n:Event) ON (n.dateLatest)`,
  cypher`CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)`,
  cypher`CREATE INDEX entity_country IF NOT EXISTS FOR (n:Entity) ON (n.countryId)`,
  cypher`CREATE INDEX entity_wikidata IF NOT EXISTS FOR (n:Entity) ON (n.wikidata)`,
  cypher`CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)`,
  cypher`CREATE INDEX node_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset)`,
  cypher`CREATE INDEX event_dataset IF NOT EXISTS FOR (n:Event) ON (n.dataset)`,
  // The seed loader reads what the graph holds of a dataset before it syncs it (excerpts and evidence it finds
  // from the dataset's sources).
  cypher`CREATE INDEX source_dataset IF NOT EXISTS FOR (n:Source) ON (n.dataset)`,
  cypher`CREATE INDEX name_dataset IF NOT EXISTS FOR (n:Name) ON (n.dataset)`,
  // Matching a dataset's entities to the graph's by name (src/ingest/match.ts): one seek per name key.
  cypher`CREATE INDEX name_match_key IF NOT EXISTS FOR (n:Name) ON (n.matchKey)`,
  cypher`CREATE INDEX participation_sort_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.sortKey)`,
  // A timeline's page in order from an index seek (src/db/ingest/timeline.ts).
  cypher`CREATE INDEX participation_timeline IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.timelineKey)`,
  // Search keys are normalised in application code (src/search/normalize.ts) before they are written, so the
  // index only splits on whitespace; Lucene's language analyzers would stem names apart again. Each key is one
  // term, so search's exact tier is term lookups (no range index holds list elements or a string's words).
  cypher`CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Name) ON EACH [n.keys] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
];

/**
 * Applies the schema and waits until every index is online, so the first query does not scan. A graph written
 * before timelines had their index (no `participation_timeline` yet) gets its keys and counts first.
 */
export async function applySchema(executor: Executor): Promise<void> {
  const { records } = await executor.read(TIMELINE_INDEX_PRESENT);
  if (records[0]?.get('present') !== true) {
    await executor.autoCommit(TIMELINE_KEYS_ALL);
    await executor.autoCommit(TIMELINE_COUNTS_ALL);
  }
  for (const text of SCHEMA_STATEMENTS) await executor.write(schemaStatement(text));
  await executor.write(AWAIT_INDEXES);
}

const TIMELINE_INDEX_PRESENT = statement(
  'schema.timelineIndexPresent',
  cypher`SHOW INDEXES YIELD name WHERE name = 'participation_timeline' RETURN count(*) > 0 AS present`,
);

const AWAIT_INDEXES = statement('schema.awaitIndexes', cypher`CALL db.awaitIndexes(300)`);

/** `schema.<constraint or index name>`, from the statement's own name. */
function schemaStatement(text: Cypher): Statement {
  const name = /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+)/.exec(text)?.[1];
  if (!name) throw new Error(`a schema statement without a name: ${text}`);
  return statement(`schema.${name}`, text);
}
