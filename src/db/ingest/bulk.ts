import { cypher, identifier, type Cypher } from '../cypher.js';
import type { Executor } from '../executor.js';
import type { NodeLabel } from './properties.js';

// Undoing a failed bulk load: every node it wrote carries its dataset id and, the dataset being new, no other
// dataset's node or relationship refers to them, so deleting them (with their relationships) restores the graph.
// Dependants first; each statement commits as it goes (CALL { } IN TRANSACTIONS), so it runs as an auto-commit query.
const removeAll = (label: NodeLabel): Cypher =>
  cypher`MATCH (n:${identifier(label)}) WHERE n.dataset = $dataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

/** Deletes every node of one label that the dataset owns, in that order. */
export const REMOVE_FIRST_LOAD: Readonly<Record<NodeLabel, Cypher>> = {
  Name: removeAll('Name'),
  Evidence: removeAll('Evidence'),
  Excerpt: removeAll('Excerpt'),
  Event: removeAll('Event'),
  Entity: removeAll('Entity'),
  Source: removeAll('Source'),
};

/** Deletes everything a failed bulk (first) load of the dataset had committed. */
export async function removeFirstLoad(executor: Executor, datasetId: string): Promise<void> {
  for (const statement of Object.values(REMOVE_FIRST_LOAD)) await executor.autoCommit(statement, { dataset: datasetId });
}
