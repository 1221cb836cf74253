/**
 * A graph view as GraphML (yEd, Gephi, NetworkX, igraph): directed, every attribute declared as a <key> first,
 * labels in the reader's language plus all three, codes with their labels, and each edge's quotes.
 */
import { edgeText, nodeKindText, nodeText } from './graph-elements.js';
import type { GraphElements, UiLanguage } from './types.js';
import { escapeXml, xmlAttributes } from './xml.js';

export const GRAPHML_MIME = 'application/graphml+xml';

type Value = string | number | null | undefined;

const NODE_KEYS = [
  'label',
  'kind',
  'kindLabel',
  'type',
  'label_ar',
  'label_fr',
  'label_en',
  'datePhrase',
  'datePrecision',
  'dateEarliest',
  'dateLatest',
  'distance',
] as const;
const EDGE_KEYS = ['label', 'type', 'role', 'status', 'evidenceCount', 'quotes'] as const;
const INTEGER_KEYS = new Set<string>(['distance', 'evidenceCount']);

function key(id: string, name: string, target: 'node' | 'edge'): string {
  return `  <key${xmlAttributes({ id, for: target, 'attr.name': name, 'attr.type': INTEGER_KEYS.has(name) ? 'int' : 'string' })}/>\n`;
}

function data(prefix: string, values: Readonly<Record<string, Value>>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => `      <data key="${prefix}${name}">${escapeXml(value as string | number)}</data>\n`)
    .join('');
}

export function graphToGraphml(elements: GraphElements, language: UiLanguage = 'en'): string {
  const nodes = elements.nodes.map(({ data: node }) => {
    const values = {
      label: nodeText(node, language).text,
      kind: node.kind,
      kindLabel: nodeKindText(node, language),
      type: node.nodeType,
      label_ar: node.label_ar,
      label_fr: node.label_fr,
      label_en: node.label_en,
      datePhrase: node.date,
      datePrecision: node.datePrecision,
      dateEarliest: node.dateEarliest,
      dateLatest: node.dateLatest,
      distance: node.distance,
    };
    return `    <node${xmlAttributes({ id: node.id })}>\n${data('n_', values)}    </node>\n`;
  });
  const edges = elements.edges.map(({ data: edge }) => {
    const values = {
      label: edgeText(edge, language),
      type: edge.type,
      role: edge.role,
      status: edge.status,
      evidenceCount: edge.evidence.length,
      quotes: edge.evidence.map((evidence) => evidence.quote).join('\n'),
    };
    return `    <edge${xmlAttributes({ id: edge.id, source: edge.source, target: edge.target })}>\n${data('e_', values)}    </edge>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    NODE_KEYS.map((name) => key(`n_${name}`, name, 'node')).join('') +
    EDGE_KEYS.map((name) => key(`e_${name}`, name, 'edge')).join('') +
    '  <graph id="G" edgedefault="directed">\n' +
    nodes.join('') +
    edges.join('') +
    '  </graph>\n</graphml>\n'
  );
}
