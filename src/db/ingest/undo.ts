import { cypher, identifier, joinCypher, type Cypher } from '../cypher.js';
import { participationById, relationById } from './fragments.js';
import type { NodeLabel } from './properties.js';

/**
 * Before-images and their undo. Before a batch writes, the loader reads what the graph holds under the batch's
 * keys (CAPTURE) and journals it in the same transaction; undoing a batch (RESTORE) puts exactly that back: a key
 * that held nothing is deleted, one that held something gets its properties, labels and relationships again.
 * Records are undone newest first, so each restores the state its batch found.
 */

const NODE_LABELS: readonly NodeLabel[] = ['Source', 'Excerpt', 'Entity', 'Event', 'Evidence', 'Name'];

/**
 * The relationships a node's own row or derived step writes (its source, the excerpt it cites, what it names, the
 * place an event shows).
 */
const OWN_LINKS = cypher`FROM|CITES|NAME_OF|OCCURRED_IN`;

/** The node with the id `idExpr` as `m`, whatever its loader label, through the id indexes. */
const anyNodeById = (imports: Cypher, idExpr: Cypher): Cypher => cypher`CALL (${imports}) {
  ${joinCypher(
    NODE_LABELS.map((label) => cypher`OPTIONAL MATCH (${identifier(label.toLowerCase())}:${identifier(label)} {id: ${idExpr}})`),
    cypher`
  `,
  )}
  RETURN coalesce(${joinCypher(
    NODE_LABELS.map((label) => identifier(label.toLowerCase())),
    ', ',
  )}) AS m
}`;

/**
 * Per node label: the node under each id, with the relationships its row writes, or with every relationship
 * when `$detach` (a removal: DETACH DELETE takes them all).
 */
const captureNode = (label: NodeLabel): Cypher => cypher`
UNWIND $rows AS row
OPTIONAL MATCH (n:${identifier(label)} {id: row.id})
RETURN row.id AS id, $detach AS detach, CASE WHEN n IS NULL THEN null ELSE {
  labels: labels(n),
  props: properties(n),
  rels: CASE WHEN $detach
    THEN [(n)-[r]-(m) | {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}]
    ELSE [(n)-[r:${OWN_LINKS}]->(m) | {type: type(r), out: true, other: m.id, props: properties(r)}] END
} END AS before`;

/** Deletes the nodes a batch created (those of new rows that the dataset owns: another dataset's were not written). */
const deleteNodes = (label: NodeLabel): Cypher => cypher`
UNWIND $rows AS row
MATCH (n:${identifier(label)} {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n`;

/**
 * Puts nodes back as they were: properties, labels (the labels come from the before-image, which the loader
 * wrote from its closed vocabulary), and the relationships captured with them, which replace those of the same
 * reach now there (every relationship for a removal's image, the row's own links otherwise).
 */
const restoreNodes = (label: NodeLabel): Cypher => cypher`
UNWIND $rows AS row
MERGE (n:${identifier(label)} {id: row.id})
SET n = row.before.props
WITH n, row, [l IN labels(n) WHERE NOT l IN row.before.labels] AS extra
REMOVE n:$(extra)
SET n:$(row.before.labels)
WITH n, row
CALL (n, row) {
  MATCH (n)-[r]-()
  WHERE row.detach OR (startNode(r) = n AND type(r) IN ['FROM', 'CITES', 'NAME_OF', 'OCCURRED_IN'])
  DELETE r
}
WITH n, row
UNWIND row.before.rels AS rel
${anyNodeById(cypher`rel`, cypher`rel.other`)}
WITH n, rel, m
WHERE m IS NOT NULL
WITH rel, CASE WHEN rel.out THEN n ELSE m END AS a, CASE WHEN rel.out THEN m ELSE n END AS b
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props`;

export interface NodeUndo {
  readonly capture: Cypher;
  readonly remove: Cypher;
  readonly restore: Cypher;
}

export const NODE_UNDO: Readonly<Record<NodeLabel, NodeUndo>> = Object.fromEntries(
  NODE_LABELS.map((label) => [label, { capture: captureNode(label), remove: deleteNodes(label), restore: restoreNodes(label) }]),
) as Record<NodeLabel, NodeUndo>;

/** The link types the loader syncs by their ends, with the labels of those ends. */
export const LINK_ENDS = {
  IN_COUNTRY: ['Entity', 'Entity'],
  MENTIONED_IN: ['Entity', 'Excerpt'],
  OCCURRED_IN: ['Event', 'Entity'],
} as const satisfies Record<string, readonly [NodeLabel, NodeLabel]>;
export type LinkType = keyof typeof LINK_ENDS;

/** Links by their ends; a new row's image is null, and its undo deletes the link only where the dataset owns it. */
const linkUndo = (type: LinkType) => {
  const [from, to] = LINK_ENDS[type].map(identifier) as [Cypher, Cypher];
  const t = identifier(type);
  return {
    capture: cypher`
UNWIND $rows AS row
CALL (row) {
  MATCH (a:${from} {id: row.from})-[r:${t}]->(b:${to} {id: row.to})
  RETURN collect(properties(r)) AS found
}
RETURN row.from AS from, row.to AS to, found[0] AS before`,
    restore: cypher`
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CALL (a, b, row) {
  MATCH (a)-[r:${t}]->(b)
  WHERE row.before IS NOT NULL OR r.dataset = $dataset
  DELETE r
}
WITH a, b, row
WHERE row.before IS NOT NULL
CREATE (a)-[r:${t}]->(b)
SET r = row.before`,
  };
};

export const LINK_UNDO: Readonly<Record<LinkType, { readonly capture: Cypher; readonly restore: Cypher }>> = {
  IN_COUNTRY: linkUndo('IN_COUNTRY'),
  MENTIONED_IN: linkUndo('MENTIONED_IN'),
  OCCURRED_IN: linkUndo('OCCURRED_IN'),
};

/**
 * Facts with an id: every relationship under the id (a relation may have moved to another type or other ends).
 * A new row's image is null: its undo deletes the fact only where the dataset owns it.
 */
const factUndo = (find: Cypher, to: Cypher) => ({
  capture: cypher`
UNWIND $rows AS row
CALL (row) {
  ${find}
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS before
}
RETURN row.id AS id, before`,
  restore: cypher`
UNWIND $rows AS row
CALL (row) {
  ${find}
  WITH r
  WHERE row.before IS NOT NULL OR r.dataset = $dataset
  DELETE r
}
WITH row
UNWIND coalesce(row.before, []) AS old
MATCH (a:Entity {id: old.from})
MATCH (b:${to} {id: old.to})
CREATE (a)-[r:$(old.type)]->(b)
SET r = old.props`,
});

const ROW = cypher`row`;
const ROW_ID = cypher`row.id`;
export const PARTICIPATION_UNDO = factUndo(participationById(ROW, ROW_ID), cypher`Event`);
export const RELATION_UNDO = factUndo(relationById(ROW, ROW_ID), cypher`Entity`);

/** Participations carry their event's sort key (and their timeline key, made of it): copied again for events put back. */
export const COPY_SORT_KEYS = cypher`
UNWIND $rows AS row
MATCH (n:Event {id: row.id})<-[p:PARTICIPATED_IN]-(x)
WHERE p.sortKey <> n.sortKey
SET p.sortKey = n.sortKey, p.timelineKey = x.id + '|' + n.sortKey`;
