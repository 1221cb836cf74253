import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('Cytoscape.js export', () => {
  it("carries each edge's evidence with its source's title even when the query selects only the source id", async () => {
    const result = await api.run(`{ neighborhood(entityId: "person:abdellatif-hammouchi", depth: 1) { edges { id evidence { source { id } } } cytoscape } }`);
    expect(result.errors).toBeUndefined();
    const view = (result.data as any).neighborhood;
    expect(view.edges[0].evidence[0].source).toEqual({ id: expect.any(String) });
    for (const edge of view.cytoscape.edges) {
      for (const evidence of edge.data.evidence) expect(evidence.sourceTitle).toMatch(/^الأجهزة الأمنية المغربية/);
    }
  });

  it('of a neighbourhood, from GraphQL: every edge references existing node ids', async () => {
    for (const depth of [1, 2, 3]) {
      const result = await api.run(`{ neighborhood(entityId: "person:abdellatif-hammouchi", depth: ${depth}, limit: 200) { nodes { id } edges { id } cytoscape(language: AR) } }`);
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
    const result = await api.run(`{ neighborhood(entityId: "org:moroccan-security-services", depth: 2, limit: 5) { truncated nodes { id } cytoscape } }`);
    const view = (result.data as any).neighborhood;
    expect(view.truncated).toBe(true);
    expect(view.nodes).toHaveLength(5);
    expectValidCytoscape(view.cytoscape);
  });

  it('of paths, from the HTTP route', async () => {
    const response = await fetch(`${http.url}/export/paths?from=person:abdellatif-hammouchi&to=major-event:paris-2024-olympics&maxHops=4`);
    expect(response.status).toBe(200);
    const elements = (await response.json()) as Elements;
    expectValidCytoscape(elements);
    expect(elements.nodes.map((node) => node.data['id'])).toEqual(expect.arrayContaining(['person:abdellatif-hammouchi', 'major-event:paris-2024-olympics']));
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
  it("of Morocco's security services, from GraphQL: required fields, partial dates kept partial, Arabic phrase intact", async () => {
    const result = await api.run(`{ timeline(entityId: "org:moroccan-security-services", first: 100) { timelineJs(language: AR) } }`);
    expect(result.errors).toBeUndefined();
    const doc = (result.data as any).timeline.timelineJs;
    expectValidTimelineJs(doc);
    const worldCup = doc.events.find((event: any) => event.unique_id === 'event-world-cup-2022-security-support');
    // "نهاية سنة 2022": the second half of 2022, no day invented.
    expect(worldCup.start_date).toEqual({ year: 2022, month: 7 });
    expect(worldCup.end_date).toEqual({ year: 2022, month: 12 });
    expect(worldCup.display_date).toBe('نهاية سنة 2022');
    const paris = doc.events.find((event: any) => event.unique_id === 'event-paris-2024-security-support');
    expect(paris.start_date).toEqual({ year: 2024 });
    expect(paris.text.text).toContain('dir="rtl"');
    // Undated events cannot be placed: they are listed on the title slide, not given a made-up date.
    expect(doc.title.text.text).toContain('مؤخرا');
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
    // Each quote is followed by its source's title (escaped as HTML: the title has no markup characters).
    expect(meeting.text.text).toContain('الأجهزة الأمنية المغربية بقيادة رجل المنظومة الأمنية حموشي');
    expect(meeting.text.text).toContain('<blockquote lang="ar" dir="rtl">');
  });

  it('from the HTTP route, in English; unknown entity → 404', async () => {
    const response = await fetch(`${http.url}/export/timeline/country:morocco?language=en`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as any;
    expectValidTimelineJs(doc);
    const meeting = doc.events.find((event: any) => event.unique_id === 'event-interpol-ga-93');
    expect(meeting.start_date).toEqual({ year: 2025 });
    expect(meeting.display_date).toBe('خلال سنة 2025');
    expect((await fetch(`${http.url}/export/timeline/org:nobody`)).status).toBe(404);
  });
});
