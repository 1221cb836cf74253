import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { VOCABULARY_GROUPS } from '../../src/domain/labels.js';
import { loadTypeDefs } from '../../src/server.js';
import { useTestApi } from '../support/api.js';

// The vocabulary apps label codes with, dates in words, and the list of sources, as a client sees them.

const { run } = useTestApi();
const schema = buildSchema(loadTypeDefs().join('\n'));
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);
const ARTICLE = 'src:article-ma-security';

interface Entry {
  group: string;
  code: string;
  label: string;
  ar: string;
  labels: { ar: string; fr: string; en: string };
}

describe('vocabulary', () => {
  it('has every code of every group with three labels, without a database call', async () => {
    const result = await run<{ vocabulary: Entry[] }>(`{ vocabulary { group code label ar: label(language: AR) labels { ar fr en } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(0);
    const entries = result.data?.vocabulary ?? [];
    for (const group of VOCABULARY_GROUPS) {
      const codes = entries.filter((entry) => entry.group === group).map((entry) => entry.code);
      expect(codes, group).toEqual(enumValues(group));
    }
    expect(entries).toHaveLength(VOCABULARY_GROUPS.reduce((sum, group) => sum + enumValues(group).length, 0));
    for (const entry of entries) {
      for (const language of ['ar', 'fr', 'en'] as const) {
        expect(entry.labels[language], `${entry.group}.${entry.code} ${language}`).toBeTruthy();
        expect(entry.labels[language]).not.toBe(entry.code);
      }
      expect(entry.label).toBe(entry.labels.en);
      expect(entry.ar).toBe(entry.labels.ar);
    }
  });

  it('gives only the groups asked for', async () => {
    const result = await run<{ vocabulary: Entry[] }>(
      `{ vocabulary(groups: [StatementKind, DatePrecision]) { group code fr: label(language: FR) } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(0);
    const entries = result.data?.vocabulary ?? [];
    expect(new Set(entries.map((entry) => entry.group))).toEqual(new Set(['StatementKind', 'DatePrecision']));
    expect(entries).toContainEqual({ group: 'StatementKind', code: 'REPORTED_FACT', fr: 'fait rapporté' });
    expect(entries).toContainEqual({ group: 'DatePrecision', code: 'HALF_YEAR', fr: 'semestre' });
  });

  it('refuses a group that does not exist', async () => {
    const result = await run(`{ vocabulary(groups: [Colour]) { code } }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.queries).toBe(0);
  });
});

describe('FuzzyDate.text', () => {
  it('words the World Cup support ("نهاية سنة 2022", a half-year) in three languages, in the one query of the event', async () => {
    const result = await run(`{ event(id: "event:world-cup-2022-security-support") {
      date { phrase precision ar: text(language: AR) fr: text(language: FR) en: text }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    expect(result.data?.['event'].date).toEqual({
      phrase: 'نهاية سنة 2022',
      precision: 'HALF_YEAR',
      ar: 'النصف الثاني من 2022',
      fr: '2e semestre 2022',
      en: 'second half of 2022',
    });
  });

  it('says "undated" for a date the article does not give, and the year for a year', async () => {
    const result = await run(`{
      arrest: event(id: "event:marseille-mafia-leaders-arrest") { date { phrase ar: text(language: AR) fr: text(language: FR) en: text(language: EN) } }
    }`);
    expect(result.data?.['arrest'].date).toEqual({ phrase: 'مؤخرا', ar: 'غير مؤرخ', fr: 'non daté', en: 'undated' });
    const meeting = await run(`{ event(id: "event:interpol-ga-93") { date { text(language: FR) } } }`);
    expect(meeting.data?.['event'].date.text).toBe('2025');
  });

  it('words every date of a timeline page in the one query of the timeline', async () => {
    const result = await run(`{ timeline(entityId: "org:moroccan-security-services", first: 100) {
      edges { node { date { precision text(language: AR) } event { date { text(language: FR) } } } }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const dates = (result.data?.['timeline'].edges as any[]).map((edge) => edge.node);
    expect(dates.length).toBeGreaterThan(0);
    for (const entry of dates) {
      expect(entry.date.text).not.toBe('');
      expect(entry.date.text).not.toMatch(/[A-Za-z]/);
      expect(entry.event.date.text).not.toBe('');
    }
  });
});

describe('sources', () => {
  it('lists the article with its metadata, in one query', async () => {
    const result = await run(`{ sources { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id title language publisher url length published { text } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const connection = result.data?.['sources'];
    const article = (connection.edges as any[]).find((edge) => edge.node.id === ARTICLE)?.node;
    expect(article).toMatchObject({ language: 'AR', publisher: null, url: null, published: null });
    expect(article.title).toMatch(/^الأجهزة الأمنية المغربية/);
    expect(article.length).toBeGreaterThan(1000);
    expect(connection.totalCount).toBe(connection.edges.length);
  });

  it('pages by id with keyset cursors: every source once, in id order', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: any = await run(
        `query ($after: String) { sources(first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      expect(result.queries).toBe(1);
      ids.push(...result.data.sources.edges.map((edge: any) => edge.node.id));
      if (!result.data.sources.pageInfo.hasNextPage) break;
      after = result.data.sources.pageInfo.endCursor;
    }
    expect(ids).toContain(ARTICLE);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('refuses a page size over its cap before any query, and a cursor from another field', async () => {
    const tooBig = await run(`{ sources(first: 101) { totalCount } }`);
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'PAGE_SIZE_EXCEEDED', max: 100 });
    expect(tooBig.queries).toBe(0);
    const entities = await run(`{ entities(first: 1) { pageInfo { endCursor } } }`);
    const foreign = await run(`query ($after: String) { sources(after: $after) { totalCount } }`, {
      after: entities.data?.['entities'].pageInfo.endCursor,
    });
    expect(foreign.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
    expect(foreign.queries).toBe(0);
  });
});

describe('the article in three languages', () => {
  it('gives every event a title and a summary in Arabic, French and English', async () => {
    const result = await run(`{ events(first: 100) { edges { node { id titles { ar fr en } summary { ar fr en } evidence { source { id } } } } } }`);
    expect(result.errors).toBeUndefined();
    const events = (result.data?.['events'].edges as any[])
      .map((edge) => edge.node)
      .filter((event) => event.evidence.some((evidence: any) => evidence.source.id === ARTICLE));
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) {
      for (const language of ['ar', 'fr', 'en']) {
        expect(event.titles[language], `${event.id} title ${language}`).toBeTruthy();
        expect(event.summary?.[language], `${event.id} summary ${language}`).toBeTruthy();
      }
      // The Arabic texts are Arabic, the French ones French (not a copy of another language).
      expect(event.summary.ar).toMatch(/^[^A-Za-z]*$/);
      expect(event.summary.fr).not.toBe(event.summary.en);
    }
  });
});
