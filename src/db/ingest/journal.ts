import { cypher } from '../cypher.js';

/**
 * The load journal: one `:Load` node while a load runs, committed before its first batch and deleted in its last
 * commit, with `:LoadUndo` records (the before-image of every batch, written in the batch's own transaction).
 * `slot` is the same for every load, so its uniqueness constraint admits one load at a time, whatever the
 * dataset: loads of two datasets share nodes, and undoing one must not undo the other's writes.
 */

/** One load at a time (idempotent; run before a load begins). */
export const LOAD_SLOT_CONSTRAINT = cypher`CREATE CONSTRAINT load_slot IF NOT EXISTS FOR (l:Load) REQUIRE l.slot IS UNIQUE`;

/** Opens the journal; fails on the constraint when another load holds the slot. */
export const LOAD_BEGIN = cypher`
CREATE (l:Load {slot: 'loader'})
SET l += $load, l.startedAt = toString(datetime()), l.heartbeat = timestamp(), l.commits = 0`;

/** The unfinished load, if any, with the age of its heartbeat by the server's clock. */
export const LOAD_CURRENT = cypher`
MATCH (l:Load)
RETURN l {.dataset, .mode, .token, .host, .pid, .startedAt, .commits, .staleAfterMs, .recovering, age: timestamp() - l.heartbeat} AS load`;

/** Takes an unfinished load over for recovery: only one process wins, the one that still sees the old token. */
export const LOAD_CLAIM = cypher`
MATCH (l:Load)
WHERE l.token = $token
SET l += $load, l.heartbeat = timestamp(), l.recovering = true
RETURN count(l) AS claimed`;

/** Written in every commit of the load: the loader is alive. */
export const LOAD_HEARTBEAT = cypher`
MATCH (l:Load)
WHERE l.token = $token
SET l.heartbeat = timestamp(), l.commits = l.commits + 1
RETURN count(l) AS held`;

/** Closes the journal, in the load's (or the recovery's) last commit. */
export const LOAD_FINISH = cypher`
MATCH (l:Load)
WHERE l.token = $token
CALL (l) {
  MATCH (u:LoadUndo)
  WHERE u.dataset = l.dataset
  DELETE u
}
DELETE l
RETURN count(*) AS finished`;

/** A before-image record (gzip of JSON), with the facts and events it touched, in the batch's transaction. */
export const UNDO_APPEND = cypher`
CREATE (u:LoadUndo)
SET u += $undo, u.applied = false`;

/** The records not undone yet, newest first. */
export const UNDO_PENDING = cypher`
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset AND NOT u.applied
RETURN u.seq AS seq
ORDER BY seq DESC`;

export const UNDO_READ = cypher`
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset AND u.seq = $seq
RETURN u.data AS data`;

/** Marks a record undone, in the transaction that undoes it (its facts stay for the final recompute). */
export const UNDO_APPLIED = cypher`
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset AND u.seq = $seq
SET u.applied = true, u.data = null`;

/** Every fact the records touched: their derived properties are recomputed last. */
export const UNDO_FACTS = cypher`
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset
UNWIND u.facts AS id
RETURN DISTINCT id`;

/** Every event the records touched: the sort keys of their participations are copied again last. */
export const UNDO_EVENTS = cypher`
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset
UNWIND u.events AS id
RETURN DISTINCT id`;
