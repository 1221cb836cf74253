import { forwardRef, useEffect, useId, useImperativeHandle, useRef } from 'react';
import { GraphFallbackList } from './GraphFallbackList.js';
import { GraphLegend } from './GraphLegend.js';
import { directionOf, viewMessage } from './messages.js';
import type { GraphEdgeData, GraphElements, GraphViewHandle, UiLanguage } from './types.js';
import { fitGraph, useCytoscape } from './useCytoscape.js';
import './views.css';
import './graph.css';

export interface GraphViewProps {
  readonly elements: GraphElements;
  readonly language: UiLanguage;
  /** The node drawn as the centre; by default the node at distance 0. */
  readonly centreId?: string;
  /** A click on a node (or its "Open" button in the list). */
  readonly onOpenNode?: (nodeId: string) => void;
  /** A double click or right click on a node, or the "Expand" buttons: the page adds its neighbours. */
  readonly onExpandNode?: (nodeId: string) => void;
  /** A click on an edge: the page shows its quotes. */
  readonly onSelectEdge?: (edge: GraphEdgeData) => void;
  /** The edge shown as selected (controlled by the page, e.g. from its URL). */
  readonly selectedEdgeId?: string | null;
  /** The drawing's height in CSS pixels (480 by default). */
  readonly height?: number;
  readonly headingLevel?: 2 | 3 | 4;
  /** The view's accessible name; "Relationship graph" in the language by default. */
  readonly title?: string;
}

/**
 * A relationship graph drawn by Cytoscape.js with the fCoSE layout (see ./useCytoscape.ts), its accessible twin
 * listed in visually hidden text, a legend, and zoom and fit buttons.
 */
export const GraphView = forwardRef<GraphViewHandle, GraphViewProps>(function GraphView(props, ref) {
  const { elements, language, centreId, selectedEdgeId, height = 480, headingLevel = 3 } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const {
    cy: cyRef,
    ready,
    selectedNode,
  } = useCytoscape(containerRef, elements, language, centreId, {
    onOpenNode: props.onOpenNode,
    onExpandNode: props.onExpandNode,
    onSelectEdge: props.onSelectEdge,
  });
  const headingId = useId();
  const t = (key: Parameters<typeof viewMessage>[0]) => viewMessage(key, language);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.edges(':selected').unselect();
    if (selectedEdgeId) cy.getElementById(selectedEdgeId).select();
  }, [selectedEdgeId, elements]);

  useImperativeHandle(
    ref,
    () => ({
      exportPng: () => cyRef.current?.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4096, maxHeight: 4096 }) ?? null,
      fit: () => cyRef.current && fitGraph(cyRef.current),
    }),
    [],
  );

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const Heading = `h${headingLevel}` as const;

  return (
    <section
      className="gv"
      data-testid="graph"
      data-ready={ready}
      data-node-count={elements.nodes.length}
      data-edge-count={elements.edges.length}
      lang={language}
      dir={directionOf(language)}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="views-sr-only">
        {props.title ?? t('graph')}
      </Heading>
      <div className="gv-toolbar">
        <button type="button" className="views-button" aria-label={t('zoomIn')} title={t('zoomIn')} onClick={() => zoomBy(1.25)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="views-button" aria-label={t('zoomOut')} title={t('zoomOut')} onClick={() => zoomBy(0.8)}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="views-button" onClick={() => cyRef.current && fitGraph(cyRef.current)}>
          {t('fit')}
        </button>
        {props.onExpandNode && (
          <button type="button" className="views-button" disabled={!selectedNode} onClick={() => selectedNode && props.onExpandNode?.(selectedNode)}>
            {t('expandSelected')}
          </button>
        )}
      </div>
      <div ref={containerRef} className="gv-canvas" style={{ height }} aria-hidden="true" />
      <p className="gv-hint">{t(props.onExpandNode ? 'graphHint' : 'graphHintNoExpand')}</p>
      <GraphLegend elements={elements} language={language} />
      <GraphFallbackList
        elements={elements}
        language={language}
        headingLevel={(headingLevel + 1) as 3 | 4 | 5}
        onOpenNode={props.onOpenNode}
        onExpandNode={props.onExpandNode}
        onSelectEdge={props.onSelectEdge}
      />
    </section>
  );
});
