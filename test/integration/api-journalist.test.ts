import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/api.js';

// A journalist's questions about the article, asked through GraphQL against the seeded graph on the real Neo4j.

const api = useTestApi();

/** Runs a query that must succeed; fails the test with the errors otherwise. */
async function ask<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.run<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const EVIDENCE = 'evidence { quote start end statementKind source { id } }';

/** The source text, to check that each quote is the text at its offsets (counted in code points). */
async function sourceText(id: string): Promise<string[]> {
  const data = await ask<{ source: { text: string } }>('query($id: ID!) { source(id: $id) { text } }', { id });
  return Array.from(data.source.text);
}

describe('a journalist asks', () => {
  it('who heads the DGSN and the DGST: Abdellatif Hammouchi, with the quotes that say so', async () => {
    for (const [agency, words] of [
      ['org:dgsn', 'المدير العام للأمن الوطني'],
      ['org:dgst', 'المدير العام لمراقبة التراب الوطني'],
    ] as const) {
      const data = await ask(`query($id: ID!) { entity(id: $id) { name relations { type from { id name } to { id } ${EVIDENCE} } } }`, {
        id: agency,
      });
      const heads = data.entity.relations.filter((r: any) => r.type === 'HEADS' && r.to.id === agency);
      expect(heads.map((r: any) => r.from.id)).toEqual(['person:abdellatif-hammouchi']);
      expect(heads[0].from.name).toBe('Abdellatif Hammouchi');
      expect(heads[0].evidence.some((e: any) => e.quote.includes(words))).toBe(true);
    }
  });

  it('where and when the 93rd Interpol General Assembly meets: Marrakech, in 2025 (year only, announced not reported)', async () => {
    const data = await ask(`{
      events(filter: { types: [MULTILATERAL_MEETING], participantIds: ["org:interpol"] }) {
        edges { node { id title place { id name(language: FR) } date { phrase precision earliest latest edtf year } statementKinds ${EVIDENCE} } }
      }
    }`);
    const [meeting] = data.events.edges.map((edge: any) => edge.node);
    expect(meeting.id).toBe('event:interpol-ga-93');
    expect(meeting.place).toEqual({ id: 'city:marrakech', name: 'Marrakech' });
    expect(meeting.date).toEqual({
      phrase: 'خلال سنة 2025',
      precision: 'YEAR',
      earliest: '2025-01-01',
      latest: '2025-12-31',
      edtf: '2025',
      year: 2025,
    });
    // The article says the session is scheduled: a forecast, not a reported fact.
    expect(meeting.statementKinds).toEqual(['FORECAST']);
    expect(meeting.evidence.some((e: any) => e.quote.includes('مراكش'))).toBe(true);
  });

  it('which major events Moroccan security helped secure: the 2022 World Cup (reported) and Paris 2024 (a forecast)', async () => {
    const data = await ask(`{
      events(filter: { types: [SECURITY_ASSISTANCE], participantIds: ["org:moroccan-security-services"] }) {
        edges { node { id date { phrase precision earliest latest } statementKinds participants { role entity { id kind } } } }
      }
    }`);
    const events = data.events.edges.map((edge: any) => edge.node);
    const secured = events.flatMap((event: any) =>
      event.participants.filter((p: any) => p.entity.kind === 'MAJOR_EVENT').map((p: any) => ({ event: event.id, target: p.entity.id })),
    );
    expect(secured.map((s: any) => s.target).sort()).toEqual(['major-event:2022-fifa-world-cup', 'major-event:paris-2024-olympics']);
    const worldCup = events.find((event: any) => event.id === 'event:world-cup-2022-security-support');
    expect(worldCup.date).toEqual({ phrase: 'نهاية سنة 2022', precision: 'HALF_YEAR', earliest: '2022-07-01', latest: '2022-12-31' });
    expect(worldCup.statementKinds).toContain('REPORTED_FACT');
    const paris = events.find((event: any) => event.id === 'event:paris-2024-security-support');
    expect(paris.statementKinds).toContain('FORECAST');
    expect(paris.statementKinds).not.toContain('REPORTED_FACT');
  });

  it('what France awarded Hammouchi and why: the gold medal of honour of the French National Police, for his cooperation work', async () => {
    const data = await ask(`{
      events(filter: { types: [HONOUR_AWARDED], participantIds: ["person:abdellatif-hammouchi", "country:france"] }) {
        edges { node { id summary { en } participants { role entity { id name } } ${EVIDENCE} } }
      }
    }`);
    expect(data.events.edges).toHaveLength(1);
    const award = data.events.edges[0].node;
    const byRole = (role: string) => award.participants.filter((p: any) => p.role === role).map((p: any) => p.entity.id);
    expect(byRole('AWARD')).toEqual(['award:french-police-gold-medal-of-honour']);
    expect(byRole('HONOREE')).toEqual(['person:abdellatif-hammouchi']);
    expect(byRole('CONFERRER')).toContain('country:france');
    // The stated reason, verbatim, in the evidence.
    expect(award.evidence.some((e: any) => e.quote.includes('اعترافا بجهوده قي توطيد وتطوير التعاون الأمني المشترك'))).toBe(true);
    expect(award.summary.en).toMatch(/in recognition of his efforts/i);
  });

  it('where attacks were foiled: France, Spain and other European countries', async () => {
    const data = await ask(`{ events(filter: { types: [PLOT_DISRUPTED] }) { totalCount edges { node { place { id } ${EVIDENCE} } } } }`);
    expect(data.events.totalCount).toBe(3);
    expect(data.events.edges.map((edge: any) => edge.node.place.id).sort()).toEqual(['country:france', 'country:spain', 'region:europe']);
    for (const edge of data.events.edges) {
      expect(edge.node.evidence.some((e: any) => e.quote.includes('وأد العديد من الاعتداءات الإرهابية'))).toBe(true);
    }
  });

  it("reads Morocco's security timeline in date order, partial dates kept as the article gives them", async () => {
    for (const entityId of ['country:morocco', 'org:moroccan-security-services']) {
      const data = await ask(
        `query($id: ID!) { timeline(entityId: $id, first: 100) { totalCount edges { node { roles date { phrase precision earliest latest edtf } event { id } } } } }`,
        { id: entityId },
      );
      const entries = data.timeline.edges.map((edge: any) => edge.node);
      expect(entries.length).toBe(data.timeline.totalCount);
      expect(entries.length).toBeGreaterThan(0);
      // Known dates ascend by their earliest bound; unknown dates come last.
      const keys = entries.map((entry: any) => entry.date.earliest ?? '9999');
      expect(keys).toEqual([...keys].sort());
      for (const entry of entries) {
        expect(entry.roles.length).toBeGreaterThan(0);
        // Nothing more precise than a year or a half-year is in this article.
        expect(['YEAR', 'HALF_YEAR', 'UNKNOWN']).toContain(entry.date.precision);
        if (entry.date.precision === 'UNKNOWN') expect([entry.date.earliest, entry.date.latest]).toEqual([null, null]);
        else expect(entry.date.phrase).toContain(entry.date.earliest.slice(0, 4));
      }
    }
    const services = await ask(
      `{ timeline(entityId: "org:moroccan-security-services", first: 2) { edges { node { date { phrase precision } event { id } } } } }`,
    );
    expect(services.timeline.edges.map((edge: any) => [edge.node.event.id, edge.node.date.phrase, edge.node.date.precision])).toEqual([
      ['event:world-cup-2022-security-support', 'نهاية سنة 2022', 'HALF_YEAR'],
      ['event:paris-2024-security-support', '2024', 'YEAR'],
    ]);
  });

  it('follows a path from Hammouchi to the Paris 2024 Olympics, each hop with evidence found verbatim in the source', async () => {
    const data = await ask(`{
      paths(fromId: "person:abdellatif-hammouchi", toId: "major-event:paris-2024-olympics", maxHops: 4) {
        paths { length start { id } hops { edge { source target type role ${EVIDENCE} } node { id } } }
      }
    }`);
    expect(data.paths.paths.length).toBeGreaterThan(0);
    const text = await sourceText('src:article-ma-security');
    for (const path of data.paths.paths) {
      expect(path.start.id).toBe('person:abdellatif-hammouchi');
      expect(path.hops.at(-1).node.id).toBe('major-event:paris-2024-olympics');
      expect(path.hops).toHaveLength(path.length);
      let at = path.start.id;
      for (const hop of path.hops) {
        // Each hop leaves the node the previous one reached, whichever way its edge points.
        expect([hop.edge.source, hop.edge.target].sort()).toEqual([at, hop.node.id].sort());
        at = hop.node.id;
        expect(hop.edge.evidence.length).toBeGreaterThan(0);
        for (const evidence of hop.edge.evidence) {
          expect(text.slice(evidence.start, evidence.end).join('')).toBe(evidence.quote);
        }
      }
    }
  });

  it('sees every event with a status derived from its evidence (one source: reported)', async () => {
    const data = await ask(`{ events(first: 100) { totalCount edges { node { id status statementKinds evidence { source { id } } } } } }`);
    expect(data.events.edges).toHaveLength(data.events.totalCount);
    for (const { node } of data.events.edges) {
      expect(node.status).toBe('REPORTED');
      expect(node.evidence.length).toBeGreaterThan(0);
      expect(node.statementKinds.length).toBeGreaterThan(0);
    }
  });
});

describe('pagination', () => {
  it('walks all events page by page with keyset cursors, each exactly once, in the same order as one big page', async () => {
    const all = await ask(`{ events(first: 100) { edges { node { id } } } }`);
    const expected = all.events.edges.map((edge: any) => edge.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: any = await ask(
        `query($after: String) { events(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...data.events.edges.map((edge: any) => edge.node.id));
      if (!data.events.pageInfo.hasNextPage) break;
      after = data.events.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('pages latest first with DATE_DESC, the reverse of DATE_ASC', async () => {
    const asc = await ask(`{ events(first: 100) { edges { node { id } } } }`);
    const desc = await ask(`{ events(first: 100, orderBy: DATE_DESC) { edges { node { id } } } }`);
    expect(desc.events.edges.map((e: any) => e.node.id)).toEqual(asc.events.edges.map((e: any) => e.node.id).reverse());
  });

  it('refuses a cursor that is not one, or belongs to another field, with INVALID_CURSOR', async () => {
    const entities = await ask(`{ entities(first: 1) { pageInfo { endCursor } } }`);
    for (const after of ['not-a-cursor', entities.entities.pageInfo.endCursor]) {
      const result = await api.run(`query($after: String) { events(first: 2, after: $after) { edges { cursor } } }`, { after });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
      expect(result.queries).toBe(0);
    }
  });

  it('filters entities by kind and country, with totalCount', async () => {
    const data = await ask(
      `{ entities(filter: { kinds: [CITY], countryId: "country:morocco" }) { totalCount edges { node { id country { id } } } } }`,
    );
    expect(data.entities.totalCount).toBe(data.entities.edges.length);
    expect(data.entities.edges.map((edge: any) => edge.node.id)).toContain('city:marrakech');
    for (const edge of data.entities.edges) expect(edge.node.country.id).toBe('country:morocco');
  });

  it('answers null for an unknown id, not an error', async () => {
    const data = await ask(
      `{ entity(id: "org:nobody") { id } event(id: "event:nothing") { id } neighborhood(entityId: "org:nobody") { truncated } }`,
    );
    expect(data).toEqual({ entity: null, event: null, neighborhood: null });
  });

  it('counts the graph', async () => {
    const data = await ask(
      `{ stats { entityCount eventCount relationCount sourceCount entitiesByKind { kind count } eventsByType { type count } eventsByYear { year count } eventsWithoutYear } }`,
    );
    const { stats } = data;
    expect(stats.sourceCount).toBeGreaterThanOrEqual(1);
    expect(stats.entitiesByKind.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(stats.entityCount);
    expect(stats.eventsByType.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(stats.eventCount);
    expect(stats.eventsByYear.reduce((sum: number, row: any) => sum + row.count, 0) + stats.eventsWithoutYear).toBe(stats.eventCount);
    expect(stats.eventsByYear.map((row: any) => row.year)).toEqual(expect.arrayContaining([2022, 2024, 2025]));
  });
});
