import { cypher, type Cypher } from '../cypher.js';
import { FROM_SOURCES, USING_SOURCES } from './fragments.js';

/** The statements that sync a relationship without an id or properties of its own, identified by its two ends. */
export interface LinkStatements {
  readonly kind: string;
  readonly existing: Cypher;
  readonly write: Cypher;
  /** The CREATE of new links in bulk mode (their ends are new nodes of this load). */
  readonly bulk: Cypher;
  readonly remove: Cypher;
}

const linkStatements = (from: Cypher, type: Cypher, to: Cypher, existingPattern: Cypher): LinkStatements => ({
  kind: type,
  existing: cypher`
MATCH ${existingPattern}
WHERE r.dataset = $dataset
RETURN a.id + '>' + b.id AS id, '' AS hash, a.id AS from, b.id AS to`,
  write: cypher`
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}]->(b)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written`,
  bulk: cypher`
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[:${type} {dataset: $dataset}]->(b)
RETURN count(*) AS written`,
  remove: cypher`
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})-[r:${type}]->(b:${to} {id: row.to})
WHERE r.dataset = $dataset
DELETE r`,
});

// Each link is found from the node of this dataset at one of its ends.

/** An entity's country (a curated attribute of the entity's owner). */
export const IN_COUNTRY = linkStatements(
  cypher`Entity`,
  cypher`IN_COUNTRY`,
  cypher`Entity`,
  cypher`(a:Entity {dataset: $dataset})-[r:IN_COUNTRY]->(b:Entity)
USING INDEX a:Entity(dataset)`,
);

/** Where a source names an entity. */
export const MENTIONED_IN = linkStatements(
  cypher`Entity`,
  cypher`MENTIONED_IN`,
  cypher`Excerpt`,
  cypher`${FROM_SOURCES}(b:Excerpt)<-[r:MENTIONED_IN]-(a:Entity)${USING_SOURCES}`,
);

/** An event's place (an attribute of the event's owner). */
export const OCCURRED_IN = linkStatements(
  cypher`Event`,
  cypher`OCCURRED_IN`,
  cypher`Entity`,
  cypher`(a:Event {dataset: $dataset})-[r:OCCURRED_IN]->(b:Entity)
USING INDEX a:Event(dataset)`,
);
