import { describe, expect, it } from 'vitest';
import { label } from '../../src/domain/labels.js';
import { drawableElements, edgeText, legendEntries, nodeText } from '../../web/src/views/graph-elements.js';
import type { GraphElements } from '../../web/src/views/types.js';

const elements: GraphElements = {
  nodes: [
    {
      data: {
        id: 'country:morocco',
        label: 'Morocco',
        label_ar: 'المغرب',
        label_fr: 'Maroc',
        label_en: 'Morocco',
        nodeType: 'ENTITY',
        kind: 'COUNTRY',
        distance: 0,
      },
    },
    { data: { id: 'event:ga', label: 'GA', label_en: 'General Assembly', nodeType: 'EVENT', kind: 'MULTILATERAL_MEETING', distance: 1 } },
    { data: { id: 'org:x', label: 'X', nodeType: 'ENTITY', kind: 'ORGANIZATION', distance: 1 } },
  ],
  edges: [
    { data: { id: 'p', source: 'country:morocco', target: 'event:ga', type: 'PARTICIPATED_IN', role: 'HOST', status: 'REPORTED', evidence: [] } },
    { data: { id: 'r', source: 'country:morocco', target: 'org:x', type: 'MEMBER_OF', status: 'DISPUTED', evidence: [] } },
    { data: { id: 'dangling', source: 'country:morocco', target: 'org:gone', type: 'MEMBER_OF', status: 'REPORTED', evidence: [] } },
  ],
};

describe('graph elements as drawn', () => {
  it('label nodes in the reader language, saying which language a fallback is in', () => {
    const [morocco, ga, x] = elements.nodes.map(({ data }) => data);
    expect(morocco && nodeText(morocco, 'ar')).toEqual({ text: 'المغرب', language: 'ar' });
    expect(ga && nodeText(ga, 'fr')).toEqual({ text: 'General Assembly', language: 'en' });
    expect(x && nodeText(x, 'ar')).toEqual({ text: 'X' });
  });

  it('translate edge labels from the role, else the edge type', () => {
    const [participation, relation] = elements.edges.map(({ data }) => data);
    expect(participation && edgeText(participation, 'fr')).toBe(label('ParticipantRole', 'HOST', 'fr'));
    expect(relation && edgeText(relation, 'ar')).toBe(label('GraphEdgeType', 'MEMBER_OF', 'ar'));
    expect(relation && edgeText(relation, 'ar')).not.toBe('MEMBER_OF');
  });

  it('mark the centre, give events their own shape, and leave out edges to missing nodes', () => {
    const drawn = drawableElements(elements, 'en');
    expect(drawn.nodes.find((n) => n.data.id === 'country:morocco')?.data.centre).toBe('yes');
    expect(drawn.nodes.find((n) => n.data.id === 'event:ga')?.data.shape).toBe('round-diamond');
    expect(drawn.nodes.find((n) => n.data.id === 'country:morocco')?.data.shape).not.toBe('round-diamond');
    expect(drawn.edges.map((e) => e.data.id)).toEqual(['p', 'r']);
    expect(
      drawableElements(elements, 'en', 'org:x')
        .nodes.filter((n) => n.data.centre === 'yes')
        .map((n) => n.data.id),
    ).toEqual(['org:x']);
  });

  it('list each kind once in the legend, in the language', () => {
    expect(legendEntries(elements, 'fr').map((entry) => entry.text)).toEqual([
      label('EntityKind', 'COUNTRY', 'fr'),
      label('EventType', 'MULTILATERAL_MEETING', 'fr'),
      label('EntityKind', 'ORGANIZATION', 'fr'),
    ]);
  });
});
