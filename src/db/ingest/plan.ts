import { cypher, type Cypher } from '../cypher.js';
import { evidenceOf, relationById } from './fragments.js';

/**
 * What a dry run (src/ingest/plan.ts) reads besides the events' date claims (EVENT_DATE_CLAIMS): every source's
 * place, counts and roles of the dataset's events, every source's start and end of its relations, and the places
 * that contain the claimed places. One row per id of `$rows`, each an index seek; nothing is written.
 */

const SOURCE_OF_EVIDENCE = cypher`MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)`;

/**
 * Each event of `$rows[].id` with its owner, its shown place and the place, count and role claims of its supporting
 * evidence (one per dataset, source and value), as the loader and the API read them.
 */
export const EVENT_DETAIL_CLAIMS = cypher`
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
RETURN e.id AS id, e.dataset AS owner, e.placeId AS placeId,
  COLLECT {
    ${evidenceOf(cypher`e.id`)}
    WHERE ev.stance = 'SUPPORTS' AND ev.claimedPlaceId IS NOT NULL
    ${SOURCE_OF_EVIDENCE}
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, placeId: ev.claimedPlaceId} AS claim
  } AS places,
  COLLECT {
    ${evidenceOf(cypher`e.id`)}
    WHERE ev.stance = 'SUPPORTS' AND size(coalesce(ev.claimedQuantityUnits, [])) > 0
    ${SOURCE_OF_EVIDENCE}
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id,
      units: ev.claimedQuantityUnits, phrases: ev.claimedQuantityPhrases, ranges: ev.claimedQuantityRanges} AS claim
  } AS quantities,
  COLLECT {
    MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
    ${evidenceOf(cypher`p.id`)}
    WHERE ev.stance = 'SUPPORTS'
    ${SOURCE_OF_EVIDENCE}
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, entityId: x.id, role: p.role} AS claim
  } AS roles`;

const periodClaims = (prefix: Cypher): Cypher => cypher`COLLECT {
    ${evidenceOf(cypher`r.id`)}
    WHERE ev.stance = 'SUPPORTS' AND (ev.${prefix}Phrase IS NOT NULL OR ev.${prefix}Edtf IS NOT NULL)
    ${SOURCE_OF_EVIDENCE}
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, phrase: ev.${prefix}Phrase, precision: coalesce(ev.${prefix}Precision, 'UNKNOWN'),
      earliest: ev.${prefix}Earliest, latest: ev.${prefix}Latest, edtf: ev.${prefix}Edtf} AS claim
  }`;

/**
 * Each relation of `$rows[].id` (whatever its type) with its owner, its stored start and end (shown when no evidence
 * carries a claim: relations written before claims were kept) and the start and end claims of its supporting evidence.
 */
export const RELATION_PERIOD_CLAIMS = cypher`
UNWIND $rows AS row
${relationById(cypher`row`, cypher`row.id`)}
RETURN r.id AS id, r.dataset AS owner,
  {phrase: r.sincePhrase, edtf: r.sinceEdtf} AS since, {phrase: r.untilPhrase, edtf: r.untilEdtf} AS until,
  ${periodClaims(cypher`claimedSince`)} AS sinceClaims,
  ${periodClaims(cypher`claimedUntil`)} AS untilClaims`;

/**
 * Each entity of `$rows[].id` with its owner and the places it lies in directly: LOCATED_IN relations (with their id and whether
 * they are disputed) and its country (IN_COUNTRY), the steps placesContaining (places.ts) walks.
 */
export const PLACE_CONTAINERS = cypher`
UNWIND $rows AS row
MATCH (p:Entity {id: row.id})
RETURN p.id AS id, p.dataset AS owner,
  COLLECT {
    MATCH (p)-[r:LOCATED_IN|IN_COUNTRY]->(q:Entity)
    RETURN {placeId: q.id, country: type(r) = 'IN_COUNTRY', relationId: r.id, disputed: coalesce(r.status, '') = 'DISPUTED'} AS container
  } AS containers`;
