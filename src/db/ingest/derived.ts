import { cypher, type Cypher } from '../cypher.js';
import { assignments, evidenceOf, participationById, relationById } from './fragments.js';
import { DERIVED, type FactType } from './properties.js';

const F_ID = cypher`f.id`;

/**
 * Reads what a fact's derived properties follow from, from every dataset's evidence: each piece's source,
 * statement kind and stance, and each cited source's publisher and independence keys; with the values stored now,
 * so that only facts whose derived properties change are written. The rule itself is src/domain/status.ts.
 */
const readEvidence = (find: Cypher) => cypher`
UNWIND $rows AS row
${find}
WITH r AS f
RETURN f.id AS id, f.status AS status, f.statementKinds AS statementKinds, f.sourceIds AS sourceIds,
  f.statusReason AS statusReason, f.sourceVerdicts AS sourceVerdicts,
  COLLECT {
    ${evidenceOf(F_ID)}
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN {sourceId: s.id, statementKind: ev.statementKind, stance: ev.stance}
  } AS evidence,
  COLLECT {
    ${evidenceOf(F_ID)}
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    WITH DISTINCT s
    RETURN {id: s.id, publisher: s.publisher, independenceKeys: s.independenceKeys}
  } AS sources`;

/** Writes the derived properties `$rows[].derived` of the facts `$rows[].id`. */
const writeDerived = (find: Cypher, properties: readonly string[]) => cypher`
UNWIND $rows AS row
${find}
SET ${assignments(cypher`r`, properties, cypher`derived`)}
RETURN count(*) AS facts`;

const FIND: Readonly<Record<FactType, Cypher>> = {
  EVENT: cypher`MATCH (r:Event {id: row.id})`,
  PARTICIPATION: participationById(cypher`row`, cypher`row.id`),
  RELATION: relationById(cypher`row`, cypher`row.id`),
};

/** Per kind of fact, the read and the write that recompute the derived properties of the facts `$rows[].id`. */
export const RECOMPUTE: Readonly<Record<FactType, { readonly read: Cypher; readonly write: Cypher }>> = {
  EVENT: { read: readEvidence(FIND.EVENT), write: writeDerived(FIND.EVENT, DERIVED.Event) },
  PARTICIPATION: { read: readEvidence(FIND.PARTICIPATION), write: writeDerived(FIND.PARTICIPATION, DERIVED.PARTICIPATED_IN) },
  RELATION: { read: readEvidence(FIND.RELATION), write: writeDerived(FIND.RELATION, DERIVED.Relation) },
};
