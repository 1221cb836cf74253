/**
 * From the API's Cytoscape elements to what the graph view draws and lists, pure: each node's label in the
 * reader's language (and the language it is really in), each edge's label translated from its role or type.
 */
import { label } from '../../../src/domain/labels.js';
import { kindColour, kindShape } from './palette.js';
import type { GraphEdgeData, GraphElements, GraphNodeData, TextInLanguage, UiLanguage } from './types.js';

const FALLBACK: readonly UiLanguage[] = ['en', 'fr', 'ar'];

/** A node's name in the language, else English, French, Arabic; else its export label in an unknown language. */
export function nodeText(node: GraphNodeData, language: UiLanguage): TextInLanguage {
  for (const candidate of [language, ...FALLBACK]) {
    const text = node[`label_${candidate}`];
    if (text) return { text, language: candidate };
  }
  return { text: node.label || node.id };
}

/** What an edge says, in the language: the participant's role, else the edge type (a relation, a place). */
export function edgeText(edge: GraphEdgeData, language: UiLanguage): string {
  return edge.role ? label('ParticipantRole', edge.role, language) : label('GraphEdgeType', edge.type, language);
}

/** What a node is, in the language: the entity kind or the event type. */
export function nodeKindText(node: GraphNodeData, language: UiLanguage): string {
  if (!node.kind) return label('GraphNodeType', node.nodeType, language);
  return label(node.nodeType === 'EVENT' ? 'EventType' : 'EntityKind', node.kind, language);
}

/** The data Cytoscape draws with; the stylesheet maps its fields (see ./graph-style.ts). */
export interface DrawnNode {
  readonly data: {
    readonly id: string;
    readonly display: string;
    readonly colour: string;
    readonly shape: string;
    readonly nodeType: GraphNodeData['nodeType'];
    readonly centre: 'yes' | 'no';
  };
}

export interface DrawnEdge {
  readonly data: {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly display: string;
    readonly relation: 'participation' | 'place' | 'relation';
    readonly status: GraphEdgeData['status'];
  };
}

/** The elements to draw; an edge whose end is missing is left out (Cytoscape would refuse it). */
export function drawableElements(elements: GraphElements, language: UiLanguage, centreId?: string): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  const ids = new Set(elements.nodes.map((node) => node.data.id));
  const nodes = elements.nodes.map(({ data }) => ({
    data: {
      id: data.id,
      display: nodeText(data, language).text,
      colour: kindColour(data.nodeType, data.kind),
      shape: kindShape(data.nodeType, data.kind),
      nodeType: data.nodeType,
      centre: (centreId ? data.id === centreId : data.distance === 0) ? ('yes' as const) : ('no' as const),
    },
  }));
  const edges = elements.edges
    .filter(({ data }) => ids.has(data.source) && ids.has(data.target))
    .map(({ data }) => ({
      data: {
        id: data.id,
        source: data.source,
        target: data.target,
        display: edgeText(data, language),
        relation:
          data.type === 'PARTICIPATED_IN' ? ('participation' as const) : data.type === 'OCCURRED_IN' ? ('place' as const) : ('relation' as const),
        status: data.status,
      },
    }));
  return { nodes, edges };
}

/** The kinds present, for the legend: one entry per entity kind or event type, in first-seen order. */
export function legendEntries(elements: GraphElements, language: UiLanguage): { key: string; text: string; colour: string; shape: string }[] {
  const seen = new Map<string, { key: string; text: string; colour: string; shape: string }>();
  for (const { data } of elements.nodes) {
    const key = `${data.nodeType}:${data.kind ?? ''}`;
    if (!seen.has(key)) {
      seen.set(key, {
        key,
        text: nodeKindText(data, language),
        colour: kindColour(data.nodeType, data.kind),
        shape: kindShape(data.nodeType, data.kind),
      });
    }
  }
  return [...seen.values()];
}
