import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldTree, forType, selects, type FieldTree } from '../../src/selection.js';

// The selection the data layer projects, read from real graphql-js resolve info on a small schema.
const schema = buildSchema(`
  type Query { entity: Entity, search: [Hit!] }
  type Entity { id: ID!, name: String!, relations: [Relation!]! }
  type Relation { id: ID!, evidence: [Evidence!]! }
  type Evidence { quote: String!, source: Source! }
  type Source { id: ID!, title: String! }
  type Event { id: ID!, title: String! }
  union Hit = Entity | Event
`);

async function treeOf(query: string, variables?: Record<string, unknown>): Promise<FieldTree> {
  let tree: FieldTree | undefined;
  // graphql-js calls a root value function with (args, context, info).
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    tree = fieldTree(info);
    return null;
  };
  const result = await graphql({ schema, source: query, rootValue: { entity: capture, search: capture }, variableValues: variables ?? null });
  expect(result.errors).toBeUndefined();
  if (!tree) throw new Error('resolver not called');
  return tree;
}

describe('fieldTree', () => {
  it('expands a named fragment below a list into the fields of its object type', async () => {
    const tree = await treeOf(`{ entity { relations { evidence { ...Ev } } } } fragment Ev on Evidence { source { id } }`);
    expect(selects(tree, 'relations.evidence.source.id')).toBe(true);
  });

  it('merges aliases, inline fragments and applies @skip/@include', async () => {
    const tree = await treeOf(`query ($no: Boolean!) { entity { a: name ... on Entity { id } relations @skip(if: $no) { id } } }`, { no: true });
    expect([...tree.fields.keys()].sort()).toEqual(['id', 'name']);
  });

  it('keeps fragments below a union apart, per member type', async () => {
    const tree = await treeOf(`{ search { ... on Entity { name } ...Ev } } fragment Ev on Event { title }`);
    expect(tree.fields.size).toBe(0);
    expect([...(forType(tree, 'Entity')?.fields.keys() ?? [])]).toEqual(['name']);
    expect([...(forType(tree, 'Event')?.fields.keys() ?? [])]).toEqual(['title']);
  });
});
