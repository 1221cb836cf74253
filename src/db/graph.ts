import { child, mergeTrees, treeOf, type FieldTree } from '../selection.js';
import { refinedRoles } from '../domain/role-claims.js';
import type { ParticipantRole, RelationType } from '../domain/vocabulary.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { UserInputError } from '../errors.js';
import { id, intInRange, LIMITS, optionalList } from './arguments.js';
import { cypher, identifier, integer, joinCypher, statement, vocabulary, type Cypher } from './cypher.js';
import type { Executor } from './executor.js';
import { GRAPH_EDGE_PATTERN, Projector, variable } from './projections.js';
import type { GraphEdgeRecord, GraphNodeRecord, NeighborhoodRecord, PathRecord, PathsRecord } from './records.js';

/**
 * Graph views over entities and events. Every expansion is bounded: a neighbourhood walks level by level with a
 * row cap per level (so a hub with a million relationships costs the cap, not the million), and shortest paths
 * use a literal upper bound chosen from the closed range 1..6.
 */

/** What a graph view fetches beyond its selection. */
export interface GraphViewOptions {
  /** Every edge with its evidence and each quote's source title and language, selected or not (exports show them). */
  readonly edgeEvidence?: boolean;
}

/** The evidence an edge needs when `edgeEvidence` is asked for. */
const EDGE_EVIDENCE = treeOf('evidence.source.title', 'evidence.source.language');

const n = variable('n');
const r = variable('r');

/** Rows read per level: enough to find `limit` distinct nodes among repeated neighbours, and a hard bound. */
const rowsPerLevel = (limit: number) => Math.min(limit * 4, 2_000);

export async function neighborhood(
  executor: Executor,
  args: { entityId: string; depth?: number | null; limit?: number | null },
  tree: FieldTree,
  options: GraphViewOptions = {},
): Promise<NeighborhoodRecord | null> {
  const entityId = id('entityId', args.entityId);
  const depth = intInRange('depth', args.depth ?? 1, 1, LIMITS.neighborhoodDepth);
  const limit = intInRange('limit', args.limit ?? 100, 1, LIMITS.neighborhoodNodes);
  const p = new Projector();
  const edgeTree = options.edgeEvidence ? mergeTrees(child(tree, 'edges'), EDGE_EVIDENCE) : child(tree, 'edges');
  const edge = p.graphEdge(r, edgeTree);
  const levels: Cypher[] = [];
  const collected: Cypher[] = [];
  for (let level = 1; level <= depth; level++) {
    const frontier = level === 1 ? cypher`[c]` : identifier(`frontier${level - 1}`);
    const next = identifier(`frontier${level}`);
    const distance = integer(level);
    const rows = identifier(`rows${level}`);
    const scope = joinCypher([cypher`c`, ...Array.from({ length: level - 1 }, (_, i) => identifier(`frontier${i + 1}`))], ', ');
    levels.push(cypher`
      CALL (${scope}) {
        UNWIND ${frontier} AS m
        MATCH (m)-[r:${GRAPH_EDGE_PATTERN}]-(n)
        WITH r, n LIMIT $rowsPerLevel
        RETURN collect({edge: ${edge}, node: ${p.graphNode(n, distance)}}) AS ${rows}, collect(DISTINCT n)[..$limit] AS ${next}, count(*) = $rowsPerLevel AS capped${distance}
      }`);
    collected.push(cypher`{rows: ${rows}, capped: capped${distance}}`);
  }
  const query = statement(
    'graph.neighborhood',
    cypher`
    MATCH (c:Entity {id: $entityId})
    ${joinCypher(levels, ' ')}
    RETURN ${p.graphNode(variable('c'), cypher`0`)} AS center, [${joinCypher(collected, ', ')}] AS levels`,
  );
  const { records } = await executor.read(query, { entityId, limit, rowsPerLevel: rowsPerLevel(limit) });
  const record = records[0];
  if (!record) return null;
  return assembleNeighborhood(
    record.get('center') as GraphNodeRecord,
    record.get('levels') as { rows: { edge: GraphEdgeRecord; node: GraphNodeRecord }[]; capped: boolean }[],
    limit,
  );
}

/** Keeps the nearest `limit` nodes (centre first) and the edges whose two ends are both kept. */
export function assembleNeighborhood(
  center: GraphNodeRecord,
  levels: readonly { rows: readonly { edge: GraphEdgeRecord; node: GraphNodeRecord }[]; capped: boolean }[],
  limit: number,
): NeighborhoodRecord {
  const nodes = new Map<string, GraphNodeRecord>([[center.id, center]]);
  let truncated = false;
  for (const level of levels) {
    truncated ||= level.capped;
    for (const { node } of level.rows) {
      if (nodes.has(node.id)) continue;
      if (nodes.size >= limit) {
        truncated = true;
        break;
      }
      nodes.set(node.id, node);
    }
  }
  const edges = new Map<string, GraphEdgeRecord>();
  for (const level of levels) {
    for (const { edge } of level.rows) {
      if (nodes.has(edge.source) && nodes.has(edge.target) && !edges.has(edge.id)) edges.set(edge.id, edge);
    }
  }
  return { center, nodes: [...nodes.values()], edges: withoutRefinedParticipants([...edges.values()]), truncated };
}

/**
 * The edges without a participation as PARTICIPANT between an entity and an event that another of the edges gives a
 * specific role (src/domain/role-claims.ts): one entity's part in an event is drawn once, as precisely as known.
 */
export function withoutRefinedParticipants(edges: readonly GraphEdgeRecord[]): GraphEdgeRecord[] {
  const roles = new Map<string, ParticipantRole[]>();
  const pair = (edge: GraphEdgeRecord) => `${edge.source}\u0000${edge.target}`;
  for (const edge of edges) {
    if (edge.type === 'PARTICIPATED_IN' && edge.role) roles.set(pair(edge), [...(roles.get(pair(edge)) ?? []), edge.role]);
  }
  return edges.filter((edge) => edge.type !== 'PARTICIPATED_IN' || !edge.role || refinedRoles(roles.get(pair(edge)) ?? []).includes(edge.role));
}

export type GraphEdgeType = 'PARTICIPATED_IN' | 'OCCURRED_IN' | RelationType;
const GRAPH_EDGE_TYPES: readonly GraphEdgeType[] = ['PARTICIPATED_IN', 'OCCURRED_IN', ...RELATION_TYPES];

/**
 * What a hop costs when ranking shortest paths of equal length (documented on PathsResult.paths): what explains
 * a connection (leadership, structure, membership, cooperation, taking part) is free, places cost 1, thematic
 * links (threats, affairs) cost 2.
 */
export const HOP_COST: Readonly<Record<GraphEdgeType, number>> = {
  PARTICIPATED_IN: 0,
  HEADS: 0,
  PART_OF: 0,
  MEMBER_OF: 0,
  COOPERATES_WITH: 0,
  HOSTED: 0,
  OCCURRED_IN: 1,
  LOCATED_IN: 1,
  CAPITAL_OF: 1,
  COUNTERS: 2,
  THREATENS: 2,
  MISHANDLED: 2,
  AT_ODDS_WITH: 2,
  MODERNISED: 2,
};

/** Shortest paths found before ranking: enough for any realistic set of equal-length paths, and a hard bound. */
const MAX_RANKED_PATHS = 200;

/** The edge types a path may walk: those allowed minus those avoided, in the vocabulary's order; never none. */
export function walkableEdgeTypes(allowed: readonly GraphEdgeType[] | null, avoided: readonly GraphEdgeType[] | null): GraphEdgeType[] {
  const types = GRAPH_EDGE_TYPES.filter((type) => (allowed === null || allowed.includes(type)) && !(avoided ?? []).includes(type));
  if (types.length === 0) {
    throw new UserInputError('relationTypes and avoidRelationTypes leave no edge type to walk.', 'avoidRelationTypes');
  }
  return types;
}

/**
 * Shortest paths between two entities through events and relations, each hop with its evidence, walking only the
 * edge types and participation roles allowed, cheapest first (HOP_COST). The bound on path length is a literal
 * (Cypher does not take it as a parameter), picked from 1..6 by the validated argument; the edge types are
 * literals from the closed vocabulary.
 */
export async function shortestPaths(
  executor: Executor,
  args: {
    fromId: string;
    toId: string;
    maxHops?: number | null;
    limit?: number | null;
    relationTypes?: readonly GraphEdgeType[] | null;
    avoidRelationTypes?: readonly GraphEdgeType[] | null;
    roles?: readonly ParticipantRole[] | null;
  },
  tree: FieldTree,
  options: GraphViewOptions = {},
): Promise<PathsRecord> {
  const fromId = id('fromId', args.fromId);
  const toId = id('toId', args.toId);
  const maxHops = intInRange('maxHops', args.maxHops ?? 4, 1, LIMITS.pathHops);
  const limit = intInRange('limit', args.limit ?? 5, 1, LIMITS.paths);
  const types = walkableEdgeTypes(optionalList('relationTypes', args.relationTypes), optionalList('avoidRelationTypes', args.avoidRelationTypes));
  const roles = optionalList('roles', args.roles);
  const p = new Projector();
  const pathTree = child(tree, 'paths');
  const hopEdges = child(child(pathTree, 'hops'), 'edge');
  const edgeTree = options.edgeEvidence ? mergeTrees(hopEdges, EDGE_EVIDENCE) : hopEdges;
  const bound = integer(maxHops);
  const pattern = types.length === GRAPH_EDGE_TYPES.length ? GRAPH_EDGE_PATTERN : vocabulary(types, '|');
  // Checked while the shortest paths are searched (a predicate over every relationship of the path).
  const roleFilter = roles ? cypher`WHERE all(r IN relationships(path) WHERE type(r) <> 'PARTICIPATED_IN' OR r.role IN $roles)` : cypher``;
  const sameNode = fromId === toId;
  const query = statement(
    'graph.paths',
    sameNode
      ? cypher`MATCH (a:Entity {id: $fromId}) RETURN [${p.graphNode(variable('a'), cypher`null`)}] AS nodes, [] AS edges`
      : cypher`
      MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
      MATCH path = allShortestPaths((a)-[:${pattern}*..${bound}]-(b))
      ${roleFilter}
      WITH path LIMIT $candidates
      WITH path, reduce(cost = 0, r IN relationships(path) | cost + $hopCost[type(r)]) AS cost, [n IN nodes(path) | n.id] AS ids
      ORDER BY cost, ids
      LIMIT $limit
      RETURN [n IN nodes(path) | ${p.graphNode(n, cypher`null`)}] AS nodes, [r IN relationships(path) | ${p.graphEdge(r, edgeTree)}] AS edges`,
  );
  const { records } = await executor.read(query, { fromId, toId, limit, roles, hopCost: HOP_COST, candidates: MAX_RANKED_PATHS });
  const paths: PathRecord[] = records.map((record) => {
    const nodes = record.get('nodes') as GraphNodeRecord[];
    const edges = record.get('edges') as GraphEdgeRecord[];
    const start = nodes[0];
    if (!start) throw new Error('a path without nodes');
    return {
      length: edges.length,
      start,
      hops: edges.map((edge, index) => {
        const node = nodes[index + 1];
        if (!node) throw new Error('a path with more relationships than nodes');
        return { edge, node };
      }),
    };
  });
  return { paths };
}
