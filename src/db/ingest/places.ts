import { cypher, type Cypher } from '../cypher.js';
import { evidenceOf } from './fragments.js';

/**
 * An event's shown place follows from every source's place claim (src/domain/place-claims.ts): the claims are the
 * `claimedPlaceId` of its supporting evidence, whichever dataset wrote them, and the rule needs the places that
 * contain each claimed place (placesContaining, which the API's projection uses too, so both apply one rule). The loader reads them for the events a load changed, applies the rule, and writes
 * back the places that differ: `placeId` and the event's one OCCURRED_IN link (marked with the event's owner).
 */

/**
 * The places that contain the entity with the id `placeExpr`, nearest first (a place reached two ways is listed
 * twice, which the rule does not mind): LOCATED_IN relations no source disputes, and a place's country
 * (IN_COUNTRY), up to 4 steps.
 */
export const placesContaining = (placeExpr: Cypher): Cypher => cypher`COLLECT {
      MATCH withinPath = (:Entity {id: ${placeExpr}})-[:LOCATED_IN|IN_COUNTRY*1..4]->(withinPlace:Entity)
      WHERE all(withinStep IN relationships(withinPath) WHERE coalesce(withinStep.status, '') <> 'DISPUTED')
      WITH withinPlace.id AS withinId, length(withinPath) AS withinSteps
      ORDER BY withinSteps, withinId
      RETURN withinId
    }`;

/** Each event of `$rows[].id` with its shown place, its OCCURRED_IN links, its owner and its place claims. */
export const EVENT_PLACE_CLAIMS = cypher`
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
RETURN e.id AS id, e.hash AS hash, e.dataset AS owner, e.placeId AS placeId,
  COLLECT { MATCH (e)-[r:OCCURRED_IN]->(p:Entity) RETURN {placeId: p.id, dataset: r.dataset} } AS links,
  COLLECT {
    ${evidenceOf(cypher`e.id`)}
    WHERE ev.stance = 'SUPPORTS' AND ev.claimedPlaceId IS NOT NULL
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    WITH DISTINCT ev.dataset AS dataset, s.id AS sourceId, ev.claimedPlaceId AS placeId
    RETURN {dataset: dataset, sourceId: sourceId, placeId: placeId, within: ${placesContaining(cypher`placeId`)}} AS claim
  } AS claims`;

/** Writes the shown places (`$rows[].placeId`, null for none): `placeId` and one OCCURRED_IN link, owned as the event. */
export const SET_EVENT_PLACES = cypher`
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
SET n.placeId = row.placeId
WITH n, row
CALL (n, row) {
  MATCH (n)-[old:OCCURRED_IN]->(p:Entity)
  WHERE p.id <> coalesce(row.placeId, '') OR old.dataset <> n.dataset
  DELETE old
}
WITH n, row
CALL (n, row) {
  MATCH (p:Entity {id: row.placeId})
  MERGE (n)-[r:OCCURRED_IN]->(p)
    ON CREATE SET r.dataset = n.dataset
}
RETURN count(*) AS written`;
