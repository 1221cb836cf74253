import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { validationRules } from '../../src/limits.js';
import { loadTypeDefs } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const codes = (query: string) => validate(schema, parse(query), validationRules).map((error) => error.extensions['code']);

describe('query cost', () => {
  const fields = 'id title type date { phrase precision earliest latest } participants { role entity { id kind name } }';
  it('charges a query written with fragments what it charges written out', () => {
    const written = `{ events(first: 100) { edges { node { ${fields} evidence { quote start end source { id } } } } } }`;
    const withFragments = `{ events(first: 100) { edges { node { ...E } } } }
      fragment E on Event { ...F evidence { ...Q } }
      fragment F on Event { ${fields} }
      fragment Q on Evidence { quote start end source { id } }`;
    expect(codes(written)).toEqual([]);
    expect(codes(withFragments)).toEqual([]);
  });

  it('still refuses a costly query whichever way it is written', () => {
    const heavy = `relations { evidence { quote source { text title } } from { name } to { name } } mentions { quote source { text title } }`;
    expect(codes(`{ events(first: 100) { edges { node { participants { entity { ${heavy} } } } } } }`)).toContain('QUERY_TOO_COSTLY');
    expect(codes(`{ events(first: 100) { edges { node { participants { entity { ...H } } } } } } fragment H on Entity { ${heavy} }`)).toContain(
      'QUERY_TOO_COSTLY',
    );
  });
});
