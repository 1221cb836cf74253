import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARY, VOCABULARY_GROUPS } from '../../src/domain/labels.js';
import { CYTOSCAPE_CODE_FIELDS } from '../../src/exports/index.js';
import { openTestGraph } from '../support/graph.js';
import { startTestApi, startTestHttp } from '../support/api.js';

// Exports that apps embed: Cytoscape.js elements for neighbourhoods and paths, TimelineJS for timelines.

const { driver, executor } = openTestGraph();
let api: Awaited<ReturnType<typeof startTestApi>>;
let http: Awaited<ReturnType<typeof startTestHttp>>;
beforeAll(async () => {
  api = await startTestApi(executor);
  http = await startTestHttp(executor);
});
afterAll(async () => {
  await api.stop();
  await http.stop();
  await driver.close();
});

interface Elements {
  nodes: { data: Record<string, any> }[];
  edges: { data: Record<string, any> }[];
}

function expectValidCytoscape(elements: Elements): void {
  expect(elements.nodes.length).toBeGreaterThan(0);
  const ids = new Set(elements.nodes.map((node) => node.data['id']));
  expect(ids.size).toBe(elements.nodes.length);
  for (const node of elements.nodes) expect(typeof node.data['label']).toBe('string');
  for (const edge of elements.edges) {
    expect(ids.has(edge.data['source']), `edge ${edge.data['id']} source`).toBe(true);
    expect(ids.has(edge.data['target']), `edge ${edge.data['id']} target`).toBe(true);
    expect(ids.has(edge.data['id'])).toBe(false);
    expect(edge.data['evidence'].length).toBeGreaterThan(0);
  }
  const edgeIds = new Set(elements.edges.map((edge) => edge.data['id']));
  expect(edgeIds.size).toBe(elements.edges.length);
}

function expectValidTimelineJs(doc: any): void {
  expect(typeof doc.title.text.headline).toBe('string');
  const ids = new Set<string>();
  for (const event of doc.events) {
    // TimelineJS requires a start_date with a year, and text or media; unique_id must be unique.
    expect(Number.isInteger(event.start_date.year)).toBe(true);
    expect(typeof event.text.headline).toBe('string');
    expect(event.text.headline.length).toBeGreaterThan(0);
    expect(typeof event.unique_id).toBe('string');
    expect(ids.has(event.unique_id)).toBe(false);
    ids.add(event.unique_id);
    for (const date of [event.start_date, event.end_date].filter(Boolean)) {
      if (date.month !== undefined) expect(date.month).toBeGreaterThanOrEqual(1);
      if (date.day !== undefined) expect(date.month).toBeDefined();
    }
  }
}

/** Every string in a JSON value with the key it sits under, skipping the keys given (ids and codes). */
function strings(value: unknown, skip: ReadonlySet<string>, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, skip, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) => (skip.has(name) ? [] : strings(item, skip, name)));
  }
  return [];
}

const SCREAMING_CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;
const BARE_CODES = new RegExp(`\\b(?:${[...new Set(VOCABULARY_GROUPS.flatMap((group) => Object.keys(VOCABULARY[group])))].join('|')})\\b`);
const ENGLISH_WORDS = /\b(?:role|place|timeline|events?|event\(s\)|reported)\b/i;

/**
 * An Arabic or French export shows no code and none of the exports' English words. `skip` names the fields that
 * hold ids and codes by contract; `label_en` is the English name an app may offer next to the others.
 */
function expectNoCodesNorEnglish(doc: unknown, skip: readonly string[]): void {
  const found = strings(doc, new Set(skip)).filter(
    ({ key, text }) => SCREAMING_CODE.test(text) || BARE_CODES.test(text) || (key !== 'label_en' && ENGLISH_WORDS.test(text)),
  );
  expect(found).toEqual([]);
}

/** Offsets such as [891–1061] only ever appear isolated left to right; returns how many there are. */
function expectOffsetsIsolated(html: string): number {
  const all = html.match(/\[\d+–\d+\]/g) ?? [];
  const isolated = html.match(/<bdi dir="ltr">\[\d+–\d+\]<\/bdi>/g) ?? [];
  expect(isolated).toHaveLength(all.length);
  return all.length;
}

describe('Cytoscape.js export', () => {
  it("carries each edge's evidence with its source's title even when the query selects only the source id", async () => {
    const result = await api.run(
      `{ neighborhood(entityId: "person:abdellatif-hammouchi", depth: 1) { edges { id evidence { source { id } } } cytoscape } }`,
    );
    expect(result.errors).toBeUndefined();
    const view = (result.data as any).neighborhood;
    expect(view.edges[0].evidence[0].source).toEqual({ id: expect.any(String) });
    for (const edge of view.cytoscape.edges) {
      for (const evidence of edge.data.evidence) expect(evidence.sourceTitle).toMatch(/^الأجهزة الأمنية المغربية/);
    }
  });

  it('of a neighbourhood, from GraphQL: every edge references existing node ids', async () => {
    for (const depth of [1, 2, 3]) {
      const result = await api.run(
        `{ neighborhood(entityId: "person:abdellatif-hammouchi", depth: ${depth}, limit: 200) { nodes { id } edges { id } cytoscape(language: AR) } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.queries).toBe(1);
      const view = (result.data as any).neighborhood;
      expectValidCytoscape(view.cytoscape);
      expect(view.cytoscape.nodes).toHaveLength(view.nodes.length);
      const hammouchi = view.cytoscape.nodes.find((node: any) => node.data.id === 'person:abdellatif-hammouchi');
      expect(hammouchi.data.label).toBe('عبد اللطيف حموشي');
    }
  });

  it('of a truncated neighbourhood keeps only edges between the nodes it returns', async () => {
    const result = await api.run(
      `{ neighborhood(entityId: "org:moroccan-security-services", depth: 2, limit: 5) { truncated nodes { id } cytoscape } }`,
    );
    const view = (result.data as any).neighborhood;
    expect(view.truncated).toBe(true);
    expect(view.nodes).toHaveLength(5);
    expectValidCytoscape(view.cytoscape);
  });

  it.each(['AR', 'FR'])('in %s shows labels, never codes or English words: edges say the role or the relation', async (language) => {
    const result = await api.run(
      `{ neighborhood(entityId: "person:abdellatif-hammouchi", depth: 2, limit: 200) { cytoscape(language: ${language}) } }`,
    );
    expect(result.errors).toBeUndefined();
    const elements = (result.data as any).neighborhood.cytoscape as Elements;
    expectValidCytoscape(elements);
    expectNoCodesNorEnglish(elements, CYTOSCAPE_CODE_FIELDS);
    const lang = language.toLowerCase() as 'ar' | 'fr';
    for (const edge of elements.edges) {
      const expected = edge.data['role']
        ? VOCABULARY.ParticipantRole[edge.data['role']]?.[lang]
        : VOCABULARY.GraphEdgeType[edge.data['type']]?.[lang];
      expect(edge.data['label'], edge.data['id']).toBe(expected);
      for (const evidence of edge.data['evidence'])
        expect(evidence.statementKindLabel).toBe(VOCABULARY.StatementKind[evidence.statementKind]?.[lang]);
    }
    for (const node of elements.nodes) {
      const group = node.data['nodeType'] === 'EVENT' ? 'EventType' : 'EntityKind';
      expect(node.data['kindLabel'], node.data['id']).toBe(VOCABULARY[group][node.data['kind']]?.[lang]);
    }
    const visit = elements.edges.find((edge) => edge.data['id'] === 'event:hammouchi-visit-france/VISITOR/person:abdellatif-hammouchi');
    expect(visit?.data['label']).toBe(lang === 'ar' ? 'زائر' : 'visiteur');
    const heads = elements.edges.find((edge) => edge.data['type'] === 'HEADS');
    expect(heads?.data['label']).toBe(lang === 'ar' ? 'يرأس' : 'dirige');
  });

  it('of paths, from GraphQL: each node and edge knows the paths it is on, and the two ends are marked', async () => {
    const result = await api.run(`{ paths(fromId: "person:abdellatif-hammouchi", toId: "major-event:paris-2024-olympics", maxHops: 4) {
      paths { start { id } hops { edge { id } node { id } } }
      cytoscape(language: FR)
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const { paths, cytoscape } = (result.data as any).paths as { paths: any[]; cytoscape: Elements };
    expect(paths.length).toBeGreaterThan(0);
    expectValidCytoscape(cytoscape);
    expectNoCodesNorEnglish(cytoscape, CYTOSCAPE_CODE_FIELDS);
    const byId = new Map([...cytoscape.nodes, ...cytoscape.edges].map((element) => [element.data['id'], element.data]));
    paths.forEach((path, index) => {
      for (const id of [path.start.id, ...path.hops.flatMap((hop: any) => [hop.edge.id, hop.node.id])]) {
        expect(byId.get(id)?.['pathIndexes'], id).toContain(index);
      }
    });
    for (const element of [...cytoscape.nodes, ...cytoscape.edges]) {
      expect(element.data['pathIndexes'].length, element.data['id']).toBeGreaterThan(0);
      for (const index of element.data['pathIndexes']) expect(index).toBeLessThan(paths.length);
    }
    const ends = cytoscape.nodes.filter((node) => node.data['endpoint']).map((node) => [node.data['id'], node.data['endpoint']]);
    expect(ends).toEqual(
      expect.arrayContaining([
        ['person:abdellatif-hammouchi', 'from'],
        ['major-event:paris-2024-olympics', 'to'],
      ]),
    );
    expect(ends).toHaveLength(2);
  });

  it('of paths, from the HTTP route, has path indexes and endpoints too', async () => {
    const response = await fetch(
      `${http.url}/export/paths?from=person:abdellatif-hammouchi&to=major-event:paris-2024-olympics&maxHops=4&language=ar`,
    );
    expect(response.status).toBe(200);
    const elements = (await response.json()) as Elements;
    for (const element of [...elements.nodes, ...elements.edges]) expect(element.data['pathIndexes']?.length, element.data['id']).toBeGreaterThan(0);
    expect(elements.nodes.find((node) => node.data['endpoint'] === 'from')?.data['id']).toBe('person:abdellatif-hammouchi');
    expect(elements.nodes.find((node) => node.data['endpoint'] === 'to')?.data['id']).toBe('major-event:paris-2024-olympics');
    expectNoCodesNorEnglish(elements, CYTOSCAPE_CODE_FIELDS);
  });

  it('of paths, from the HTTP route', async () => {
    const response = await fetch(`${http.url}/export/paths?from=person:abdellatif-hammouchi&to=major-event:paris-2024-olympics&maxHops=4`);
    expect(response.status).toBe(200);
    const elements = (await response.json()) as Elements;
    expectValidCytoscape(elements);
    expect(elements.nodes.map((node) => node.data['id'])).toEqual(
      expect.arrayContaining(['person:abdellatif-hammouchi', 'major-event:paris-2024-olympics']),
    );
  });

  it('of a neighbourhood, from the HTTP route; unknown entity → 404, bad depth → 400', async () => {
    const ok = await fetch(`${http.url}/export/neighborhood/${encodeURIComponent('org:interpol')}?depth=2&limit=50`);
    expect(ok.status).toBe(200);
    expectValidCytoscape((await ok.json()) as Elements);
    expect((await fetch(`${http.url}/export/neighborhood/org:nobody`)).status).toBe(404);
    const bad = await fetch(`${http.url}/export/neighborhood/org:interpol?depth=9`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('TimelineJS export', () => {
  it("of Morocco's security services, from GraphQL: required fields, partial dates kept partial, date in words, Arabic phrase quoted", async () => {
    const result = await api.run(`{ timeline(entityId: "org:moroccan-security-services", first: 100) { timelineJs(language: AR) } }`);
    expect(result.errors).toBeUndefined();
    const doc = (result.data as any).timeline.timelineJs;
    expectValidTimelineJs(doc);
    const worldCup = doc.events.find((event: any) => event.unique_id === 'event-world-cup-2022-security-support');
    // "نهاية سنة 2022": the second half of 2022, no day invented; the source's words stay in the text.
    expect(worldCup.start_date).toEqual({ year: 2022, month: 7 });
    expect(worldCup.end_date).toEqual({ year: 2022, month: 12 });
    expect(worldCup.display_date).toBe('النصف الثاني من 2022');
    expect(worldCup.text.text).toContain('«<bdi lang="ar" dir="rtl">نهاية سنة 2022</bdi>»');
    expect(worldCup.group).toBe('دعم أمني');
    const paris = doc.events.find((event: any) => event.unique_id === 'event-paris-2024-security-support');
    expect(paris.start_date).toEqual({ year: 2024 });
    expect(paris.display_date).toBe('2024');
    // The whole slide reads right to left, with TimelineJS's own alignment overridden inline.
    expect(paris.text.text).toMatch(/^<div lang="ar" dir="rtl" style="direction:rtl;text-align:right">/);
    // Undated events cannot be placed: they are listed on the title slide, not given a made-up date.
    expect(doc.title.text.text).toContain('مؤخرا');
    expect(doc.title.text.headline).toBe('المؤسسة الأمنية المغربية: الخط الزمني');
  });

  it.each([
    ['AR', 'country:morocco'],
    ['FR', 'country:morocco'],
    ['AR', 'org:moroccan-security-services'],
    ['FR', 'person:abdellatif-hammouchi'],
  ])('in %s (%s) shows labels and dates in words: no code, no English word, offsets isolated', async (language, entityId) => {
    const result = await api.run(`{ timeline(entityId: "${entityId}", first: 100) { timelineJs(language: ${language}) } }`);
    expect(result.errors).toBeUndefined();
    const doc = (result.data as any).timeline.timelineJs;
    expectValidTimelineJs(doc);
    expectNoCodesNorEnglish(doc, ['unique_id']);
    // Every dated event quotes its evidence with offsets (Hammouchi's events are all undated: title slide only).
    expect(expectOffsetsIsolated(doc.events.map((event: any) => event.text.text).join(''))).toBeGreaterThanOrEqual(doc.events.length);
    expect(doc.events.length + (doc.title.text.text.match(/<li>/g) ?? []).length).toBeGreaterThan(0);
    for (const event of doc.events) {
      // Arabic quotes keep their direction and alignment inside TimelineJS.
      for (const quote of event.text.text.match(/<blockquote[^>]*>/g) ?? []) {
        expect(quote).toBe('<blockquote lang="ar" dir="rtl" style="direction:rtl;text-align:right">');
      }
    }
  });

  it('in French: dates in French words, the Arabic phrase quoted and marked as Arabic, Arabic titles isolated', async () => {
    const result = await api.run(`{ timeline(entityId: "org:moroccan-security-services", first: 100) { timelineJs(language: FR) } }`);
    const doc = (result.data as any).timeline.timelineJs;
    expect(doc.title.text.headline).toBe('Services de sécurité marocains\u00a0: chronologie');
    const worldCup = doc.events.find((event: any) => event.unique_id === 'event-world-cup-2022-security-support');
    expect(worldCup.display_date).toBe('2e semestre 2022');
    expect(worldCup.text.text).toMatch(/^<div lang="fr" dir="ltr">/);
    expect(worldCup.text.text).toContain('Date selon la source\u00a0: «\u00a0<bdi lang="ar" dir="rtl">نهاية سنة 2022</bdi>\u00a0»');
    expect(worldCup.text.text).toContain(
      'Rôle\u00a0: contributeur · Statut\u00a0: non corroboré · Nature des preuves\u00a0: fait rapporté, appréciation',
    );
    expect(worldCup.text.text).toContain('Lieu\u00a0: Qatar');
    // The source's title is Arabic inside a French slide: isolated and marked.
    expect(worldCup.text.text).toContain('<cite><bdi lang="ar" dir="rtl">الأجهزة الأمنية المغربية بقيادة');
    expect(doc.title.text.text).toContain('Faits non datés par leurs sources');
  });

  it('names the entity, places and sources even when the query selects only their ids', async () => {
    const result = await api.run(`{ timeline(entityId: "country:morocco", first: 100) {
      entity { id }
      edges { node { event { id place { id } evidence { source { id } } } } }
      timelineJs(language: EN)
    } }`);
    expect(result.errors).toBeUndefined();
    const timeline = (result.data as any).timeline;
    // The selection itself gets only what it asked for.
    expect(timeline.entity).toEqual({ id: 'country:morocco' });
    const doc = timeline.timelineJs;
    expect(doc.title.text.headline).toBe('Morocco: timeline');
    const meeting = doc.events.find((event: any) => event.unique_id === 'event-interpol-ga-93');
    expect(meeting.text.text).toContain('<p>Place: Marrakesh</p>');
    expect(meeting.text.text).toContain('<p>Role: host, organiser · Status: not corroborated · Evidence: forecast</p>');
    // Each quote is followed by its source's title (escaped as HTML: the title has no markup characters).
    expect(meeting.text.text).toContain('الأجهزة الأمنية المغربية بقيادة رجل المنظومة الأمنية حموشي');
    expect(meeting.text.text).toContain('<blockquote lang="ar" dir="rtl" style="direction:rtl;text-align:right">');
    expect(meeting.group).toBe('multilateral meeting');
  });

  it('from the HTTP route, in English; unknown entity → 404', async () => {
    const response = await fetch(`${http.url}/export/timeline/country:morocco?language=en`);
    expect(response.status).toBe(200);
    const doc = await response.json();
    expectValidTimelineJs(doc);
    const meeting = doc.events.find((event: any) => event.unique_id === 'event-interpol-ga-93');
    expect(meeting.start_date).toEqual({ year: 2025 });
    expect(meeting.display_date).toBe('2025');
    expect(meeting.text.text).toContain('“<bdi lang="ar" dir="rtl">خلال سنة 2025</bdi>”');
    expect((await fetch(`${http.url}/export/timeline/org:nobody`)).status).toBe(404);
  });

  it('from the HTTP route, in Arabic: the same document as the GraphQL field', async () => {
    const response = await fetch(`${http.url}/export/timeline/country:morocco?language=ar`);
    expect(response.status).toBe(200);
    const viaHttp = await response.json();
    const viaGraphQL = await api.run(`{ timeline(entityId: "country:morocco", first: 100) { timelineJs(language: AR) } }`);
    expect(viaHttp).toEqual((viaGraphQL.data as any).timeline.timelineJs);
  });
});
