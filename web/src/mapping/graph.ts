/**
 * From the typed graph results (neighbourhoods, paths, an expanded event) to the graph view's elements, shaped
 * like the API's Cytoscape export (src/exports/cytoscape.ts), and the merging of an expansion into a graph.
 */
import type { EntityRef, EvidenceResult, ExpandedEvent, GraphEdgeResult, GraphNodeResult } from '../api/shapes.js';
import type { UiLanguage } from '../i18n/language.js';
import { pickText } from '../i18n/localized.js';
import type { GraphEdgeData, GraphElements, GraphEvidence, GraphNodeData } from '../views/types.js';

export function evidenceData(evidence: EvidenceResult): GraphEvidence {
  return {
    quote: evidence.quote,
    start: evidence.start,
    end: evidence.end,
    statementKind: evidence.statementKind,
    stance: evidence.stance,
    sourceId: evidence.source.id,
    sourceTitle: evidence.source.title,
  };
}

export function nodeData(node: GraphNodeResult, language: UiLanguage): GraphNodeData {
  return {
    id: node.id,
    label: pickText(node.labels, language)?.text ?? node.id,
    label_ar: node.labels.ar ?? null,
    label_fr: node.labels.fr ?? null,
    label_en: node.labels.en ?? null,
    nodeType: node.nodeType,
    kind: node.entityKind ?? node.eventType ?? null,
    distance: node.distance ?? null,
    ...(node.date
      ? {
          date: node.date.phrase ?? null,
          dateEarliest: node.date.earliest ?? null,
          dateLatest: node.date.latest ?? null,
          datePrecision: node.date.precision,
        }
      : {}),
  };
}

export function edgeData(edge: GraphEdgeResult): GraphEdgeData {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: edge.role ?? edge.type,
    role: edge.role ?? null,
    status: edge.status,
    evidence: edge.evidence.map(evidenceData),
  };
}

/** Graph elements from nodes and edges, each id once, edges only between nodes present. */
export function graphElements(nodes: readonly GraphNodeResult[], edges: readonly GraphEdgeResult[], language: UiLanguage): GraphElements {
  return mergeElements(
    { nodes: [], edges: [] },
    { nodes: nodes.map((node) => ({ data: nodeData(node, language) })), edges: edges.map((edge) => ({ data: edgeData(edge) })) },
  );
}

/** A graph with another one's nodes and edges added; what is already there stays as it was (distances kept). */
export function mergeElements(base: GraphElements, added: GraphElements): GraphElements {
  const nodeIds = new Set(base.nodes.map((node) => node.data.id));
  const nodes = [...base.nodes];
  for (const node of added.nodes) {
    if (nodeIds.has(node.data.id)) continue;
    nodeIds.add(node.data.id);
    nodes.push(node);
  }
  const edgeIds = new Set(base.edges.map((edge) => edge.data.id));
  const edges = [...base.edges];
  for (const edge of added.edges) {
    if (edgeIds.has(edge.data.id) || !nodeIds.has(edge.data.source) || !nodeIds.has(edge.data.target)) continue;
    edgeIds.add(edge.data.id);
    edges.push(edge);
  }
  return { nodes, edges };
}

function entityNode(entity: EntityRef, language: UiLanguage): { data: GraphNodeData } {
  return {
    data: {
      id: entity.id,
      label: pickText(entity.names, language)?.text ?? entity.id,
      label_ar: entity.names.ar ?? null,
      label_fr: entity.names.fr ?? null,
      label_en: entity.names.en ?? null,
      nodeType: 'ENTITY',
      kind: entity.kind,
      distance: null,
    },
  };
}

/**
 * An event's participants and place as graph elements, with the ids and directions the neighbourhood uses
 * (participation id, entity → event; '<eventId>/place', event → place), so they merge with it.
 */
export function eventElements(event: ExpandedEvent, language: UiLanguage): GraphElements {
  const nodes = event.participants.map((participant) => entityNode(participant.entity, language));
  const edges: { data: GraphEdgeData }[] = event.participants.map((participant) => ({
    data: {
      id: participant.id,
      source: participant.entity.id,
      target: event.id,
      type: 'PARTICIPATED_IN',
      label: participant.role,
      role: participant.role,
      status: participant.status,
      evidence: participant.evidence.map(evidenceData),
    },
  }));
  if (event.place) {
    nodes.push(entityNode(event.place, language));
    edges.push({
      data: {
        id: `${event.id}/place`,
        source: event.id,
        target: event.place.id,
        type: 'OCCURRED_IN',
        label: 'OCCURRED_IN',
        role: null,
        status: event.status,
        evidence: event.evidence.map(evidenceData),
      },
    });
  }
  return { nodes, edges };
}

/** Only the events of the given types (all when none is given), with the edges left dangling removed. */
export function keepEventTypes(elements: GraphElements, types: readonly string[]): GraphElements {
  if (types.length === 0) return elements;
  const nodes = elements.nodes.filter(({ data }) => data.nodeType !== 'EVENT' || (data.kind !== null && types.includes(data.kind)));
  const ids = new Set(nodes.map(({ data }) => data.id));
  return { nodes, edges: elements.edges.filter(({ data }) => ids.has(data.source) && ids.has(data.target)) };
}
