import { describe, expect, it } from 'vitest';
import { keepEventTypes, mergeElements } from '../../web/src/mapping/graph.js';
import { filtersFromUrl, filtersToUrl } from '../../web/src/mapping/timeline.js';
import type { GraphElements } from '../../web/src/views/types.js';

const list = (params: URLSearchParams) => (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);

describe("the timeline's filters in the URL", () => {
  it('reads known codes and years, and drops what it does not know', () => {
    const params = new URLSearchParams('types=ARREST,NOPE&kinds=FORECAST&status=DISPUTED&from=2022&to=x');
    expect(filtersFromUrl(params, list(params))).toEqual({
      types: ['ARREST'],
      statementKinds: ['FORECAST'],
      statuses: ['DISPUTED'],
      fromYear: 2022,
      toYear: null,
    });
  });

  it('writes back what it read', () => {
    const params = new URLSearchParams('types=ARREST,OFFICIAL_VISIT&kinds=EVALUATION&from=2020&to=2025');
    const written = filtersToUrl(filtersFromUrl(params, list(params)));
    expect(written).toEqual({ types: ['OFFICIAL_VISIT', 'ARREST'], kinds: ['EVALUATION'], status: [], from: '2020', to: '2025' });
  });
});

const node = (id: string, nodeType: 'ENTITY' | 'EVENT', kind: string) => ({ data: { id, label: id, nodeType, kind: kind as never } });
const edge = (id: string, source: string, target: string) => ({
  data: { id, source, target, type: 'PARTICIPATED_IN' as const, status: 'REPORTED' as const, evidence: [] },
});

describe('graph expansion', () => {
  const base: GraphElements = { nodes: [node('a', 'ENTITY', 'PERSON'), node('e1', 'EVENT', 'ARREST')], edges: [edge('a-e1', 'a', 'e1')] };

  it('adds new nodes and edges once, and keeps an edge only when both its ends are there', () => {
    const more: GraphElements = {
      nodes: [node('e1', 'EVENT', 'ARREST'), node('b', 'ENTITY', 'COUNTRY')],
      edges: [edge('a-e1', 'a', 'e1'), edge('b-e1', 'b', 'e1'), edge('c-e1', 'c', 'e1')],
    };
    const merged = mergeElements(base, more);
    expect(merged.nodes.map(({ data }) => data.id)).toEqual(['a', 'e1', 'b']);
    expect(merged.edges.map(({ data }) => data.id)).toEqual(['a-e1', 'b-e1']);
  });

  it('keeps only the events of the chosen types, and the entities', () => {
    const filtered = keepEventTypes(base, ['OFFICIAL_VISIT']);
    expect(filtered.nodes.map(({ data }) => data.id)).toEqual(['a']);
    expect(filtered.edges).toEqual([]);
    expect(keepEventTypes(base, [])).toBe(base);
  });
});
