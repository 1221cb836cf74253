import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIST_CAPS } from '../../src/db/arguments.js';
import { LIST_FIELD_CAPS, measureOperation, QUERY_LIMITS, validationRules } from '../../src/limits/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { loadTypeDefs, onlyLimitErrors } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** The codes a document gets while validating, as the server answers them (limit errors alone when there are some). */
const codes = (query: string): unknown[] =>
  onlyLimitErrors(validate(schema, parse(query), validationRules).map((error: GraphQLError) => error.toJSON())).map(
    (error) => error.extensions?.['code'],
  );

/** The cost and estimated bytes of a query's first operation with these variables. */
function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return measureOperation(schema, document, operation, variables);
}

/** The request from the report: 10 aliases of events(first: $n) down to the sources' texts. */
const ATTACK_ONE = 'events(first: $n) { edges { node { participants { entity { mentions { source { text } } } } evidence { source { text } } } } }';
const ATTACK = `query ($n: Int) { ${Array.from({ length: 10 }, (_, i) => `a${i}: ${ATTACK_ONE}`).join(' ')} }`;

describe('cost of the operation as it runs', () => {
  it('counts a page given in a variable as it counts one written in the query', () => {
    const literal = measure('{ events(first: 100) { edges { node { id } } } }');
    const variable = measure('query ($n: Int) { events(first: $n) { edges { node { id } } } }', { n: 100 });
    expect(variable).toEqual(literal);
    expect(literal.cost).toBe(1 + 100 * 2 + 100);
    // An absent `first` counts at its default page of 20.
    expect(measure('{ events { edges { node { id } } } }').cost).toBe(1 + 20 * 2 + 20);
  });

  it('refuses the 40 MB request of the report, and each of its ten aliases alone', () => {
    expect(measure(ATTACK, { n: 100 }).cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(measure(`query ($n: Int) { ${ATTACK_ONE} }`, { n: 100 }).cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('counts every unpaged list at its cap: each nested list multiplies what is below it', () => {
    const mentions = measure('{ entity(id: "x") { mentions { quote } } }');
    expect(mentions.cost).toBe(1 + LIST_CAPS.mentions * 2);
    const nested = measure('{ event(id: "x") { participants { entity { mentions { quote } } } } }');
    expect(nested.cost).toBe(1 + LIST_CAPS.participants * (1 + 1 + LIST_CAPS.mentions * 2));
    // A list of codes counts at the number of codes.
    expect(measure('{ event(id: "x") { statementKinds } }').cost).toBe(1 + 5);
  });

  it('counts the views by their own arguments: neighbourhood size and depth, paths and hops', () => {
    const small = measure('{ neighborhood(entityId: "x", depth: 1, limit: 10) { nodes { id } edges { id } } }');
    const large = measure('query ($d: Int) { neighborhood(entityId: "x", depth: $d, limit: 500) { nodes { id } edges { id } } }', { d: 3 });
    expect(small.cost).toBe(1 + 2 * 10 + 2 * 40);
    expect(large.cost).toBe(1 + 2 * 500 + 2 * 3 * 2_000);
    expect(measure('{ paths(fromId: "a", toId: "b", maxHops: 6, limit: 20) { paths { hops { node { id } } } } }').cost).toBe(
      1 + 20 * (1 + 6 * (1 + 1 + 1)),
    );
  });

  it('applies @skip and @include with their variables, and expands fragments', () => {
    const query = `query ($full: Boolean!) { events(first: 100) { edges { node { id ...Heavy @include(if: $full) } } } }
      fragment Heavy on Event { participants { entity { mentions { source { id } } } } }`;
    expect(measure(query, { full: false }).cost).toBeLessThan(1_000);
    expect(measure(query, { full: true }).cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('charges a query written with fragments what it charges written out', () => {
    const fields = 'id title type date { phrase precision earliest latest } participants { role entity { id kind name } }';
    const written = `{ events(first: 100) { edges { node { ${fields} evidence { quote start end source { id } } } } } }`;
    const withFragments = `{ events(first: 100) { edges { node { ...E } } } }
      fragment E on Event { ...F evidence { ...Q } }
      fragment F on Event { ${fields} }
      fragment Q on Evidence { quote start end source { id } }`;
    expect(measure(withFragments).cost).toBe(measure(written).cost);
  });

  it('estimates the size: a full text counts as a large value, so few values can still be too large', () => {
    const texts = measure('query ($n: Int) { events(first: $n) { edges { node { evidence { source { text } } } } } }', { n: 100 });
    expect(texts.cost).toBeLessThan(QUERY_LIMITS.maxCost);
    expect(texts.bytes).toBeGreaterThan(QUERY_LIMITS.maxEstimatedBytes);
    expect(measure('{ source(id: "x") { text } }').bytes).toBeLessThan(QUERY_LIMITS.maxEstimatedBytes / 100);
  });

  it('refuses a page size out of range given in a variable with PAGE_SIZE_EXCEEDED', () => {
    const page = () => measure('query ($n: Int) { events(first: $n) { totalCount } }', { n: 100_000 });
    expect(page).toThrow(/first must be between 1 and 100 \(got 100000\)/);
    try {
      page();
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'PAGE_SIZE_EXCEEDED', argumentName: 'first', max: 100 });
    }
    expect(() => measure('query ($n: Int) { search(text: "x", first: $n) { score } }', { n: 51 })).toThrow(/between 1 and 50/);
  });

  it('has a cap for every list of the schema', () => {
    const uncapped: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        const listed = isListType(getNullableType(field.type));
        if (listed && !(coordinate in LIST_FIELD_CAPS) && getNamedType(field.type).constructor.name !== 'GraphQLEnumType') uncapped.push(coordinate);
      }
    }
    expect(uncapped).toEqual([]);
  });

  it('lets every query of the explorer through at its largest variables', () => {
    const dir = join(PROJECT_ROOT, 'web', 'src', 'queries');
    const largest = { id: 'x', from: 'a', to: 'b', text: 'x', after: 'x', language: 'EN', depth: 3, maxHops: 6, first: 50 };
    // One document of every file, as codegen sees them: the operations spread the shared fragments of fragments.graphql.
    const files = readdirSync(dir).filter((name) => name.endsWith('.graphql'));
    const document = parse(files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n'));
    expect(validate(schema, document, [...specifiedRules, ...validationRules])).toEqual([]);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(10);
    for (const operation of operations) {
      const { cost, bytes } = measureOperation(schema, document, operation, largest);
      expect(cost, operation.name?.value).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
      expect(bytes, operation.name?.value).toBeLessThanOrEqual(QUERY_LIMITS.maxResponseBytes);
    }
  });
});

describe('validation limits', () => {
  it('refuses mutations and subscriptions with OPERATION_NOT_SUPPORTED, once', () => {
    expect(codes('mutation { x }')).toEqual(['OPERATION_NOT_SUPPORTED']);
    expect(codes('subscription { events { totalCount } }')).toEqual(['OPERATION_NOT_SUPPORTED']);
    expect(codes('query A { stats { entityCount } } mutation B { x }')).toEqual(['OPERATION_NOT_SUPPORTED']);
  });

  it('refuses too many directives with one TOO_MANY_DIRECTIVES, not one error per directive', () => {
    const many = Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect(codes(`{ stats { entityCount ${many} } }`)).toEqual(['TOO_MANY_DIRECTIVES']);
    const spread = Array.from({ length: 11 }, () => '...D').join(' ');
    // Two directives in a fragment spread eleven times are 22.
    expect(codes(`{ stats { ${spread} } } fragment D on Stats { entityCount @skip(if: false) eventCount @include(if: true) }`)).toEqual([
      'TOO_MANY_DIRECTIVES',
    ]);
    expect(codes(`{ stats { entityCount ${many.split(' ').slice(2).join(' ')} } }`)).not.toContain('TOO_MANY_DIRECTIVES');
  });

  it('counts __typename aliases and aliases in fragments', () => {
    const typenames = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(codes(`{ ${typenames} }`)).toEqual(['TOO_MANY_ALIASES']);
    const spreads = Array.from({ length: 8 }, () => '...A').join(' ');
    expect(codes(`{ stats { ${spreads} } } fragment A on Stats { a: entityCount b: eventCount }`)).toEqual(['TOO_MANY_ALIASES']);
    expect(codes('{ a: __typename b: stats { c: entityCount } }')).toEqual([]);
  });

  it('counts nested fragment spreads without expanding them one by one', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Stats { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const started = performance.now();
    // 2^30 aliases once expanded. Spreads are not levels of the answer (the depth counts fields), so only the
    // alias limit refuses it, and fast.
    expect(codes(`{ stats { ...F0 } } ${levels} fragment F30 on Stats { a: entityCount }`)).toEqual(['TOO_MANY_ALIASES']);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('keeps refusing a literal page size out of range with PAGE_SIZE_EXCEEDED', () => {
    expect(codes('{ events(first: 100000) { totalCount } }')).toEqual(['PAGE_SIZE_EXCEEDED']);
    expect(codes('{ search(text: "x", first: 0) { score } }')).toEqual(['PAGE_SIZE_EXCEEDED']);
  });
});
