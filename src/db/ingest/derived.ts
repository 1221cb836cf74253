import { cypher, type Cypher } from '../cypher.js';
import { evidenceOf, participationById, relationById } from './fragments.js';
import type { FactType } from './properties.js';

const F_ID = cypher`f.id`;

/**
 * Recomputes a fact's derived properties (src/db/README.md) from every dataset's evidence; sets them only when
 * they differ. Publishers compare trimmed and lowercased, as in the loader's `derive`.
 */
const recomputeDerived = (find: Cypher, withSources: boolean) => cypher`
UNWIND $rows AS row
${find}
WITH r AS f
WITH f,
  COLLECT { ${evidenceOf(F_ID)} RETURN DISTINCT ev.statementKind AS kind } AS kinds,
  COLLECT { ${evidenceOf(F_ID)} MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source) RETURN DISTINCT s.id AS id ORDER BY id } AS sourceIds,
  EXISTS { ${evidenceOf(F_ID)} WHERE ev.stance = 'DISPUTES' } AS disputed,
  COUNT {
    ${evidenceOf(F_ID)}
    WHERE ev.stance = 'SUPPORTS'
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT CASE WHEN s.publisher IS NULL THEN 'source:' + s.id ELSE 'publisher:' + toLower(trim(s.publisher)) END AS origin
  } AS origins
WITH f, sourceIds, [kind IN $statementKinds WHERE kind IN kinds] AS statementKinds,
  CASE WHEN disputed THEN 'DISPUTED' WHEN origins >= 2 THEN 'CORROBORATED' ELSE 'REPORTED' END AS status
CALL (f, status, statementKinds, sourceIds) {
  WITH *
  WHERE f.status IS NULL OR f.status <> status OR f.statementKinds IS NULL OR f.statementKinds <> statementKinds${
    withSources ? cypher` OR f.sourceIds IS NULL OR f.sourceIds <> sourceIds` : cypher``
  }
  SET f.status = status, f.statementKinds = statementKinds${withSources ? cypher`, f.sourceIds = sourceIds` : cypher``}
}
RETURN count(*) AS facts`;

/** Per kind of fact, the statement that recomputes the derived properties of the facts with ids `$rows[].id`. */
export const RECOMPUTE: Readonly<Record<FactType, Cypher>> = {
  EVENT: recomputeDerived(cypher`MATCH (r:Event {id: row.id})`, true),
  PARTICIPATION: recomputeDerived(participationById(cypher`row`, cypher`row.id`), false),
  RELATION: recomputeDerived(relationById(cypher`row`, cypher`row.id`), false),
};
