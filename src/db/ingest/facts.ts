import { RELATION_TYPES, type RelationType } from '../../domain/vocabulary.js';
import { cypher, vocabulary, type Cypher } from '../cypher.js';
import { evidenceOf, FROM_SOURCES, participationById, relationById, relationshipById, setRow, USING_SOURCES, type TwoStepRead } from './fragments.js';
import { DERIVED, PROPERTIES, type FactType } from './properties.js';

/**
 * The statements that sync facts stored as relationships with an id: participations (`PARTICIPATED_IN`) and
 * relations (one relationship type per relation type). They are shared like the facts they are: the first
 * dataset to write one owns its values, the others attach evidence.
 */

/** Participations and relations: MERGE on the id, written only where this dataset owns the fact. */
const factWrite = (
  from: Cypher,
  type: Cypher,
  to: Cypher,
  properties: readonly string[],
  derived: readonly string[],
  extra: Cypher = cypher``,
) => cypher`
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
${setRow(cypher`r`, properties, derived, extra)}
RETURN count(*) AS written`;

/** The bulk-mode twin of `factWrite`: the fact is new (its event is, or no other dataset holds its id). */
const factCreate = (
  from: Cypher,
  type: Cypher,
  to: Cypher,
  properties: readonly string[],
  derived: readonly string[],
  extra: Cypher = cypher``,
) => cypher`
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[r:${type} {id: row.id, dataset: $dataset}]->(b)
${setRow(cypher`r`, properties, derived, extra)}
RETURN count(*) AS written`;

// Who else declares a fact: the datasets of its other evidence (this dataset's evidence of a fact it no longer
// declares is deleted before this runs).
const factHandOver = (find: Cypher) => cypher`
UNWIND $rows AS row
${find}
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { ${evidenceOf(cypher`r.id`)} WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver`;

const factRemove = (find: Cypher) => cypher`
UNWIND $rows AS row
${find}
WITH r
WHERE r.dataset = $dataset
DELETE r`;

/**
 * The facts this dataset owns are among those its evidence supports (declaring a fact takes evidence). Read in
 * two steps, the ids of those facts and then the facts by id in UNWIND batches, rather than as one join: a join
 * planned on an empty graph (the first load's plan is cached) can go quadratic on a full one.
 */
const factExisting = (factType: FactType, find: (imports: Cypher, idExpr: Cypher) => Cypher, extra: Cypher = cypher``): TwoStepRead => ({
  ids: cypher`
MATCH ${FROM_SOURCES}(:Excerpt)<-[:CITES]-(ev:Evidence)${USING_SOURCES}
WHERE ev.dataset = $dataset AND ev.factType = '${vocabulary([factType], '|')}'
RETURN DISTINCT ev.factId AS id`,
  byId: cypher`
UNWIND $rows AS row
${find(cypher`row`, cypher`row.id`)}
WITH r, a, b
WHERE r.dataset = $dataset
RETURN r.id AS id, r.hash AS hash${extra}`,
});

const ROW = cypher`row`;
const ROW_ID = cypher`row.id`;
const PARTICIPATION = cypher`PARTICIPATED_IN`;
// The sortKey is the event's, whoever declared the event; the timeline's key puts the entity's id before it.
const COPY_SORT_KEY = cypher`
    r.sortKey = b.sortKey,
    r.timelineKey = row.from + '|' + b.sortKey,`;

export const PARTICIPATED_IN = {
  bulk: factCreate(cypher`Entity`, PARTICIPATION, cypher`Event`, PROPERTIES.PARTICIPATED_IN, DERIVED.PARTICIPATED_IN, COPY_SORT_KEY),
  create: factWrite(cypher`Entity`, PARTICIPATION, cypher`Event`, PROPERTIES.PARTICIPATED_IN, DERIVED.PARTICIPATED_IN, COPY_SORT_KEY),
  update: factWrite(cypher`Entity`, PARTICIPATION, cypher`Event`, PROPERTIES.PARTICIPATED_IN, [], COPY_SORT_KEY),
  /** Participations with these ids that another dataset owns. */
  others: cypher`
UNWIND $rows AS row
${participationById(ROW, ROW_ID)}
WITH r
WHERE coalesce(r.dataset, '') <> $dataset
RETURN r.id AS id, coalesce(r.dataset, '(none)') AS dataset`,
  existing: factExisting('PARTICIPATION', participationById),
  handOver: factHandOver(participationById(ROW, ROW_ID)),
  remove: factRemove(participationById(ROW, ROW_ID)),
} as const;

// A dynamic type in MERGE or MATCH cannot use the id index in Neo4j 5.26 (it scans every relationship), so
// writes and deletes are one statement per type of the closed vocabulary.
function perRelationType(statement: (type: Cypher) => Cypher): Readonly<Record<RelationType, Cypher>> {
  return Object.fromEntries(RELATION_TYPES.map((type) => [type, statement(vocabulary([type], '|'))])) as Record<RelationType, Cypher>;
}

const ENTITY = cypher`Entity`;
export const RELATION = {
  bulk: perRelationType((type) => factCreate(ENTITY, type, ENTITY, PROPERTIES.Relation, DERIVED.Relation)),
  create: perRelationType((type) => factWrite(ENTITY, type, ENTITY, PROPERTIES.Relation, DERIVED.Relation)),
  update: perRelationType((type) => factWrite(ENTITY, type, ENTITY, PROPERTIES.Relation, [])),
  remove: perRelationType((type) => factRemove(relationshipById(type, ROW_ID))),
  handOver: perRelationType((type) => factHandOver(relationshipById(type, ROW_ID))),
  /** Relations with these ids that another dataset owns, with their type and ends. */
  others: cypher`
UNWIND $rows AS row
${relationById(ROW, ROW_ID)}
WITH r, a, b
WHERE coalesce(r.dataset, '') <> $dataset
RETURN r.id AS id, coalesce(r.dataset, '(none)') AS dataset, type(r) AS type, a.id AS from, b.id AS to`,
  existing: factExisting('RELATION', relationById, cypher`, type(r) AS type, a.id AS from, b.id AS to`),
} as const;
