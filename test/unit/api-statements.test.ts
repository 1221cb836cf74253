import { buildSchema, execute, parse, validate, type GraphQLSchema } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createDataLayer, Executor } from '../../src/db/index.js';
import { EXPORT_QUERIES } from '../../src/exports/index.js';
import { resolvers } from '../../src/resolvers/index.js';
import { createContext, loadTypeDefs } from '../../src/server.js';
import { fakeDriver, type DriverCall } from './fake-driver.js';

/**
 * The Cypher each GraphQL root field runs for a representative selection, in full, in a committed file
 * (__snapshots__/api-statements.cypher), beside the GraphQL that produced it: a change to any statement fails
 * this test until the file is updated (`npx vitest run -u`), so the new Cypher is reviewed like code, in the
 * diff of that file. The queries run through the real schema, resolvers and data layer; only the driver is a
 * recording stand-in, so no database is needed. A root field without a case here fails the test.
 *
 * graphql-js executes them directly rather than Apollo: the unit project loads src/'s `graphql` as ESM and
 * Apollo's as CommonJS, and the two refuse each other's schema (the integration project aliases them).
 */

interface Case {
  readonly field: string;
  readonly query: string;
}

const CASES: readonly Case[] = [
  {
    field: 'entity',
    query: `{ entity(id: "org:dgsn") { id kind name(language: FR) aliases { text language } description { en } wikidataUrl cameoActorCode
      country { id name } mentions { quote start end source { title } }
      relations { type since { phrase precision } from { id } to { id name } evidence { quote statementKind source { title } } } } }`,
  },
  { field: 'entities', query: `{ entities(first: 5) { edges { cursor node { id kind name } } pageInfo { hasNextPage endCursor } } }` },
  {
    field: 'entities',
    query: `{ entities(filter: { kinds: [ORGANIZATION], countryId: "country:morocco", name: "Sûreté nationale" }, first: 10, after: null) {
      totalCount edges { node { id name } } } }`,
  },
  {
    field: 'event',
    query: `{ event(id: "event:interpol-ga-2025") { id type cameoCode title(language: AR) summary { en } date { phrase precision earliest latest text(language: FR) }
      quantity { phrase min max } status statementKinds place { id name }
      participants { role status entity { id name } evidence { quote } }
      evidence { quote start end statementKind stance note source { id title language } attributedTo { id name } } } }`,
  },
  { field: 'events', query: `{ events(first: 20) { edges { node { id title date { phrase } } } pageInfo { hasNextPage } } }` },
  {
    field: 'events',
    query: `{ events(filter: { participantIds: ["country:morocco", "org:interpol"], includeParts: true, types: [OFFICIAL_VISIT, ARREST],
      from: "2022-01-01", to: "2025-12-31", dated: true, placeId: "city:marrakech", statementKinds: [REPORTED_FACT], status: REPORTED },
      orderBy: DATE_DESC, first: 10) { totalCount edges { node { id title } } } }`,
  },
  {
    field: 'relation',
    query: `{ relation(id: "rel:heads:person:hammouchi:org:dgsn") { id type since { phrase } until { phrase } description { fr } status
      from { id name } to { id name } evidence { quote statementKind source { title } } } }`,
  },
  {
    field: 'source',
    query: `{ source(id: "source:article") { id title language publisher url published { phrase } contentHash length text
      excerpts { id quote start end supports { statementKind stance event { id title } relation { id type } participation { id role } } } } }`,
  },
  { field: 'sources', query: `{ sources(first: 5) { totalCount edges { cursor node { id title language } } pageInfo { hasNextPage } } }` },
  {
    field: 'timeline',
    query: `{ timeline(entityId: "org:dgsn", first: 10) { edges { cursor node { roles date { phrase precision } event { id title } } } pageInfo { hasNextPage } } }`,
  },
  {
    field: 'timeline',
    query: `{ timeline(entityId: "country:morocco", includeParts: true, from: "2022-01-01", to: "2025-12-31", types: [OFFICIAL_VISIT], dated: true, first: 10) {
      totalCount entity { id name } edges { node { roles participants { via roles entity { id name } } event { id title place { name } } } }
      timelineJs(language: FR) } }`,
  },
  {
    field: 'neighborhood',
    query: `{ neighborhood(entityId: "org:dgsn", depth: 2, limit: 50) { truncated center { id label } nodes { id label distance }
      edges { id source target type role status } cytoscape(language: AR) } }`,
  },
  {
    field: 'paths',
    query: `{ paths(fromId: "person:hammouchi", toId: "org:interpol", maxHops: 4, limit: 3, avoidRelationTypes: [THREATENS], roles: [HOST, VISITOR]) {
      paths { length start { id label } hops { edge { id type role evidence { quote } } node { id label } } } cytoscape } }`,
  },
  {
    field: 'search',
    query: `{ search(text: "Hammouchi DGSN", languages: [AR, FR], kinds: [PERSON, ORGANIZATION, EVENT], first: 5) {
      score matchedText matchedLanguage node { ... on Entity { id kind name } ... on Event { id type title } } } }`,
  },
  {
    field: 'stats',
    query: `{ stats { entityCount eventCount sourceCount relationCount entitiesByKind { kind count } eventsByType { type count } eventsByYear { year count } eventsWithoutYear } }`,
  },
  { field: 'vocabulary', query: `{ vocabulary(groups: [EventType]) { group code label(language: AR) } }` },
];

const schema = withResolvers(buildSchema(loadTypeDefs().join('\n')));
const rootFields = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
const silent = pino({ level: 'silent' });

/** The SDL with the API's resolvers, scalars and union type resolution attached, as the server builds it. */
function withResolvers(built: GraphQLSchema): GraphQLSchema {
  for (const [typeName, members] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
    const type = built.getType(typeName) as unknown as Record<string, unknown> & { getFields?: () => Record<string, { resolve?: unknown }> };
    if (!type) throw new Error(`resolvers for ${typeName}, which the schema does not have`);
    if (!type.getFields) {
      // A scalar (its parsing and serialising) or a union (its type resolution).
      for (const key of ['serialize', 'parseValue', 'parseLiteral']) if (key in members) type[key] = members[key];
      if ('__resolveType' in members) type['resolveType'] = members['__resolveType'];
      continue;
    }
    const fields = type.getFields();
    for (const [fieldName, resolve] of Object.entries(members)) {
      const field = fields[fieldName];
      if (!field) throw new Error(`a resolver for ${typeName}.${fieldName}, which the schema does not have`);
      field.resolve = resolve;
    }
  }
  return built;
}

/** The statements one GraphQL operation runs, as the driver receives them. */
async function statementsOf(query: string): Promise<DriverCall[]> {
  const { driver, calls } = fakeDriver();
  const contextValue = createContext(new Executor(driver, { database: undefined, queryTimeoutMs: 5_000 }), silent, {
    observer: { onQuery: () => undefined },
  });
  const result = await execute({ schema, document: parse(query), contextValue });
  // The stand-in answers every query with no rows, which some fields take for a projection bug (an internal error);
  // an error with a code (a refused argument) means the query did not reach the database as written.
  const unexpected = (result.errors ?? []).filter((error) => error.extensions['code'] !== undefined);
  if (unexpected.length) throw new Error(`${query}: ${unexpected.map((error) => error.message).join('; ')}`);
  return calls;
}

/** One section of the snapshot file: where the statements came from, then each statement by name. */
function section(title: string, calls: readonly DriverCall[]): string {
  const statements = calls.map((call) => {
    const name = String(call.config?.metadata?.['statement']);
    const parameters = Object.keys(call.params).join(', ');
    return `// ${name} ($: ${parameters || 'none'})\n${call.text.replace(/^\n/, '')}\n;\n`;
  });
  return `// ${'='.repeat(110)}\n// ${title}\n\n${statements.join('\n') || '// (no Cypher: answered without the database)\n'}`;
}

const oneLine = (query: string) => query.replace(/\s+/g, ' ').trim();

describe('the Cypher of every API root field', () => {
  it('has a representative query for every root field of the schema', () => {
    expect([...new Set(CASES.map((c) => c.field))].sort()).toEqual(rootFields);
  });

  it('runs valid queries, each one Cypher statement with a name (none for the vocabulary)', async () => {
    for (const c of CASES) {
      expect(validate(schema, parse(c.query)), c.query).toEqual([]);
      const calls = await statementsOf(c.query);
      expect(calls, c.query).toHaveLength(c.field === 'vocabulary' ? 0 : 1);
      for (const call of calls) expect(call.config?.metadata?.['statement'], c.query).toMatch(/^[a-z]+\.[A-Za-z]+$/);
    }
  });

  it('are the reviewed text', async () => {
    const sections: string[] = [];
    for (const c of CASES) sections.push(section(`Query.${c.field}: ${oneLine(c.query)}`, await statementsOf(c.query)));
    // The export routes run the same statements with the options the export fields pass.
    const { driver, calls } = fakeDriver();
    const db = createDataLayer(new Executor(driver, { database: undefined, queryTimeoutMs: 5_000 }));
    const exports: [string, () => Promise<unknown>][] = [
      [
        'GET /export/neighborhood/org:dgsn',
        () => db.graph.neighborhood({ entityId: 'org:dgsn' }, EXPORT_QUERIES.neighborhood.tree, EXPORT_QUERIES.neighborhood.options),
      ],
      [
        'GET /export/paths?from=person:hammouchi&to=org:interpol',
        () => db.graph.paths({ fromId: 'person:hammouchi', toId: 'org:interpol' }, EXPORT_QUERIES.paths.tree, EXPORT_QUERIES.paths.options),
      ],
      [
        'GET /export/timeline/org:dgsn',
        () => db.events.timeline({ entityId: 'org:dgsn', first: 100 }, EXPORT_QUERIES.timeline.tree, EXPORT_QUERIES.timeline.options),
      ],
    ];
    for (const [title, run] of exports) {
      const before = calls.length;
      await run();
      sections.push(section(title, calls.slice(before)));
    }
    await expect(sections.join('\n')).toMatchFileSnapshot('./__snapshots__/api-statements.cypher');
  });
});
