import { describe, expect, it } from 'vitest';
import type { EventRecord, EvidenceRecord, GraphEdgeRecord, GraphNodeRecord, PathsRecord, TimelineEntryRecord } from '../../src/db/records.js';
import { pathsToCytoscape, toCytoscape, toTimelineJs } from '../../src/exports/index.js';

// The exports' wording and markup, on hand-made records (the integration tests check them on the article).

const source = {
  id: 'src:a',
  title: 'مقال',
  language: 'AR' as const,
  publisher: null,
  url: null,
  published: null,
  retrieved: null,
  stored: true,
  contentHash: 'sha256:x',
  length: 2000,
  note: null,
};
const evidence = (start: number, end: number, stance: EvidenceRecord['stance'] = 'SUPPORTS'): EvidenceRecord => ({
  excerptId: `ex:${start}`,
  quote: 'نص مقتبس',
  start,
  end,
  statementKind: 'ATTRIBUTED_CLAIM',
  stance,
  note: null,
  source,
});

const event = (overrides: Partial<EventRecord> = {}): EventRecord => ({
  id: 'event:x',
  type: 'OFFICIAL_VISIT',
  cameoCode: '042',
  cameoLabel: 'Make a visit',
  ploverType: 'CONSULT',
  titles: { ar: 'زيارة', fr: 'Visite', en: 'Visit' },
  summary: { ar: null, fr: null, en: 'Only in English.' },
  date: { phrase: 'في مارس 2024', precision: 'MONTH', earliest: '2024-03-01', latest: '2024-03-31', edtf: '2024-03', year: 2024 },
  status: 'DISPUTED',
  statementKinds: ['ATTRIBUTED_CLAIM'],
  place: {
    id: 'city:x',
    kind: 'CITY',
    names: { ar: 'مدينة', fr: null, en: 'Town' },
    aliases: [],
    description: null,
    wikidataId: null,
    cameoActorCode: null,
  },
  evidence: [evidence(891, 1061), evidence(5, 9, 'DISPUTES')],
  ...overrides,
});
const entry = (e: EventRecord): TimelineEntryRecord => ({ event: e, roles: ['VISITOR', 'COUNTERPART'], date: e.date });

describe('TimelineJS export', () => {
  it('in Arabic: right to left throughout, labels for codes, offsets isolated, the date in words and the phrase quoted', () => {
    const doc = toTimelineJs(null, [entry(event())], 'ar');
    expect(doc.title.text.headline).toBe('الخط الزمني');
    const slide = doc.events[0];
    expect(slide?.display_date).toBe('مارس 2024');
    expect(slide?.group).toBe('زيارة رسمية');
    const html = slide?.text.text ?? '';
    expect(html).toMatch(/^<div lang="ar" dir="rtl" style="direction:rtl;text-align:right">/);
    expect(html).toContain('<p>الدور: زائر، نظير · الحالة: متنازع عليه · طبيعة الأدلة: ادعاء منسوب</p>');
    expect(html).toContain('التاريخ كما ورد في المصدر: «<bdi lang="ar" dir="rtl">في مارس 2024</bdi>»');
    expect(html).toContain('<bdi dir="ltr">[891–1061]</bdi>');
    expect(html).toContain('ادعاء منسوب (يعارض)');
    // The summary exists only in English: shown, but marked as English and isolated.
    expect(html).toContain('<p><bdi lang="en" dir="ltr">Only in English.</bdi></p>');
    expect(html).toContain('المكان: مدينة');
  });

  it('in French: an Arabic quote keeps its direction and alignment, a missing French name falls back marked', () => {
    const doc = toTimelineJs(null, [entry(event())], 'FR');
    const html = doc.events[0]?.text.text ?? '';
    expect(html).toContain('<blockquote lang="ar" dir="rtl" style="direction:rtl;text-align:right">نص مقتبس</blockquote>');
    expect(html).toContain('Lieu\u00a0: <bdi lang="en" dir="ltr">Town</bdi>');
    expect(html).toContain('Rôle\u00a0: visiteur, homologue');
    expect(doc.events[0]?.display_date).toBe('mars 2024');
  });

  it('lists undated events on the title slide with their phrase, in the language asked for', () => {
    const undated = event({ id: 'event:u', date: { phrase: 'مؤخرا', precision: 'UNKNOWN', earliest: null, latest: null, edtf: null, year: null } });
    const doc = toTimelineJs(null, [entry(undated)], 'FR');
    expect(doc.events).toEqual([]);
    expect(doc.title.text.text).toContain('Faits non datés par leurs sources, absents de la chronologie (1)\u00a0:');
    expect(doc.title.text.text).toContain('<li>Visite («\u00a0<bdi lang="ar" dir="rtl">مؤخرا</bdi>\u00a0»)</li>');
  });

  it('escapes markup in data', () => {
    const doc = toTimelineJs(null, [entry(event({ titles: { ar: null, fr: null, en: '<img src=x onerror=alert(1)>' } }))], 'EN');
    expect(doc.events[0]?.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});

const node = (id: string): GraphNodeRecord => ({
  id,
  nodeType: id.startsWith('event:') ? 'EVENT' : 'ENTITY',
  entityKind: id.startsWith('event:') ? null : 'COUNTRY',
  eventType: id.startsWith('event:') ? 'ARREST' : null,
  labels: { ar: `ع ${id}`, fr: null, en: `en ${id}` },
  date: id.startsWith('event:')
    ? { phrase: 'نهاية سنة 2022', precision: 'HALF_YEAR', earliest: '2022-07-01', latest: '2022-12-31', edtf: '2022-41', year: 2022 }
    : null,
  distance: null,
});
const participation = (entity: string, eventId: string): GraphEdgeRecord => ({
  id: `${eventId}/TARGET/${entity}`,
  source: entity,
  target: eventId,
  type: 'PARTICIPATED_IN',
  role: 'TARGET',
  status: 'REPORTED',
  evidence: [evidence(1, 2)],
});

describe('Cytoscape.js export', () => {
  it('labels nodes and edges in the language, keeping the codes for styling', () => {
    const { nodes, edges } = toCytoscape([node('country:a'), node('event:1')], [participation('country:a', 'event:1')], 'FR');
    expect(nodes[0]?.data).toMatchObject({ kind: 'COUNTRY', kindLabel: 'pays', nodeTypeLabel: 'entité', label: 'en country:a', labelLanguage: 'en' });
    expect(nodes[1]?.data).toMatchObject({ kind: 'ARREST', kindLabel: 'arrestation', dateText: '2e semestre 2022', date: 'نهاية سنة 2022' });
    expect(edges[0]?.data).toMatchObject({
      type: 'PARTICIPATED_IN',
      label: 'cible',
      roleLabel: 'cible',
      typeLabel: 'a pris part à',
      statusLabel: 'non corroboré',
    });
    expect((edges[0]?.data['evidence'] as any[])[0]).toMatchObject({ statementKindLabel: 'affirmation attribuée', sourceLanguage: 'ar' });
  });

  it('gives each element of paths the indexes of its paths, and marks the two ends', () => {
    const a = node('country:a');
    const b = node('country:b');
    const hop = (from: string, eventId: string, to: GraphNodeRecord) => [
      { edge: participation(from, eventId), node: node(eventId) },
      { edge: participation(to.id, eventId), node: to },
    ];
    const result: PathsRecord = {
      paths: [
        { length: 2, start: a, hops: hop('country:a', 'event:1', b) },
        { length: 2, start: a, hops: hop('country:a', 'event:2', b) },
      ],
    };
    const { nodes, edges } = pathsToCytoscape(result, 'AR');
    const data = (id: string) => [...nodes, ...edges].find((element) => element.data['id'] === id)?.data;
    expect(data('country:a')).toMatchObject({ pathIndexes: [0, 1], endpoint: 'from' });
    expect(data('country:b')).toMatchObject({ pathIndexes: [0, 1], endpoint: 'to' });
    expect(data('event:1')).toMatchObject({ pathIndexes: [0] });
    expect(data('event:2')).toMatchObject({ pathIndexes: [1] });
    expect(data('event:2')).not.toHaveProperty('endpoint');
    expect(data('event:2/TARGET/country:b')).toMatchObject({ pathIndexes: [1], label: 'مستهدَف' });
    expect(nodes).toHaveLength(4);
    expect(edges).toHaveLength(4);
  });

  it('gives no paths no elements', () => {
    expect(pathsToCytoscape({ paths: [] }, 'EN')).toEqual({ nodes: [], edges: [] });
  });
});
