import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Core, ElementDefinition, EventObject, SingularElementReturnValue } from 'cytoscape';
import { cytoscape, fcoseLayout } from './cytoscape-setup.js';
import { drawableElements, type DrawnEdge } from './graph-elements.js';
import { GRAPH_STYLE } from './graph-style.js';
import type { GraphEdgeData, GraphElements, UiLanguage } from './types.js';

/** The id of the node or edge an event happened on (Cytoscape types `target` loosely). */
const targetId = (event: EventObject): string => (event.target as SingularElementReturnValue).id();

export interface CytoscapeCallbacks {
  readonly onOpenNode?: ((nodeId: string) => void) | undefined;
  readonly onExpandNode?: ((nodeId: string) => void) | undefined;
  readonly onSelectEdge?: ((edge: GraphEdgeData) => void) | undefined;
}

// A single click waits this long for a second one, so that a double click expands without opening first.
const DOUBLE_CLICK_MS = 260;
// Fitting a graph of two or three nodes would blow them up to the whole view; beyond this zoom it centres instead.
const MAX_FIT_ZOOM = 1.4;

/** Fits the graph into the view with a margin, never zooming in further than MAX_FIT_ZOOM. */
export function fitGraph(cy: Core): void {
  cy.fit(undefined, 24);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/**
 * A Cytoscape instance in `container` for the life of the component, kept in line with `elements`: what is gone
 * is removed, labels are updated, and what is new is laid out around the nodes already placed (an expansion
 * does not reshuffle the graph). Returns the instance, whether the layout has settled, and the selected node.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement>,
  elements: GraphElements,
  language: UiLanguage,
  centreId: string | undefined,
  callbacks: CytoscapeCallbacks,
): { cy: RefObject<Core | null>; ready: boolean; selectedNode: string | null } {
  const cyRef = useRef<Core | null>(null);
  const latest = useRef({ callbacks, elements });
  latest.current = { callbacks, elements };
  const [selectedNode, setSelectedNode] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const cy = cytoscape({ container: element, style: GRAPH_STYLE, minZoom: 0.15, maxZoom: 4, boxSelectionEnabled: false });
    cyRef.current = cy;
    let pendingOpen: ReturnType<typeof setTimeout> | undefined;
    const open = (id: string) => latest.current.callbacks.onOpenNode?.(id);
    const expand = (id: string) => latest.current.callbacks.onExpandNode?.(id);
    cy.on('tap', 'node', (event) => {
      const id = targetId(event);
      setSelectedNode(id);
      clearTimeout(pendingOpen);
      if (latest.current.callbacks.onExpandNode) pendingOpen = setTimeout(() => open(id), DOUBLE_CLICK_MS);
      else open(id);
    });
    cy.on('dbltap', 'node', (event) => {
      clearTimeout(pendingOpen);
      expand(targetId(event));
    });
    cy.on('cxttap', 'node', (event) => expand(targetId(event)));
    cy.on('tap', 'edge', (event) => {
      const edge = latest.current.elements.edges.find(({ data }) => data.id === targetId(event));
      if (edge) latest.current.callbacks.onSelectEdge?.(edge.data);
    });
    cy.on('tap', (event) => {
      if (event.target === cy) setSelectedNode(null);
    });
    cy.on('mouseover', 'node, edge', () => (element.style.cursor = 'pointer'));
    cy.on('mouseout', 'node, edge', () => (element.style.cursor = ''));
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(element);
    return () => {
      clearTimeout(pendingOpen);
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, [container]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const drawn = drawableElements(elements, language, centreId);
    const wanted = new Set([...drawn.nodes, ...drawn.edges].map((element) => element.data.id));
    const firstLayout = cy.nodes().length === 0;
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      for (const element of [...drawn.nodes, ...drawn.edges]) {
        const existing = cy.getElementById(element.data.id);
        if (existing.nonempty()) existing.data(element.data);
        else added.push({ group: 'source' in element.data ? 'edges' : 'nodes', data: { ...element.data } });
      }
      for (const definition of added) {
        if (definition.group === 'nodes' && !firstLayout) definition.position = positionNear(cy, definition.data.id ?? '', drawn.edges);
      }
      cy.add(added);
    });
    if (added.length === 0) {
      setReady(true);
      return;
    }
    setReady(false);
    const layout = cy.layout(fcoseLayout(firstLayout));
    layout.one('layoutstop', () => {
      fitGraph(cy);
      setReady(true);
    });
    layout.run();
  }, [elements, language, centreId]);

  return { cy: cyRef, ready, selectedNode };
}

/** Where a node added by an expansion starts: next to a neighbour already drawn, so the layout stays stable. */
function positionNear(cy: Core, id: string, edges: readonly DrawnEdge[]) {
  for (const { data } of edges) {
    const other = data.source === id ? data.target : data.target === id ? data.source : null;
    const neighbour = other === null ? null : cy.getElementById(other);
    if (neighbour?.nonempty() && neighbour.isNode()) {
      const { x, y } = neighbour.position();
      const angle = Math.random() * 2 * Math.PI;
      return { x: x + 60 * Math.cos(angle), y: y + 60 * Math.sin(angle) };
    }
  }
  const { x1, x2, y1, y2 } = cy.nodes().boundingBox();
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}
