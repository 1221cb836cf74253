import { cypher } from './cypher.js';

/** The most entities a timeline with parts gathers (the entity, its parts, a country's organisations). */
export const MAX_MEMBERS = 500;

/**
 * Binds `members` to the entity `x` with its parts (PART_OF, up to 3 levels) and, when `x` is a country, the
 * organisations in it (IN_COUNTRY) with their parts: a list of `{node, via}` (see TimelineMembership), each
 * entity once with its nearest membership, at most `$maxMembers`. Keeps `x` in scope.
 */
export const MEMBERS_OF = cypher`
  CALL (x) {
    CALL (x) {
      RETURN x AS m, 0 AS rank, 'SELF' AS via
      UNION
      MATCH (m:Entity)-[:PART_OF*1..3]->(x)
      RETURN DISTINCT m, 1 AS rank, 'PART' AS via
      UNION
      MATCH (m:Entity)-[:PART_OF*0..3]->(:Organization)-[:IN_COUNTRY]->(x:Country)
      RETURN DISTINCT m, 2 AS rank, 'COUNTRY_ORGANIZATION' AS via
    }
    WITH m, rank, via ORDER BY rank
    WITH m, collect(via)[0] AS via, min(rank) AS rank
    ORDER BY rank, m.id LIMIT $maxMembers
    RETURN collect({node: m, via: via}) AS members
  }`;
