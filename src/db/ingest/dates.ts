import { cypher } from '../cypher.js';
import { evidenceOf, PASS_SORT_KEY } from './fragments.js';

/**
 * An event's shown date follows from every source's date claim (src/domain/date-claims.ts): the claims are the
 * `claimedDate*` properties of its supporting evidence, whichever dataset wrote them. The loader reads them for the
 * events whose evidence or declaration a load changed, applies the rule, and writes back the dates that differ.
 */

/** Each event of `$rows[].id` with its stored date, its owner and its date claims (one per dataset, source and value). */
export const EVENT_DATE_CLAIMS = cypher`
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
RETURN e.id AS id, e.hash AS hash, e.dataset AS owner,
  e.datePhrase AS phrase, e.datePrecision AS precision, e.dateEarliest AS earliest, e.dateLatest AS latest, e.dateEdtf AS edtf,
  e.sortKey AS sortKey,
  COLLECT {
    ${evidenceOf(cypher`e.id`)}
    WHERE ev.stance = 'SUPPORTS' AND (ev.claimedDatePhrase IS NOT NULL OR ev.claimedDateEdtf IS NOT NULL)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, phrase: ev.claimedDatePhrase, precision: coalesce(ev.claimedDatePrecision, 'UNKNOWN'),
      earliest: ev.claimedDateEarliest, latest: ev.claimedDateLatest, edtf: ev.claimedDateEdtf} AS claim
  } AS claims`;

/** Writes the shown dates (`$rows[].date`) and passes the sort key on to the participations. */
export const SET_EVENT_DATES = cypher`
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
SET n.datePhrase = row.date.phrase,
    n.datePrecision = row.date.precision,
    n.dateEarliest = row.date.earliest,
    n.dateLatest = row.date.latest,
    n.dateEdtf = row.date.edtf,
    n.year = row.date.year,
    n.sortKey = row.date.sortKey${PASS_SORT_KEY}
RETURN count(*) AS written`;
