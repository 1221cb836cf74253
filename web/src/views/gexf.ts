/**
 * A graph view as GEXF 1.3, the format Gephi opens natively: directed and static, node and edge attributes
 * declared before use. Gephi reserves the column names id, label, type, kind and weight, so the codes go in
 * `node_type`, `edge_type` and friends, and the label in the reader's language is the element's own label.
 */
import { edgeText, nodeKindText, nodeText } from './graph-elements.js';
import type { GraphElements, UiLanguage } from './types.js';
import { escapeXml, xmlAttributes } from './xml.js';

export const GEXF_MIME = 'application/gexf+xml';

type Value = string | number | null | undefined;

const NODE_ATTRIBUTES = [
  ['kind_code', 'string'],
  ['kind_label', 'string'],
  ['node_type', 'string'],
  ['label_ar', 'string'],
  ['label_fr', 'string'],
  ['label_en', 'string'],
  ['date_phrase', 'string'],
  ['date_precision', 'string'],
  ['date_earliest', 'string'],
  ['date_latest', 'string'],
  ['distance', 'integer'],
] as const;
const EDGE_ATTRIBUTES = [
  ['edge_type', 'string'],
  ['role', 'string'],
  ['status', 'string'],
  ['evidence_count', 'integer'],
  ['quotes', 'string'],
] as const;

function declarations(target: 'node' | 'edge', attributes: readonly (readonly [string, string])[]): string {
  const lines = attributes.map(([id, type]) => `      <attribute${xmlAttributes({ id, title: id, type })}/>\n`);
  return `    <attributes class="${target}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues(values: Readonly<Record<string, Value>>): string {
  const lines = Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => `          <attvalue${xmlAttributes({ for: name, value })}/>\n`);
  return lines.length ? `        <attvalues>\n${lines.join('')}        </attvalues>\n` : '';
}

/** `today` is the file's last-modified date (YYYY-MM-DD), given by tests to keep the output fixed. */
export function graphToGexf(elements: GraphElements, language: UiLanguage = 'en', today = new Date().toISOString().slice(0, 10)): string {
  const nodes = elements.nodes.map(({ data: node }) => {
    const values = {
      kind_code: node.kind,
      kind_label: nodeKindText(node, language),
      node_type: node.nodeType,
      label_ar: node.label_ar,
      label_fr: node.label_fr,
      label_en: node.label_en,
      date_phrase: node.date,
      date_precision: node.datePrecision,
      date_earliest: node.dateEarliest,
      date_latest: node.dateLatest,
      distance: node.distance,
    };
    return `      <node${xmlAttributes({ id: node.id, label: nodeText(node, language).text })}>\n${attvalues(values)}      </node>\n`;
  });
  const edges = elements.edges.map(({ data: edge }) => {
    const values = {
      edge_type: edge.type,
      role: edge.role,
      status: edge.status,
      evidence_count: edge.evidence.length,
      quotes: edge.evidence.map((evidence) => evidence.quote).join('\n'),
    };
    const attributes = { id: edge.id, source: edge.source, target: edge.target, label: edgeText(edge, language) };
    return `      <edge${xmlAttributes(attributes)}>\n${attvalues(values)}      </edge>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${escapeXml(today)}">\n    <creator>security-cooperation-graph explorer</creator>\n  </meta>\n` +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    declarations('node', NODE_ATTRIBUTES) +
    declarations('edge', EDGE_ATTRIBUTES) +
    `    <nodes>\n${nodes.join('')}    </nodes>\n` +
    `    <edges>\n${edges.join('')}    </edges>\n` +
    '  </graph>\n</gexf>\n'
  );
}
