import { describe, expect, it } from 'vitest';
import { assembleNeighborhood } from '../../src/db/graph.js';
import type { GraphEdgeRecord, GraphNodeRecord } from '../../src/db/records.js';
import { toCytoscape } from '../../src/exports/cytoscape.js';

const node = (id: string, distance: number): GraphNodeRecord => ({
  id,
  nodeType: id.startsWith('event:') ? 'EVENT' : 'ENTITY',
  entityKind: id.startsWith('event:') ? null : 'ORGANIZATION',
  eventType: id.startsWith('event:') ? 'ARREST' : null,
  labels: { ar: `ع ${id}`, fr: null, en: `en ${id}` },
  date: null,
  distance,
});
const edge = (source: string, target: string): GraphEdgeRecord => ({
  id: `${source}->${target}`,
  source,
  target,
  type: 'PARTICIPATED_IN',
  role: 'TARGET',
  status: 'REPORTED',
  evidence: [],
});

describe('assembling a neighbourhood', () => {
  const center = node('org:a', 0);
  const levels = [
    {
      rows: [
        { node: node('event:1', 1), edge: edge('org:a', 'event:1') },
        { node: node('event:2', 1), edge: edge('org:a', 'event:2') },
      ],
      capped: false,
    },
    {
      rows: [
        { node: node('org:a', 2), edge: edge('org:a', 'event:1') },
        { node: node('org:b', 2), edge: edge('org:b', 'event:1') },
        { node: node('org:c', 2), edge: edge('org:c', 'event:2') },
      ],
      capped: false,
    },
  ];

  it('keeps each node once at its nearest distance, with the edges between kept nodes', () => {
    const view = assembleNeighborhood(center, levels, 10);
    expect(view.nodes.map((n) => [n.id, n.distance])).toEqual([
      ['org:a', 0],
      ['event:1', 1],
      ['event:2', 1],
      ['org:b', 2],
      ['org:c', 2],
    ]);
    expect(view.edges).toHaveLength(4);
    expect(view.truncated).toBe(false);
  });

  it('cuts at the node limit, says so, and drops edges to nodes left out', () => {
    const view = assembleNeighborhood(center, levels, 4);
    expect(view.nodes.map((n) => n.id)).toEqual(['org:a', 'event:1', 'event:2', 'org:b']);
    expect(view.truncated).toBe(true);
    expect(view.edges.every((e) => e.source !== 'org:c' && e.target !== 'org:c')).toBe(true);
  });
});

describe('Cytoscape elements', () => {
  it('have unique ids and edges only between the nodes given, labels in the requested language', () => {
    const elements = toCytoscape(
      [node('org:a', 0), node('event:1', 1), node('event:1', 1)],
      [edge('org:a', 'event:1'), edge('org:a', 'event:1'), edge('org:x', 'event:1')],
      'AR',
    );
    expect(elements.nodes.map((n) => n.data['id'])).toEqual(['org:a', 'event:1']);
    expect(elements.edges.map((e) => e.data['id'])).toEqual(['org:a->event:1']);
    expect(elements.nodes[0]?.data['label']).toBe('ع org:a');
  });
});
