import { RELATION_TYPES } from '../../domain/vocabulary.js';
import { cypher, identifier, joinCypher, vocabulary, type Cypher } from '../cypher.js';

/**
 * Pieces the loader's statements share. Labels, relationship types and property names are literals or come from
 * the closed vocabularies (checked by `identifier`/`vocabulary`); every value is a $parameter.
 */

const ASSIGNMENT_SEPARATOR = cypher`,
    `;

/** `n.a = row.props.a, n.b = row.props.b, …`: one assignment per property, from `row.<from>`. */
export function assignments(variable: Cypher, properties: readonly string[], from: Cypher = cypher`props`): Cypher {
  return joinCypher(
    properties.map((property) => {
      const name = identifier(property);
      return cypher`${variable}.${name} = row.${from}.${name}`;
    }),
    ASSIGNMENT_SEPARATOR,
  );
}

/** The SET of a row's properties, derived properties and hash on `variable`; `extra` are more assignments. */
export function setRow(variable: Cypher, properties: readonly string[], derived: readonly string[], extra: Cypher = cypher``): Cypher {
  const derivedAssignments =
    derived.length > 0
      ? cypher`
    ${assignments(variable, derived, cypher`derived`)},`
      : cypher``;
  return cypher`SET ${assignments(variable, properties)},${derivedAssignments}${extra}
    ${variable}.hash = row.hash`;
}

/** The nodes of this label a dataset owns, found through the label's `dataset` index. */
export const byDatasetIndex = (label: Cypher): Cypher => cypher`(n:${label})
USING INDEX n:${label}(dataset)`;

// Excerpts and evidence belong to one dataset and hang off its sources, so they are found from the sources
// (a handful of nodes) instead of through a `dataset` index that every load would have to maintain.
export const FROM_SOURCES = cypher`(s:Source {dataset: $dataset})<-[:FROM]-`;
export const USING_SOURCES = cypher`
USING INDEX s:Source(dataset)`;

// One transaction writes the whole dataset, and the planner sees only committed statistics: on a first load a
// plan is made for an empty graph and used for every batch. Lookups that are not a unique-index seek by rule
// therefore name their index, so a plan made on an empty graph stays right on a full one.

/** `MATCH` of the relationship(s) `r` of one type with the id `idExpr`, between `a` and `b`. */
export const relationshipById = (type: Cypher, idExpr: Cypher): Cypher =>
  cypher`MATCH (a)-[r:${type} {id: ${idExpr}}]->(b) USING INDEX r:${type}(id)`;

const UNION_ALL = cypher`
  UNION ALL
  `;

/** The relation with that id, whatever its type: the union of one index seek per type. */
export const relationById = (imports: Cypher, idExpr: Cypher): Cypher => cypher`CALL (${imports}) {
  ${joinCypher(
    RELATION_TYPES.map((type) => cypher`${relationshipById(vocabulary([type], '|'), idExpr)} RETURN r, a, b`),
    UNION_ALL,
  )}
}`;

/** The evidence nodes of the fact with the id `factExpr`, through the `factId` index. */
export const evidenceOf = (factExpr: Cypher): Cypher => cypher`MATCH (ev:Evidence {factId: ${factExpr}}) USING INDEX ev:Evidence(factId)`;

/** A read of stored rows in two steps: their ids, then the rows by id (`$rows` of `{id}`). */
export interface TwoStepRead {
  readonly ids: Cypher;
  readonly byId: Cypher;
}

/** The participation with the id `idExpr` (`imports` unused: the same shape as `relationById`). */
export const participationById = (_imports: Cypher, idExpr: Cypher): Cypher => relationshipById(cypher`PARTICIPATED_IN`, idExpr);

/**
 * Participations copy their event's sortKey, and their timeline key is made of it (timelines page on it,
 * src/db/ingest/timeline.ts): an event `n` whose sortKey changed passes it on.
 */
export const PASS_SORT_KEY = cypher`
WITH n
CALL (n) {
  MATCH (n)<-[p:PARTICIPATED_IN]-(x)
  WHERE p.sortKey <> n.sortKey
  SET p.sortKey = n.sortKey, p.timelineKey = x.id + '|' + n.sortKey
}`;
