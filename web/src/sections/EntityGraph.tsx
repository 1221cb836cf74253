import { useMemo, useRef } from 'react';
import { useLocation } from 'wouter';
import { useGraphExpansion } from '../hooks/useGraphExpansion.js';
import { useMessages } from '../i18n/useMessages.js';
import { keepEventTypes } from '../mapping/graph.js';
import { explorerHref, nodePath, pathSegment, useHref, useUrlState } from '../routing.js';
import { DownloadBar } from '../views/DownloadBar.js';
import { GraphView } from '../views/GraphView.js';
import type { GraphElements, GraphViewHandle } from '../views/types.js';
import { EdgeEvidencePanel } from './EdgeEvidencePanel.js';
import { EmbedCode } from '../components/EmbedCode.js';
import { GraphDepthSelect } from '../components/GraphDepthSelect.js';

interface Props {
  readonly entityId: string;
  readonly entityName: string;
  /** The neighbourhood as loaded with the page, at the URL's depth. */
  readonly base: GraphElements;
  readonly depth: number;
  readonly truncated: boolean;
}

/**
 * The entity's relationship graph: click a node to open it, double-click to expand it, click a link to read its
 * quotes (the selected link is kept in the URL); the event types of the timeline's filter apply here too.
 */
export function EntityGraph({ entityId, entityName, base, depth, truncated }: Props) {
  const { t, language } = useMessages();
  const href = useHref();
  const [, navigate] = useLocation();
  const { params, list, update } = useUrlState();
  const types = list('types');
  const typesKey = types.join(',');
  const graphRef = useRef<GraphViewHandle>(null);
  const filtered = useMemo(() => keepEventTypes(base, typesKey ? typesKey.split(',') : []), [base, typesKey]);
  const expansion = useGraphExpansion(filtered, language);
  const { expand, expanding } = expansion;
  // Expanded nodes bring events of every type: the filter applies to them too.
  const elements = useMemo(() => keepEventTypes(expansion.elements, typesKey ? typesKey.split(',') : []), [expansion.elements, typesKey]);
  const edgeId = params.get('edge');
  const selectedEdge = elements.edges.find(({ data }) => data.id === edgeId)?.data ?? null;
  const expandingNode = expanding ? elements.nodes.find(({ data }) => data.id === expanding)?.data.label : undefined;
  const embedPath = explorerHref(`/embed/graph/${pathSegment(entityId)}`, language, { depth: depth === 1 ? null : depth, types });

  const open = (nodeId: string) => {
    const node = elements.nodes.find(({ data }) => data.id === nodeId);
    if (node) navigate(href(nodePath(nodeId, node.data.nodeType === 'EVENT')));
  };

  return (
    <section className="view-section" aria-labelledby="graph-heading">
      <h2 id="graph-heading">{t('entity.graph')}</h2>
      <GraphDepthSelect depth={depth} onChange={(next) => update({ depth: next === 1 ? null : next, edge: null })} />
      {truncated && <p className="notice">{t('entity.truncated')}</p>}
      <div className="graph-layout">
        <GraphView
          ref={graphRef}
          elements={elements}
          language={language}
          centreId={entityId}
          onOpenNode={open}
          onExpandNode={expand}
          onSelectEdge={(edge) => update({ edge: edge.id }, { replace: true })}
          selectedEdgeId={edgeId}
          headingLevel={3}
          title={t('embed.graphTitle', { name: entityName })}
        />
        <EdgeEvidencePanel edge={selectedEdge} elements={elements} onClose={() => update({ edge: null }, { replace: true })} />
      </div>
      <p role="status" className="muted">
        {expandingNode ? t('entity.expanding', { name: expandingNode }) : ''}
      </p>
      <div className="view-actions">
        <DownloadBar language={language} name={`${entityId}-graph`} graph={elements} png={() => graphRef.current?.exportPng() ?? null} />
        <EmbedCode view="graph" path={embedPath} title={t('embed.graphTitle', { name: entityName })} height={600} />
      </div>
    </section>
  );
}
