import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DATE_PRECISIONS,
  ENTITY_KINDS,
  LANGUAGES,
  EVENT_TYPES,
  PARTICIPANT_ROLES,
  RELATION_TYPES,
  STANCES,
  STATEMENT_KINDS,
} from '../../src/domain/vocabulary.js';
import { VOCABULARY_GROUPS } from '../../src/domain/labels.js';
import { NEO4J_VERSION } from '../../src/local-neo4j/version.js';
import { loadTypeDefs } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

describe('the SDL contract', () => {
  it('repeats the domain vocabularies exactly', () => {
    expect(enumValues('EntityKind')).toEqual([...ENTITY_KINDS]);
    expect(enumValues('EventType')).toEqual([...EVENT_TYPES]);
    expect(enumValues('ParticipantRole')).toEqual([...PARTICIPANT_ROLES]);
    expect(enumValues('RelationType')).toEqual([...RELATION_TYPES]);
    expect(enumValues('StatementKind')).toEqual([...STATEMENT_KINDS]);
    expect(enumValues('Stance')).toEqual([...STANCES]);
    expect(enumValues('DatePrecision')).toEqual([...DATE_PRECISIONS]);
    expect(enumValues('SearchKind')).toEqual([...ENTITY_KINDS, 'EVENT']);
    expect(enumValues('GraphEdgeType')).toEqual(['PARTICIPATED_IN', 'OCCURRED_IN', ...RELATION_TYPES]);
    expect(enumValues('Language')).toEqual(LANGUAGES.map((language) => language.toUpperCase()));
    expect(enumValues('VocabularyGroup')).toEqual([...VOCABULARY_GROUPS]);
  });

  it('documents every type, field, argument and enum value', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          if ('args' in field) for (const arg of field.args) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});

describe('one pinned Neo4j version', () => {
  it('is the same in docker-compose.yml', () => {
    const compose = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
    expect(compose).toContain(`image: neo4j:${NEO4J_VERSION}-community`);
  });
});
