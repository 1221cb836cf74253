import type { EvidenceRecord, GraphEdgeRecord, GraphNodeRecord, LanguageCode } from '../db/records.js';
import { pick } from './labels.js';

/**
 * Cytoscape.js elements JSON (`cytoscape({ elements })` or `cy.add(elements)`): every node and edge as `{ data }`
 * with a unique id, edges referencing node ids, labels in the requested language plus all three, and each
 * edge's evidence so a click can show the quotes.
 */
export interface CytoscapeElements {
  readonly nodes: readonly { readonly data: Record<string, unknown> }[];
  readonly edges: readonly { readonly data: Record<string, unknown> }[];
}

export function toCytoscape(
  nodes: readonly GraphNodeRecord[],
  edges: readonly GraphEdgeRecord[],
  language: LanguageCode = 'EN',
): CytoscapeElements {
  const nodeIds = new Set<string>();
  const cyNodes = [];
  for (const node of nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    cyNodes.push({
      data: {
        id: node.id,
        label: pick(node.labels, language),
        label_ar: node.labels.ar,
        label_fr: node.labels.fr,
        label_en: node.labels.en,
        nodeType: node.nodeType,
        kind: node.entityKind ?? node.eventType,
        ...(node.distance === null ? {} : { distance: node.distance }),
        ...(node.date ? { date: node.date.phrase, dateEarliest: node.date.earliest, dateLatest: node.date.latest, datePrecision: node.date.precision } : {}),
      },
    });
  }
  const edgeIds = new Set<string>();
  const cyEdges = [];
  for (const edge of edges) {
    if (edgeIds.has(edge.id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edgeIds.add(edge.id);
    cyEdges.push({
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: edge.role ?? edge.type,
        ...(edge.role ? { role: edge.role } : {}),
        status: edge.status,
        evidence: (edge.evidence ?? []).map(evidenceData),
      },
    });
  }
  return { nodes: cyNodes, edges: cyEdges };
}

function evidenceData(evidence: EvidenceRecord) {
  return {
    quote: evidence.quote,
    start: evidence.start,
    end: evidence.end,
    statementKind: evidence.statementKind,
    stance: evidence.stance,
    sourceId: evidence.source?.id ?? null,
    sourceTitle: evidence.source?.title ?? null,
  };
}
