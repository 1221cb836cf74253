import { label } from '../../../src/domain/labels.js';
import { legendEntries } from './graph-elements.js';
import { viewMessage } from './messages.js';
import type { GraphElements, UiLanguage } from './types.js';

interface GraphLegendProps {
  readonly elements: GraphElements;
  readonly language: UiLanguage;
}

/** The shapes and colours of the kinds drawn, and the line styles of the kinds of links. */
export function GraphLegend({ elements, language }: GraphLegendProps) {
  const entries = legendEntries(elements, language);
  const types = new Set(elements.edges.map((edge) => edge.data.type));
  const lines = [
    { key: 'participation', show: types.has('PARTICIPATED_IN'), text: label('GraphEdgeType', 'PARTICIPATED_IN', language) },
    { key: 'place', show: types.has('OCCURRED_IN'), text: label('GraphEdgeType', 'OCCURRED_IN', language) },
    {
      key: 'relation',
      show: [...types].some((type) => type !== 'PARTICIPATED_IN' && type !== 'OCCURRED_IN'),
      text: viewMessage('relationEdge', language),
    },
    { key: 'disputed', show: elements.edges.some((edge) => edge.data.status === 'DISPUTED'), text: label('EvidenceStatus', 'DISPUTED', language) },
  ].filter((line) => line.show);
  if (entries.length === 0) return null;
  return (
    <ul className="gv-legend" aria-label={viewMessage('graphLegend', language)}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <span className="gv-shape" data-shape={entry.shape} style={{ background: entry.colour }} aria-hidden="true" />
          {entry.text}
        </li>
      ))}
      {lines.map((line) => (
        <li key={line.key}>
          <span className="gv-line" data-line={line.key} aria-hidden="true" />
          {line.text}
        </li>
      ))}
    </ul>
  );
}
