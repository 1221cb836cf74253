import { buildSchema, Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { DataLayer } from '../../src/db/index.js';
import { cypher, type Cypher } from '../../src/db/cypher.js';
import { encodeCursor } from '../../src/db/cursor.js';
import { assembleNeighborhood } from '../../src/db/graph.js';
import { MAX_MEMBERS, MEMBERS_OF } from '../../src/db/members.js';
import { GRAPH_EDGE_PATTERN } from '../../src/db/projections.js';
import type { Executor } from '../../src/db/executor.js';
import type { GraphEdgeRecord, GraphNodeRecord } from '../../src/db/records.js';
import { buildFulltextQuery, keyNeedles, MAX_QUERY_WORDS, searchKeyGroups } from '../../src/search/normalize.js';
import { STOP_WORDS_LOWER, withoutStopWords } from '../../src/search/stopwords.js';
import { PLACE_KINDS } from '../../src/db/search.js';
import { fieldTree, type FieldTree } from '../../src/selection.js';
import { loadTypeDefs } from '../../src/server.js';
import type { Manifest } from '../generate/generate.js';

/**
 * The workloads, each a request sent to the three contenders so that they return the same information: our
 * GraphQL document, the peer's equivalent document, and the floor (our data-layer function called with the
 * FieldTree our document produces, i.e. exactly our Cypher through the driver). Each workload has a few parameter
 * sets, cycled through by the load generator; every answer is normalised to a contender-neutral shape and must
 * equal the floor's.
 */

export interface Request {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface Params {
  readonly label: string;
  readonly ours: Request;
  readonly peer: Request;
  /** The floor: our data layer, directly. Returns what the root field resolves to. */
  readonly floor: (db: DataLayer) => Promise<unknown>;
}

export interface Workload {
  readonly name: string;
  readonly description: string;
  /** A light query (a handful of rows): the ours/floor goal applies. */
  readonly light: boolean;
  /** The root field of our document (the data the normaliser reads). */
  readonly root: string;
  readonly params: readonly Params[];
  /** Ours or floor (same shape) → neutral. */
  readonly normalizeOurs: (data: unknown) => unknown;
  /** The peer's `data` → neutral. */
  readonly normalizePeer: (data: unknown) => unknown;
}

const SCHEMA = buildSchema(loadTypeDefs().join('\n'));

/** The FieldTree our resolvers would hand the data layer for the first root field of `query`. */
export function treeOf(query: string, variables: Record<string, unknown>): FieldTree {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  if (!field) throw new Error('no root field');
  const returnType = SCHEMA.getQueryType()?.getFields()[field.name.value]?.type;
  if (!returnType) throw new Error(`no root field ${field.name.value} in the schema`);
  const info = { schema: SCHEMA, returnType, fieldNodes: [field], fragments: {}, variableValues: variables };
  return fieldTree(info as unknown as Parameters<typeof fieldTree>[0]);
}

// --- Normalisation helpers -------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (value ?? {}) as Obj;
const list = (value: unknown): Obj[] => (Array.isArray(value) ? (value as Obj[]) : []);
const str = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
};
const lower = (value: unknown): string | null => str(value)?.toLowerCase() ?? null;
const round = (value: unknown) => Math.round(Number(value) * 1000) / 1000;

const evidenceOurs = (items: unknown) =>
  list(items).map((e) => ({
    excerptId: e['excerptId'],
    quote: e['quote'],
    start: e['start'],
    end: e['end'],
    statementKind: e['statementKind'],
    stance: e['stance'],
    source: { id: obj(e['source'])['id'], title: obj(e['source'])['title'], language: lower(obj(e['source'])['language']) },
  }));
const evidencePeer = evidenceOurs;

// --- Documents ---------------------------------------------------------------------------------------------------------

const EVIDENCE_FIELDS = 'excerptId quote start end statementKind stance source { id title language }';

const ENTITY_OURS = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind names { ar fr en } aliases { text language } wikidataId cameoActorCode
    country { id }
    relations { id type from { id } to { id } status evidence { ${EVIDENCE_FIELDS} } }
  }
}`;
const ENTITY_PEER = `query Entity($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id kind name_ar name_fr name_en aliases aliasLanguages wikidata cameoActor
    country { id }
    relations { id type fromId toId status evidence { ${EVIDENCE_FIELDS} } }
  }
}`;

const TIMELINE_OURS = `query Timeline($id: ID!, $first: Int!, $after: String) {
  timeline(entityId: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node { roles event { id type titles { ar fr en } date { phrase precision earliest latest } place { id } evidence { ${EVIDENCE_FIELDS} } } } }
  }
}`;
const TIMELINE_PEER = `query Timeline($id: ID!, $first: Int!, $after: String) {
  entities(where: { id: { eq: $id } }) {
    eventsConnection(first: $first, after: $after, sort: [{ edge: { sortKey: ASC } }]) {
      totalCount
      pageInfo { hasNextPage }
      edges { properties { role } node { id type title_ar title_fr title_en datePhrase datePrecision dateEarliest dateLatest place { id } evidence { ${EVIDENCE_FIELDS} } } }
    }
  }
}`;

// With parts: the country's timeline taking in its parts and organisations, each entry naming who took part. The
// peer has no such feature: its client sends the members (computed once, as our MEMBERS_OF does) and filters the
// events on them, and works out from that list how each participant belongs (see timelinePartsPeer).
const TIMELINE_PARTS_OURS = `query TimelineParts($id: ID!, $first: Int!, $after: String) {
  timeline(entityId: $id, includeParts: true, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage }
    edges { node {
      roles participants { entity { id } roles via }
      event { id type titles { ar fr en } date { phrase precision earliest latest } place { id } evidence { ${EVIDENCE_FIELDS} } }
    } }
  }
}`;
const TIMELINE_PARTS_PEER = `query TimelineParts($ids: [ID!]!, $first: Int!, $after: String) {
  eventsConnection(first: $first, after: $after, where: { participants: { some: { id: { in: $ids } } } }, sort: [{ sortKey: ASC }]) {
    totalCount
    pageInfo { hasNextPage }
    edges { node {
      id type title_ar title_fr title_en datePhrase datePrecision dateEarliest dateLatest place { id } evidence { ${EVIDENCE_FIELDS} }
      participantsConnection(where: { node: { id: { in: $ids } } }) { edges { properties { role } node { id } } }
    } }
  }
}`;

const GRAPH_NODE_OURS = 'id nodeType entityKind eventType labels { ar fr en } distance';
const GRAPH_NODE_PEER = 'id nodeType entityKind eventType label_ar label_fr label_en distance';
const GRAPH_EDGE = 'id source target type role status';

const NEIGHBORHOOD_OURS = `query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(entityId: $id, depth: $depth, limit: $limit) {
    center { ${GRAPH_NODE_OURS} } nodes { ${GRAPH_NODE_OURS} } edges { ${GRAPH_EDGE} } truncated
  }
}`;
const NEIGHBORHOOD_PEER = (depth: 1 | 2) => `query Neighborhood($id: ID!, $limit: Int!, $rowsPerLevel: Int!) {
  neighborhood${depth}(entityId: $id, limit: $limit, rowsPerLevel: $rowsPerLevel) {
    center { ${GRAPH_NODE_PEER} } levels { capped rows { node { ${GRAPH_NODE_PEER} } edge { ${GRAPH_EDGE} } } }
  }
}`;

const PATHS_OURS = `query Paths($from: ID!, $to: ID!) {
  paths(fromId: $from, toId: $to, maxHops: 4, limit: 5) {
    paths { length start { id nodeType } hops { edge { ${GRAPH_EDGE} } node { id nodeType } } }
  }
}`;
const PATHS_PEER = `query Paths($from: ID!, $to: ID!) {
  paths(fromId: $from, toId: $to, limit: 5) { nodes { id nodeType } edges { ${GRAPH_EDGE} } }
}`;

const SEARCH_OURS = `query Search($text: String!) {
  search(text: $text, first: 10) {
    score matchedText matchedLanguage
    node { __typename ... on Entity { id kind names { ar fr en } } ... on Event { id type titles { ar fr en } } }
  }
}`;
const SEARCH_PEER = `query Search($query: String!, $exact: String!, $first: Int!, $candidates: Int!, $needles: [[String!]!]!, $stopWords: [String!]!, $places: [String!]!) {
  search(query: $query, exact: $exact, first: $first, candidates: $candidates, needles: $needles, stopWords: $stopWords, places: $places) { score matchedText matchedLanguage nodeType id kind name_ar name_fr name_en }
}`;

const STATS_OURS = `query Stats {
  stats { entityCount eventCount relationCount sourceCount entitiesByKind { kind count } eventsByType { type count } eventsByYear { year count } eventsWithoutYear }
}`;
const STATS_PEER = `query Stats {
  stats { entityCount eventCount relationCount sourceCount entitiesByKind { key count } eventsByType { key count } eventsByYear { year count } eventsWithoutYear }
}`;

// --- Normalisers ---------------------------------------------------------------------------------------------------------

const entityOurs = (data: unknown) => {
  const e = obj(data);
  if (data === null || data === undefined) return null;
  const names = obj(e['names']);
  return {
    id: e['id'],
    kind: e['kind'],
    names: [str(names['ar']), str(names['fr']), str(names['en'])],
    aliases: list(e['aliases']).map((a) => [a['text'], lower(a['language'])]),
    wikidata: str(e['wikidataId']),
    cameo: str(e['cameoActorCode']),
    country: str(obj(e['country'])['id']),
    relations: list(e['relations']).map((r) => ({
      id: r['id'],
      type: r['type'],
      from: obj(r['from'])['id'],
      to: obj(r['to'])['id'],
      status: r['status'],
      evidence: evidenceOurs(r['evidence']),
    })),
  };
};
const entityPeer = (data: unknown) => {
  const e = list(obj(data)['entities'])[0];
  if (!e) return null;
  const aliases = (e['aliases'] as string[] | null) ?? [];
  const languages = (e['aliasLanguages'] as string[] | null) ?? [];
  return {
    id: e['id'],
    kind: e['kind'],
    names: [str(e['name_ar']), str(e['name_fr']), str(e['name_en'])],
    aliases: aliases.map((text, i) => [text, lower(languages[i])]),
    wikidata: str(e['wikidata']),
    cameo: str(e['cameoActor']),
    country: str(list(e['country'])[0]?.['id']),
    relations: list(e['relations']).map((r) => ({
      id: r['id'],
      type: r['type'],
      from: r['fromId'],
      to: r['toId'],
      status: r['status'],
      evidence: evidencePeer(r['evidence']),
    })),
  };
};

const dateOf = (d: Obj) => [str(d['phrase']), str(d['precision']), str(d['earliest']), str(d['latest'])];

const timelineOurs = (data: unknown) => {
  const t = obj(data);
  return {
    totalCount: t['totalCount'],
    hasNextPage: obj(t['pageInfo'])['hasNextPage'],
    entries: list(t['edges']).map((edge) => {
      const node = obj(edge['node']);
      const event = obj(node['event']);
      const titles = obj(event['titles']);
      return {
        id: event['id'],
        type: event['type'],
        titles: [str(titles['ar']), str(titles['fr']), str(titles['en'])],
        date: dateOf(obj(event['date'])),
        place: str(obj(event['place'])['id']),
        roles: [...((node['roles'] as string[] | undefined) ?? [])].sort(),
        evidence: evidenceOurs(event['evidence']),
      };
    }),
  };
};
const timelinePeer = (data: unknown) => {
  const connection = obj(list(obj(data)['entities'])[0]?.['eventsConnection']);
  return {
    totalCount: connection['totalCount'],
    hasNextPage: obj(connection['pageInfo'])['hasNextPage'],
    entries: list(connection['edges']).map((edge) => {
      const e = obj(edge['node']);
      return {
        id: e['id'],
        type: e['type'],
        titles: [str(e['title_ar']), str(e['title_fr']), str(e['title_en'])],
        date: [str(e['datePhrase']), str(e['datePrecision']) ?? 'UNKNOWN', str(e['dateEarliest']), str(e['dateLatest'])],
        place: str(list(e['place'])[0]?.['id']),
        roles: [String(obj(edge['properties'])['role'])],
        evidence: evidencePeer(e['evidence']),
      };
    }),
  };
};

const VIA_ORDER: Readonly<Record<string, number>> = { SELF: 0, PART: 1, COUNTRY_ORGANIZATION: 2 };
type Participant = [id: string, roles: string[], via: string];
const byMembership = (a: Participant, b: Participant) => (VIA_ORDER[a[2]] ?? 9) - (VIA_ORDER[b[2]] ?? 9) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

const timelinePartsOurs = (data: unknown) => {
  const t = obj(data);
  const base = timelineOurs(data);
  return {
    ...base,
    entries: base.entries.map((entry, i) => {
      const node = obj(list(t['edges'])[i]?.['node']);
      const participants = list(node['participants']).map((p): Participant => [
        String(obj(p['entity'])['id']),
        [...((p['roles'] as string[] | undefined) ?? [])].sort(),
        String(p['via']),
      ]);
      return { ...entry, participants: participants.sort(byMembership) };
    }),
  };
};
/** The peer's page, given the timeline's entity and how each member belongs to it (the client's own list). */
const timelinePartsPeer = (self: string, via: ReadonlyMap<string, string>) => (data: unknown) => {
  const connection = obj(obj(data)['eventsConnection']);
  return {
    totalCount: connection['totalCount'],
    hasNextPage: obj(connection['pageInfo'])['hasNextPage'],
    entries: list(connection['edges']).map((edge) => {
      const e = obj(edge['node']);
      const roles = new Map<string, string[]>();
      for (const p of list(obj(e['participantsConnection'])['edges'])) {
        const id = String(obj(p['node'])['id']);
        roles.set(id, [...(roles.get(id) ?? []), String(obj(p['properties'])['role'])]);
      }
      const participants = [...roles].map(([id, r]): Participant => [id, [...r].sort(), via.get(id) ?? '?']);
      return {
        id: e['id'],
        type: e['type'],
        titles: [str(e['title_ar']), str(e['title_fr']), str(e['title_en'])],
        date: [str(e['datePhrase']), str(e['datePrecision']) ?? 'UNKNOWN', str(e['dateEarliest']), str(e['dateLatest'])],
        place: str(list(e['place'])[0]?.['id']),
        roles: [...(roles.get(self) ?? [])].sort(),
        evidence: evidencePeer(e['evidence']),
        participants: participants.sort(byMembership),
      };
    }),
  };
};

const nodeKey = (n: Obj) => `${str(n['id'])}@${str(n['distance']) ?? '-'}:${str(n['nodeType'])}:${str(n['entityKind'] ?? n['eventType'])}`;
const edgeKey = (e: Obj) =>
  `${str(e['id'])}:${str(e['source'])}>${str(e['target'])}:${str(e['type'])}:${str(e['role']) ?? '-'}:${str(e['status']) ?? '-'}`;

const neighborhoodOurs = (data: unknown) => {
  if (data === null || data === undefined) return null;
  const v = obj(data);
  return {
    center: obj(v['center'])['id'],
    nodes: list(v['nodes']).map(nodeKey).sort(),
    edges: list(v['edges']).map(edgeKey).sort(),
    truncated: v['truncated'],
  };
};
const neighborhoodPeer = (limit: number) => (data: unknown) => {
  const d = obj(data);
  const view = d['neighborhood1'] ?? d['neighborhood2'];
  if (view === null || view === undefined) return null;
  const v = obj(view);
  const asNode = (n: Obj) => ({ ...n, labels: { ar: n['label_ar'], fr: n['label_fr'], en: n['label_en'] } }) as unknown as GraphNodeRecord;
  // The library returns the rows; the client keeps the nearest `limit` nodes, as our API does server-side.
  const assembled = assembleNeighborhood(
    asNode(obj(v['center'])),
    list(v['levels']).map((level) => ({
      capped: Boolean(level['capped']),
      rows: list(level['rows']).map((row) => ({ node: asNode(obj(row['node'])), edge: obj(row['edge']) as unknown as GraphEdgeRecord })),
    })),
    limit,
  );
  return {
    center: assembled.center.id,
    nodes: assembled.nodes.map((n) => nodeKey(n as unknown as Obj)).sort(),
    edges: assembled.edges.map((e) => edgeKey(e as unknown as Obj)).sort(),
    truncated: assembled.truncated,
  };
};

const pathsOurs = (data: unknown) =>
  list(obj(data)['paths'])
    .map((p) => [obj(p['start'])['id'], ...list(p['hops']).flatMap((hop) => [edgeKey(obj(hop['edge'])), obj(hop['node'])['id']])].join(' '))
    .sort();
const pathsPeer = (data: unknown) =>
  list(obj(data)['paths'])
    .map((p) => {
      const nodes = list(p['nodes']);
      const edges = list(p['edges']);
      return [nodes[0]?.['id'], ...edges.flatMap((edge, i) => [edgeKey(edge), nodes[i + 1]?.['id']])].join(' ');
    })
    .sort();

const searchOurs = (data: unknown) =>
  list(data).map((hit) => {
    const node = obj(hit['node']);
    const names = obj(node['names'] ?? node['titles']);
    return {
      id: node['id'],
      type: node['__typename'],
      kind: node['kind'] ?? node['type'],
      names: [str(names['ar']), str(names['fr']), str(names['en'])],
      matchedText: hit['matchedText'],
      matchedLanguage: hit['matchedLanguage'],
      score: round(hit['score']),
    };
  });
const searchPeer = (data: unknown) =>
  list(obj(data)['search']).map((hit) => ({
    id: hit['id'],
    type: hit['nodeType'],
    kind: hit['kind'],
    names: [str(hit['name_ar']), str(hit['name_fr']), str(hit['name_en'])],
    matchedText: hit['matchedText'],
    matchedLanguage: hit['matchedLanguage'],
    score: round(hit['score']),
  }));

const statsOurs = (data: unknown) => {
  const s = obj(data);
  return {
    counts: [s['entityCount'], s['eventCount'], s['relationCount'], s['sourceCount'], s['eventsWithoutYear']],
    byKind: list(s['entitiesByKind']).map((k) => [k['kind'], k['count']]),
    byType: list(s['eventsByType']).map((k) => [k['type'], k['count']]),
    byYear: list(s['eventsByYear']).map((k) => [k['year'], k['count']]),
  };
};
const statsPeer = (data: unknown) => {
  const s = obj(obj(data)['stats']);
  return {
    counts: [s['entityCount'], s['eventCount'], s['relationCount'], s['sourceCount'], s['eventsWithoutYear']],
    byKind: list(s['entitiesByKind']).map((k) => [k['key'], k['count']]),
    byType: list(s['eventsByType']).map((k) => [k['key'], k['count']]),
    byYear: list(s['eventsByYear']).map((k) => [k['year'], k['count']]),
  };
};

// --- Parameters, chosen from the loaded graph ---------------------------------------------------------------------------

const offsetCursor = (offset: number) => Buffer.from(`arrayconnection:${offset}`, 'utf8').toString('base64');

async function ids(executor: Executor, query: Cypher, params: Record<string, unknown> = {}): Promise<string[]> {
  const { records } = await executor.read(query, params);
  return records.map((r) => String(r.get('id')));
}

export interface WorkloadOptions {
  /** Parameter sets per workload (requests cycle through them). */
  readonly variety: number;
  readonly log: (line: string) => void;
}

/**
 * Builds the workloads for the loaded dataset: the hub (most events) for the timeline, a spread of entities for
 * lookups, entities whose neighbourhoods fit under the caps (so the answer is fully determined and comparable),
 * pairs with a few shortest paths, pairs with none (an island), and the manifest's search texts.
 */
export async function buildWorkloads(executor: Executor, db: DataLayer, manifest: Manifest, options: WorkloadOptions): Promise<Workload[]> {
  const variety = options.variety;
  const hub = manifest.hubs[0]?.id;
  if (!hub) throw new Error('the manifest names no hub');

  // Entities by id with their relations: every k-th entity in id order, so kinds and degrees vary.
  const { records: total } = await executor.read(cypher`MATCH (e:Entity) RETURN count(e) AS n`);
  const entityCount = Number(total[0]?.get('n') ?? 0);
  const step = Math.max(1, Math.floor(entityCount / variety));
  const lookupIds = await ids(
    executor,
    cypher`MATCH (e:Entity) WITH e ORDER BY e.id WITH collect(e.id) AS allIds UNWIND [i IN range(0, size(allIds) - 1, $step) | allIds[i]][..$n] AS id RETURN id`,
    { step, n: variety },
  );

  // The hub's timeline: the first page, and a page from the middle of it.
  const timelineTree = treeOf(TIMELINE_OURS, {});
  const first = await db.events.timeline({ entityId: hub, first: 20 }, timelineTree);
  const hubTotal = first.totalCount ?? 0;
  const deepOffset = Math.floor(hubTotal / 2);
  const { records: keyRecords } = await executor.read(
    cypher`MATCH (:Entity {id: $id})-[p:PARTICIPATED_IN]->(:Event) WITH DISTINCT p.sortKey AS key ORDER BY key SKIP $skip LIMIT 1 RETURN key`,
    { id: hub, skip: deepOffset - 1 },
  );
  const deepKey = String(keyRecords[0]?.get('key'));
  const deepCursor = encodeCursor('timeline:date-asc', deepKey);

  // The same with parts, for the country with the most events (its parts and organisations take in the hub): the
  // members as our API gathers them, and the sort key at the middle of the merged, de-duplicated list.
  const country = manifest.hubs.find((h) => h.id.startsWith('country:'))?.id;
  if (!country) throw new Error('the manifest names no country among its hubs');
  const { records: memberRecords } = await executor.read(
    cypher`MATCH (x:Entity {id: $id}) ${MEMBERS_OF} UNWIND members AS member RETURN member.node.id AS id, member.via AS via`,
    { id: country, maxMembers: MAX_MEMBERS },
  );
  const memberVia = new Map(memberRecords.map((r) => [String(r.get('id')), String(r.get('via'))]));
  const partsTree = treeOf(TIMELINE_PARTS_OURS, {});
  const partsFirst = await db.events.timeline({ entityId: country, includeParts: true, first: 20 }, partsTree);
  const partsTotal = partsFirst.totalCount ?? 0;
  const partsOffset = Math.floor(partsTotal / 2);
  const { records: partsKeys } = await executor.read(
    cypher`MATCH (m:Entity)-[p:PARTICIPATED_IN]->(:Event) WHERE m.id IN $ids WITH DISTINCT p.sortKey AS key ORDER BY key SKIP $skip LIMIT 1 RETURN key`,
    { ids: [...memberVia.keys()], skip: partsOffset - 1 },
  );
  const partsCursor = encodeCursor('timeline:date-asc', String(partsKeys[0]?.get('key')));

  // Neighbourhoods: candidates by degree, kept only when the answer is complete (not truncated, under the row cap).
  const pickNeighborhoods = async (depth: 1 | 2, limit: number, minDegree: number, maxDegree: number, minNodes: number) => {
    const candidates = await ids(
      executor,
      cypher`MATCH (e:Entity) WITH e, COUNT { (e)-[:${GRAPH_EDGE_PATTERN}]-() } AS degree WHERE degree >= $min AND degree <= $max RETURN e.id AS id ORDER BY e.id LIMIT 200`,
      { min: minDegree, max: maxDegree },
    );
    const kept: string[] = [];
    const tree = treeOf(NEIGHBORHOOD_OURS, {});
    for (const id of candidates) {
      const view = await db.graph.neighborhood({ entityId: id, depth, limit }, tree);
      if (view && !view.truncated && view.nodes.length >= minNodes) kept.push(id);
      if (kept.length >= Math.max(2, Math.floor(variety / 4))) break;
    }
    if (kept.length === 0) throw new Error(`no entity with a complete depth-${depth} neighbourhood`);
    return kept;
  };
  const hood1 = await pickNeighborhoods(1, 100, 20, 60, 10);
  const hood2 = await pickNeighborhoods(2, 500, 3, 8, 30);

  // Connected pairs with 1 to 5 shortest paths of length >= 2 (the answer is then complete under limit 5).
  const pathsTree = treeOf(PATHS_OURS, {});
  const pairs: [string, string][] = [];
  const pool = await ids(
    executor,
    cypher`MATCH (e:Entity) WITH e, COUNT { (e)-[:${GRAPH_EDGE_PATTERN}]-() } AS degree WHERE degree >= 2 AND degree <= 6 RETURN e.id AS id ORDER BY e.id LIMIT 80`,
  );
  for (let i = 0; i + 1 < pool.length && pairs.length < Math.max(2, Math.floor(variety / 4)); i += 2) {
    const [a, b] = [pool[i]!, pool[pool.length - 1 - i]!];
    const found = await db.graph.paths({ fromId: a, toId: b, maxHops: 4, limit: 20 }, pathsTree);
    if (found.paths.length >= 1 && found.paths.length <= 5 && (found.paths[0]?.length ?? 0) >= 2) pairs.push([a, b]);
  }
  if (pairs.length === 0) throw new Error('no connected pair with few shortest paths');
  const island = manifest.islands[0];
  if (!island) throw new Error('the manifest names no island');
  const unreachable: [string, string][] = [hub, ...lookupIds.slice(0, 3)].map((id) => [id, island]);

  options.log(
    `Workload parameters: hub ${hub} (${hubTotal} events, deep page at ${deepOffset}); ` +
      `${country} with parts (${memberVia.size} members, ${partsTotal} events, deep page at ${partsOffset}); ${lookupIds.length} lookups; ` +
      `neighbourhoods ${hood1.join(', ')} (depth 1), ${hood2.join(', ')} (depth 2); ${pairs.length} connected pairs.`,
  );

  const entityParams = lookupIds.map((id) => ({
    label: id,
    ours: { query: ENTITY_OURS, variables: { id } },
    peer: { query: ENTITY_PEER, variables: { id } },
    floor: (d: DataLayer) => d.entities.byId(id, treeOf(ENTITY_OURS, { id })),
  }));
  const timelineParams = (label: string, after: string | null, peerAfter: string | null): Params => ({
    label,
    ours: { query: TIMELINE_OURS, variables: { id: hub, first: 20, after } },
    peer: { query: TIMELINE_PEER, variables: { id: hub, first: 20, after: peerAfter } },
    floor: (d: DataLayer) => d.events.timeline({ entityId: hub, first: 20, after }, timelineTree),
  });
  const timelinePartsParams = (label: string, after: string | null, peerAfter: string | null): Params => ({
    label,
    ours: { query: TIMELINE_PARTS_OURS, variables: { id: country, first: 20, after } },
    peer: { query: TIMELINE_PARTS_PEER, variables: { ids: [...memberVia.keys()], first: 20, after: peerAfter } },
    floor: (d: DataLayer) => d.events.timeline({ entityId: country, includeParts: true, first: 20, after }, partsTree),
  });
  const neighborhoodParams = (entities: string[], depth: 1 | 2, limit: number) =>
    entities.map((id) => ({
      label: id,
      ours: { query: NEIGHBORHOOD_OURS, variables: { id, depth, limit } },
      peer: { query: NEIGHBORHOOD_PEER(depth), variables: { id, limit, rowsPerLevel: Math.min(limit * 4, 2_000) } },
      floor: (d: DataLayer) => d.graph.neighborhood({ entityId: id, depth, limit }, treeOf(NEIGHBORHOOD_OURS, {})),
    }));
  const pathParams = (list: [string, string][]) =>
    list.map(([from, to]) => ({
      label: `${from} → ${to}`,
      ours: { query: PATHS_OURS, variables: { from, to } },
      peer: { query: PATHS_PEER, variables: { from, to } },
      floor: (d: DataLayer) => d.graph.paths({ fromId: from, toId: to, maxHops: 4, limit: 5 }, pathsTree),
    }));
  const searchParams = (texts: readonly string[]) =>
    texts.map((text) => {
      const groups = withoutStopWords(searchKeyGroups(text)).slice(0, MAX_QUERY_WORDS);
      const query = buildFulltextQuery(groups);
      const exact = buildFulltextQuery(groups, { exactOnly: true });
      if (query === null || exact === null) throw new Error(`search text "${text}" has no keys`);
      return {
        label: text,
        ours: { query: SEARCH_OURS, variables: { text } },
        peer: {
          query: SEARCH_PEER,
          variables: { query, exact, first: 10, candidates: 200, needles: keyNeedles(groups), stopWords: STOP_WORDS_LOWER, places: PLACE_KINDS },
        },
        floor: (d: DataLayer) => d.search({ text, first: 10 }, treeOf(SEARCH_OURS, { text })),
      };
    });

  const workloads: Workload[] = [
    {
      name: 'entity',
      description: 'entity by id with its relations and their evidence',
      light: true,
      root: 'entity',
      params: entityParams,
      normalizeOurs: entityOurs,
      normalizePeer: entityPeer,
    },
    {
      name: 'timeline-first',
      description: `the hub's timeline, first page of 20, with totalCount (${hubTotal} events)`,
      light: false,
      root: 'timeline',
      params: [timelineParams('first page', null, null)],
      normalizeOurs: timelineOurs,
      normalizePeer: timelinePeer,
    },
    {
      name: 'timeline-deep',
      description: `the hub's timeline, a page of 20 at offset ${deepOffset}, with totalCount`,
      light: false,
      root: 'timeline',
      params: [timelineParams(`offset ${deepOffset}`, deepCursor, offsetCursor(deepOffset - 1))],
      normalizeOurs: timelineOurs,
      normalizePeer: timelinePeer,
    },
    {
      name: 'timeline-parts-first',
      description: `${country}'s timeline with its parts and organisations (${memberVia.size} members), first page of 20, with totalCount (${partsTotal} events)`,
      light: false,
      root: 'timeline',
      params: [timelinePartsParams('first page', null, null)],
      normalizeOurs: timelinePartsOurs,
      normalizePeer: timelinePartsPeer(country, memberVia),
    },
    {
      name: 'timeline-parts-deep',
      description: `${country}'s timeline with its parts and organisations, a page of 20 at offset ${partsOffset}, with totalCount`,
      light: false,
      root: 'timeline',
      params: [timelinePartsParams(`offset ${partsOffset}`, partsCursor, offsetCursor(partsOffset - 1))],
      normalizeOurs: timelinePartsOurs,
      normalizePeer: timelinePartsPeer(country, memberVia),
    },
    {
      name: 'neighborhood-1',
      description: 'neighbourhood depth 1 (limit 100) of mid-degree entities',
      light: true,
      root: 'neighborhood',
      params: neighborhoodParams(hood1, 1, 100),
      normalizeOurs: neighborhoodOurs,
      normalizePeer: neighborhoodPeer(100),
    },
    {
      name: 'neighborhood-2',
      description: 'neighbourhood depth 2 (limit 500) of low-degree entities',
      light: false,
      root: 'neighborhood',
      params: neighborhoodParams(hood2, 2, 500),
      normalizeOurs: neighborhoodOurs,
      normalizePeer: neighborhoodPeer(500),
    },
    {
      name: 'paths-connected',
      description: 'shortest paths (≤ 4 hops, ≤ 5 paths) between connected entities',
      light: false,
      root: 'paths',
      params: pathParams(pairs),
      normalizeOurs: pathsOurs,
      normalizePeer: pathsPeer,
    },
    {
      name: 'paths-unreachable',
      description: 'shortest paths to an entity no path reaches',
      light: true,
      root: 'paths',
      params: pathParams(unreachable),
      normalizeOurs: pathsOurs,
      normalizePeer: pathsPeer,
    },
    {
      name: 'search-ar',
      description: 'search, Arabic text (variant spellings)',
      light: true,
      root: 'search',
      params: searchParams(manifest.searchTexts.ar),
      normalizeOurs: searchOurs,
      normalizePeer: searchPeer,
    },
    {
      name: 'search-fr',
      description: 'search, French text (no accents)',
      light: true,
      root: 'search',
      params: searchParams(manifest.searchTexts.fr),
      normalizeOurs: searchOurs,
      normalizePeer: searchPeer,
    },
    {
      name: 'search-en',
      description: 'search, English text (transliteration variants)',
      light: true,
      root: 'search',
      params: searchParams(manifest.searchTexts.en),
      normalizeOurs: searchOurs,
      normalizePeer: searchPeer,
    },
    {
      name: 'stats',
      description: 'graph statistics',
      light: false,
      root: 'stats',
      params: [
        {
          label: 'stats',
          ours: { query: STATS_OURS, variables: {} },
          peer: { query: STATS_PEER, variables: {} },
          floor: (d: DataLayer) => d.stats(),
        },
      ],
      normalizeOurs: statsOurs,
      normalizePeer: statsPeer,
    },
  ];
  return workloads;
}
