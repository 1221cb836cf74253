import type { EvidenceRecord, GraphEdgeRecord, GraphNodeRecord, NeighborhoodRecord, PathsRecord } from '../db/records.js';
import { dateText, label, uiLanguage, type UiLanguage } from '../domain/labels.js';
import { knownLanguage } from './html.js';
import { pickText, type ExportLanguage } from './labels.js';

/**
 * Cytoscape.js elements JSON (`cytoscape({ elements })` or `cy.add(elements)`): every node and edge as `{ data }`
 * with a unique id, edges referencing node ids. Display fields are in the requested language (`label`,
 * `kindLabel`, `typeLabel`, `roleLabel`, `statusLabel`, `dateText`, evidence `statementKindLabel`); the codes
 * beside them (CYTOSCAPE_CODE_FIELDS) are the API's enum values, for selectors such as `node[kind = "PERSON"]`.
 * Each edge carries its evidence so a click can show the quotes.
 */
export interface CytoscapeElement {
  readonly data: Readonly<Record<string, unknown>>;
}

export interface CytoscapeElements {
  readonly nodes: readonly CytoscapeElement[];
  readonly edges: readonly CytoscapeElement[];
}

/** The data fields that hold ids, codes or dates rather than text to show; every other string is in the export's language. */
export const CYTOSCAPE_CODE_FIELDS = [
  'id',
  'source',
  'target',
  'nodeType',
  'kind',
  'type',
  'role',
  'status',
  'statementKind',
  'stance',
  'datePrecision',
  'dateEarliest',
  'dateLatest',
  'sourceId',
  'sourceLanguage',
  'labelLanguage',
  'endpoint',
] as const;

export function toCytoscape(
  nodes: readonly GraphNodeRecord[],
  edges: readonly GraphEdgeRecord[],
  language: ExportLanguage = 'EN',
): CytoscapeElements {
  const lang = uiLanguage(language);
  const nodeIds = new Set<string>();
  const cyNodes: CytoscapeElement[] = [];
  for (const node of nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    cyNodes.push({ data: nodeData(node, lang) });
  }
  const edgeIds = new Set<string>();
  const cyEdges: CytoscapeElement[] = [];
  for (const edge of edges) {
    if (edgeIds.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edgeIds.add(edge.id);
    cyEdges.push({ data: edgeData(edge, lang) });
  }
  return { nodes: cyNodes, edges: cyEdges };
}

/** A neighbourhood as elements: its nodes (centre at distance 0) and the edges between them. */
export function neighborhoodToCytoscape(view: NeighborhoodRecord, language: ExportLanguage = 'EN'): CytoscapeElements {
  return toCytoscape(view.nodes, view.edges, language);
}

/**
 * The union of shortest paths as elements. Each node and edge has `pathIndexes`, the indexes (into
 * `PathsResult.paths`) of the paths it lies on, so an app can highlight one path; the start node has
 * `endpoint: 'from'` and the end node `endpoint: 'to'`.
 */
export function pathsToCytoscape(result: PathsRecord, language: ExportLanguage = 'EN'): CytoscapeElements {
  const nodeIndexes = new Map<string, number[]>();
  const edgeIndexes = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, id: string, index: number) => {
    const indexes = map.get(id) ?? [];
    if (!indexes.includes(index)) indexes.push(index);
    map.set(id, indexes);
  };
  result.paths.forEach((path, index) => {
    note(nodeIndexes, path.start.id, index);
    for (const hop of path.hops) {
      note(nodeIndexes, hop.node.id, index);
      note(edgeIndexes, hop.edge.id, index);
    }
  });
  const first = result.paths[0];
  const from = first?.start.id;
  const to = first ? (first.hops[first.hops.length - 1]?.node.id ?? first.start.id) : undefined;
  const elements = toCytoscape(
    result.paths.flatMap((path) => [path.start, ...path.hops.map((hop) => hop.node)]),
    result.paths.flatMap((path) => path.hops.map((hop) => hop.edge)),
    language,
  );
  const endpoint = (id: string) => (id === from ? { endpoint: 'from' } : id === to ? { endpoint: 'to' } : {});
  return {
    nodes: elements.nodes.map(({ data }) => {
      const id = data['id'] as string;
      return { data: { ...data, pathIndexes: nodeIndexes.get(id) ?? [], ...endpoint(id) } };
    }),
    edges: elements.edges.map(({ data }) => ({ data: { ...data, pathIndexes: edgeIndexes.get(data['id'] as string) ?? [] } })),
  };
}

function nodeData(node: GraphNodeRecord, lang: UiLanguage): Record<string, unknown> {
  const picked = pickText(node.labels, lang);
  const kind = node.entityKind ?? node.eventType;
  return {
    id: node.id,
    label: picked?.text ?? node.id,
    ...(picked && picked.language !== lang ? { labelLanguage: picked.language } : {}),
    label_ar: node.labels.ar,
    label_fr: node.labels.fr,
    label_en: node.labels.en,
    nodeType: node.nodeType,
    nodeTypeLabel: label('GraphNodeType', node.nodeType, lang),
    kind,
    kindLabel: node.entityKind ? label('EntityKind', node.entityKind, lang) : node.eventType ? label('EventType', node.eventType, lang) : null,
    ...(node.distance === null ? {} : { distance: node.distance }),
    ...(node.date
      ? {
          date: node.date.phrase,
          dateText: dateText(node.date, lang),
          dateEarliest: node.date.earliest,
          dateLatest: node.date.latest,
          datePrecision: node.date.precision,
        }
      : {}),
  };
}

function edgeData(edge: GraphEdgeRecord, lang: UiLanguage): Record<string, unknown> {
  const typeLabel = label('GraphEdgeType', edge.type, lang);
  const roleLabel = edge.role ? label('ParticipantRole', edge.role, lang) : null;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    typeLabel,
    // What a drawn edge says: the participant's role ("host"), else the relation ("heads", "took place in").
    label: roleLabel ?? typeLabel,
    ...(edge.role ? { role: edge.role, roleLabel } : {}),
    status: edge.status,
    statusLabel: label('EvidenceStatus', edge.status, lang),
    evidence: (edge.evidence ?? []).map((evidence) => evidenceData(evidence, lang)),
  };
}

function evidenceData(evidence: EvidenceRecord, lang: UiLanguage) {
  return {
    quote: evidence.quote,
    start: evidence.start,
    end: evidence.end,
    statementKind: evidence.statementKind,
    statementKindLabel: label('StatementKind', evidence.statementKind, lang),
    stance: evidence.stance,
    stanceLabel: label('Stance', evidence.stance, lang),
    sourceId: evidence.source?.id ?? null,
    sourceTitle: evidence.source?.title ?? null,
    sourceLanguage: knownLanguage(evidence.source?.language),
  };
}
