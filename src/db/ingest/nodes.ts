import { cypher, identifier, type Cypher } from '../cypher.js';
import { byDatasetIndex, FROM_SOURCES, PASS_SORT_KEY, setRow, USING_SOURCES } from './fragments.js';
import { DERIVED, PROPERTIES, type NodeLabel } from './properties.js';

/**
 * The statements that sync the nodes of one label: each takes one batch ($rows), finds nodes through the id
 * indexes (the uniqueness constraints) and writes; none scans a label. Rows new to the dataset and rows that
 * changed go through separate statements, because only a changed row can leave something stale.
 */
export interface NodeStatements {
  readonly label: NodeLabel;
  /** The CREATE of new rows in bulk mode. */
  readonly bulk: Cypher;
  /** Whether another dataset may declare the same id (entities and events are shared; the rest is not). */
  readonly shared: boolean;
  /** New rows: MERGE on the id, written only where this dataset owns the node. */
  readonly create: Cypher;
  /** Changed rows. */
  readonly update: Cypher;
  /** The ids and hashes of the nodes this dataset owns. */
  readonly existing: Cypher;
  /** Which rows of a batch name a node of another dataset. */
  readonly others: Cypher;
  /** For a shared node this dataset no longer declares: another dataset that still does takes it over. */
  readonly handOver?: Cypher;
  readonly remove: Cypher;
}

interface NodeParts {
  /** Lookups before the MERGE (reads before writes keep the plan free of Eager barriers). */
  readonly reads?: Cypher;
  /** Variables of `reads` carried past the MERGE. */
  readonly carry?: Cypher;
  readonly derived?: readonly string[];
  /** Links and label changes after the SET. */
  readonly links?: Cypher;
}

/**
 * MERGE on the id, then write only a node this dataset owns: a node another dataset owns is not written, and
 * `written` falls short of the batch, so the loader asks which nodes those were.
 */
function nodeWrite(label: NodeLabel, { reads = cypher``, carry = cypher``, derived = [], links = cypher`` }: NodeParts = {}): Cypher {
  const n = identifier(label);
  return cypher`
UNWIND $rows AS row${reads}
MERGE (n:${n} {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row${carry}
WHERE n.dataset = $dataset
${setRow(cypher`n`, PROPERTIES[label], derived)}${links}
RETURN count(*) AS written`;
}

/**
 * The bulk-mode twin of `nodeWrite`: a first load's ids are new (checked before it starts), so each row is a
 * CREATE, with no index seek merged with the transaction state and no lock per MERGE. The uniqueness
 * constraints still reject a duplicate id, at commit.
 */
function nodeCreate(label: NodeLabel, { reads = cypher``, derived = [], links = cypher`` }: NodeParts = {}): Cypher {
  return cypher`
UNWIND $rows AS row${reads}
CREATE (n:${identifier(label)} {id: row.id, dataset: $dataset})
${setRow(cypher`n`, PROPERTIES[label], derived)}${links}
RETURN count(*) AS written`;
}

function nodeStatements(
  label: NodeLabel,
  shared: boolean,
  bulk: Cypher,
  create: Cypher,
  update: Cypher = create,
  owned: Cypher = byDatasetIndex(identifier(label)),
): NodeStatements {
  const n = identifier(label);
  return {
    label,
    bulk,
    shared,
    create,
    update,
    existing: cypher`
MATCH ${owned}
WHERE n.dataset = $dataset
RETURN n.id AS id, n.hash AS hash`,
    others: cypher`
UNWIND $rows AS row
MATCH (n:${n} {id: row.id})
WHERE coalesce(n.dataset, '') <> $dataset
RETURN n.id AS id, coalesce(n.dataset, '(none)') AS dataset`,
    // Every dataset that declares an entity or event gives it at least one Name: those tell who else declares it.
    // The heir's own values replace these on its next load (the hash is cleared).
    handOver: shared
      ? cypher`
UNWIND $rows AS row
MATCH (n:${n} {id: row.id})
WHERE n.dataset = $dataset
WITH n, COLLECT { MATCH (n)<-[:NAME_OF]-(name:Name) WHERE name.dataset <> $dataset RETURN name.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET n.dataset = heirs[0], n.hash = null
RETURN count(*) AS handedOver`
      : undefined,
    remove: cypher`
UNWIND $rows AS row
MATCH (n:${n} {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n`,
  };
}

/** The link from the node written (`n`) to `target`: created in bulk mode, merged otherwise. */
const createLink = (type: Cypher, target: Cypher) => cypher`
CREATE (n)-[:${type} {dataset: $dataset}]->(${target})`;
const mergeLink = (type: Cypher, target: Cypher) => cypher`
MERGE (n)-[r:${type}]->(${target})
  ON CREATE SET r.dataset = $dataset`;

export const SOURCE = nodeStatements('Source', false, nodeCreate('Source'), nodeWrite('Source'));

const sourceOfExcerpt = {
  reads: cypher`
MATCH (s:Source {id: row.props.sourceId})`,
  carry: cypher`, s`,
};
export const EXCERPT = nodeStatements(
  'Excerpt',
  false,
  nodeCreate('Excerpt', { ...sourceOfExcerpt, links: createLink(cypher`FROM`, cypher`s`) }),
  nodeWrite('Excerpt', { ...sourceOfExcerpt, links: mergeLink(cypher`FROM`, cypher`s`) }),
  // A changed excerpt may quote another source now.
  nodeWrite('Excerpt', {
    ...sourceOfExcerpt,
    links: cypher`
WITH n, s
CALL (n, s) {
  MATCH (n)-[old:FROM]->(other:Source)
  WHERE other <> s
  DELETE old
}${mergeLink(cypher`FROM`, cypher`s`)}`,
  }),
  cypher`${FROM_SOURCES}(n:Excerpt)${USING_SOURCES}`,
);

// The kind label comes from the closed vocabulary; a changed entity loses any other kind label.
const addKindLabel = cypher`
SET n:$(row.label)`;
export const ENTITY = nodeStatements(
  'Entity',
  true,
  nodeCreate('Entity', { links: addKindLabel }),
  nodeWrite('Entity', { links: addKindLabel }),
  nodeWrite('Entity', {
    links: cypher`
WITH n, row, [label IN labels(n) WHERE label IN $kindLabels AND label <> row.label] AS staleLabels
SET n:$(row.label)
REMOVE n:$(staleLabels)`,
  }),
);

// An updated event passes its sortKey on to its participations.
export const EVENT = nodeStatements(
  'Event',
  true,
  nodeCreate('Event', { derived: DERIVED.Event }),
  nodeWrite('Event', { derived: DERIVED.Event }),
  nodeWrite('Event', { links: PASS_SORT_KEY }),
);

// An evidence id includes the excerpt it cites, so CITES never moves.
const excerptOfEvidence = cypher`
MATCH (x:Excerpt {id: row.props.excerptId})`;
export const EVIDENCE = nodeStatements(
  'Evidence',
  false,
  nodeCreate('Evidence', { reads: excerptOfEvidence, links: createLink(cypher`CITES`, cypher`x`) }),
  nodeWrite('Evidence', { reads: excerptOfEvidence, carry: cypher`, x`, links: mergeLink(cypher`CITES`, cypher`x`) }),
  undefined,
  cypher`${FROM_SOURCES}(:Excerpt)<-[:CITES]-(n:Evidence)${USING_SOURCES}`,
);

// A name id includes its owner, so NAME_OF never moves. Two optional seeks keep both lookups index-backed.
const ownerOfName = cypher`
OPTIONAL MATCH (entity:Entity {id: row.props.ownerId})
WHERE NOT row.ownerIsEvent
OPTIONAL MATCH (event:Event {id: row.props.ownerId})
WHERE row.ownerIsEvent
WITH row, coalesce(entity, event) AS owner
WHERE owner IS NOT NULL`;
export const NAME = nodeStatements(
  'Name',
  false,
  nodeCreate('Name', { reads: ownerOfName, links: createLink(cypher`NAME_OF`, cypher`owner`) }),
  nodeWrite('Name', { reads: ownerOfName, carry: cypher`, owner`, links: mergeLink(cypher`NAME_OF`, cypher`owner`) }),
);
