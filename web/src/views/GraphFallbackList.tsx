import { useId } from 'react';
import { edgeText, nodeKindText, nodeText } from './graph-elements.js';
import { viewMessage } from './messages.js';
import type { GraphEdgeData, GraphElements, UiLanguage } from './types.js';

interface GraphFallbackListProps {
  readonly elements: GraphElements;
  readonly language: UiLanguage;
  readonly headingLevel: 3 | 4 | 5;
  readonly onOpenNode?: (nodeId: string) => void;
  readonly onExpandNode?: (nodeId: string) => void;
  readonly onSelectEdge?: (edge: GraphEdgeData) => void;
}

/**
 * The graph as text for screen readers and keyboards: every node with its kind, every link with its label and
 * quotes button. Visually hidden until something in it takes the focus, then shown as a panel.
 */
export function GraphFallbackList({ elements, language, headingLevel, onOpenNode, onExpandNode, onSelectEdge }: GraphFallbackListProps) {
  const nodesId = useId();
  const edgesId = useId();
  const t = (key: Parameters<typeof viewMessage>[0], params?: Record<string, string | number>) => viewMessage(key, language, params);
  const names = new Map(elements.nodes.map((node) => [node.data.id, nodeText(node.data, language)]));
  const Heading = `h${headingLevel}` as const;
  const name = (id: string) => {
    const text = names.get(id) ?? { text: id };
    return (
      <bdi lang={text.language} dir="auto">
        {text.text}
      </bdi>
    );
  };
  return (
    <div className="gv-a11y">
      <Heading id={nodesId}>{t('graphNodes')}</Heading>
      <ul aria-labelledby={nodesId}>
        {elements.nodes.map(({ data }) => (
          <li key={data.id} data-testid="graph-node" data-node-id={data.id} data-node-type={data.nodeType} data-kind={data.kind ?? ''}>
            {name(data.id)} <span className="gv-a11y-kind">({nodeKindText(data, language)})</span>
            {onOpenNode && (
              <button type="button" className="views-button" onClick={() => onOpenNode(data.id)}>
                {t('open')} <span className="views-sr-only">{names.get(data.id)?.text}</span>
              </button>
            )}
            {onExpandNode && (
              <button type="button" className="views-button" onClick={() => onExpandNode(data.id)}>
                {t('expand')} <span className="views-sr-only">{names.get(data.id)?.text}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <Heading id={edgesId}>{t('graphEdges')}</Heading>
      <ul aria-labelledby={edgesId}>
        {elements.edges.map(({ data }) => (
          <li
            key={data.id}
            data-testid="graph-edge"
            data-edge-id={data.id}
            data-source={data.source}
            data-target={data.target}
            data-type={data.type}
            data-role={data.role ?? ''}
            data-status={data.status}
          >
            {name(data.source)} {t('linkArrow')} <span className="gv-a11y-edge">{edgeText(data, language)}</span> {t('linkArrow')} {name(data.target)}
            {onSelectEdge && data.evidence.length > 0 && (
              <button type="button" className="views-button" onClick={() => onSelectEdge(data)}>
                {t('showEvidence', { count: data.evidence.length })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
