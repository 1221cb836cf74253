/**
 * The graph's Cytoscape stylesheet: shape and colour per node kind (from ./palette.ts through each node's data),
 * labels in the reader's language wrapped under the node, translated edge labels, arrows towards the target.
 */
import type { Css, StylesheetJson } from 'cytoscape';
import { ENTITY_KIND_SHAPE, EVENT_SHAPE } from './palette.js';

/** Fonts that cover Arabic and Latin (the canvas does not inherit the page's font). */
export const GRAPH_FONT = '"Noto Sans", "Noto Sans Arabic", "Segoe UI", Tahoma, Arial, sans-serif';

// One rule per shape in use: Cytoscape's `shape` takes no data() mapper.
const SHAPES: readonly Css.NodeShape[] = [...new Set([...Object.values(ENTITY_KIND_SHAPE), EVENT_SHAPE])];

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      width: 30,
      height: 30,
      label: 'data(display)',
      'font-family': GRAPH_FONT,
      'font-size': 13,
      color: '#111827',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      // A word longer than the line (a long transliterated name, an id) breaks rather than run off the canvas.
      'text-overflow-wrap': 'anywhere',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  ...SHAPES.map((shape) => ({ selector: `node[shape = "${shape}"]`, style: { shape } })),
  {
    selector: 'node[nodeType = "EVENT"]',
    style: { width: 24, height: 24, 'font-size': 12, color: '#1f2937' },
  },
  {
    selector: 'node[centre = "yes"]',
    style: { width: 42, height: 42, 'border-width': 4, 'border-color': '#111827', 'font-size': 15, 'font-weight': 'bold' },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#f59e0b', 'overlay-opacity': 0 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9ca3af',
      'arrow-scale': 0.9,
      label: 'data(display)',
      'font-family': GRAPH_FONT,
      'font-size': 11,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge[relation = "relation"]',
    style: { width: 2, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', color: '#1e3a8a' },
  },
  {
    selector: 'edge[relation = "place"]',
    style: { 'line-style': 'dotted' },
  },
  {
    selector: 'edge[status = "DISPUTED"]',
    style: { 'line-style': 'dashed', 'line-color': '#b91c1c', 'target-arrow-color': '#b91c1c' },
  },
  {
    selector: 'edge:selected',
    style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'overlay-opacity': 0 },
  },
];
