import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * The fields a query selects below a field, by field name, with aliases merged, fragments expanded and
 * @skip/@include applied. The data layer reads it to put exactly the selected nested parts into its one Cypher
 * query. A fragment below a field of an object type is merged into its fields (validation guarantees it applies);
 * below a union or interface it is kept apart (`on`) so each member type gets only its own fields.
 */
export interface FieldTree {
  readonly fields: ReadonlyMap<string, FieldTree>;
  readonly on: ReadonlyMap<string, FieldTree>;
}

export const EMPTY_TREE: FieldTree = { fields: new Map(), on: new Map() };

interface MutableTree {
  fields: Map<string, MutableTree>;
  on: Map<string, MutableTree>;
}

const newTree = (): MutableTree => ({ fields: new Map(), on: new Map() });

/** The selection below the field being resolved. */
export function fieldTree(info: GraphQLResolveInfo): FieldTree {
  const tree = newTree();
  const scope: Scope = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  for (const node of info.fieldNodes) {
    if (node.selectionSet) collect(node.selectionSet, tree, getNamedType(info.returnType), scope);
  }
  return tree;
}

// Types are told apart by their tag, not instanceof: a test runner or bundler may load two copies of graphql.
const tagOf = (type: unknown): string | undefined => (type as { [Symbol.toStringTag]?: string } | undefined)?.[Symbol.toStringTag];
const isObjectType = (type: unknown): type is { getFields(): Record<string, GraphQLField<unknown, unknown>> } => tagOf(type) === 'GraphQLObjectType';
const hasFields = (type: unknown): type is { getFields(): Record<string, GraphQLField<unknown, unknown>> } =>
  tagOf(type) === 'GraphQLObjectType' || tagOf(type) === 'GraphQLInterfaceType';
function getNamedType(type: unknown): GraphQLNamedType | undefined {
  let current = type as { ofType?: unknown } | undefined;
  while (current?.ofType) current = current.ofType;
  return current as GraphQLNamedType | undefined;
}

interface Scope {
  readonly schema: GraphQLSchema;
  readonly fragments: Record<string, FragmentDefinitionNode>;
  readonly variables: Record<string, unknown>;
}

function collect(selectionSet: SelectionSetNode, into: MutableTree, parentType: GraphQLNamedType | undefined, scope: Scope): void {
  for (const selection of selectionSet.selections) {
    if (!included(selection, scope.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      let child = into.fields.get(name);
      if (!child) into.fields.set(name, (child = newTree()));
      const field = hasFields(parentType) ? parentType.getFields()[name] : undefined;
      if (selection.selectionSet) collect(selection.selectionSet, child, field ? getNamedType(field.type) : undefined, scope);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : scope.fragments[selection.name.value];
    if (!fragment) continue;
    const typeName = fragment.typeCondition?.name.value;
    // On an object type every valid fragment applies: its fields are the field's own.
    if (typeName === undefined || isObjectType(parentType)) {
      collect(fragment.selectionSet, into, parentType, scope);
      continue;
    }
    let typed = into.on.get(typeName);
    if (!typed) into.on.set(typeName, (typed = newTree()));
    collect(fragment.selectionSet, typed, scope.schema.getType(typeName) ?? undefined, scope);
  }
}

function included(node: Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;
}

/** The subtree of a field, or undefined when it is not selected. */
export function child(tree: FieldTree | undefined, name: string): FieldTree | undefined {
  return tree?.fields.get(name);
}

/** True when the field at that dotted path is selected. */
export function selects(tree: FieldTree | undefined, path: string): boolean {
  let current = tree;
  for (const name of path.split('.')) {
    current = current?.fields.get(name);
    if (!current) return false;
  }
  return true;
}

/**
 * The selection as seen by one concrete type: the shared fields plus those of fragments on that type or on
 * an interface or union it belongs to (listed in `alsoOn`).
 */
export function forType(tree: FieldTree | undefined, typeName: string, alsoOn: readonly string[] = []): FieldTree | undefined {
  if (!tree) return undefined;
  const parts = [tree, ...[typeName, ...alsoOn].map((name) => tree.on.get(name)).filter((t): t is FieldTree => t !== undefined)];
  if (parts.length === 1 && tree.on.size === 0) return tree;
  return merge(parts);
}

function merge(trees: readonly FieldTree[]): FieldTree {
  const out = newTree();
  for (const tree of trees) {
    for (const [name, sub] of tree.fields) {
      const existing = out.fields.get(name);
      out.fields.set(name, existing ? (merge([existing, sub]) as MutableTree) : (sub as MutableTree));
    }
    for (const [name, sub] of tree.on) {
      const existing = out.on.get(name);
      out.on.set(name, existing ? (merge([existing, sub]) as MutableTree) : (sub as MutableTree));
    }
  }
  return out;
}

/** A tree selecting the given dotted paths, e.g. treeOf('evidence.source'). */
export function treeOf(...paths: readonly string[]): FieldTree {
  const root = newTree();
  for (const path of paths) {
    let current = root;
    for (const name of path.split('.')) {
      let next = current.fields.get(name);
      if (!next) current.fields.set(name, (next = newTree()));
      current = next;
    }
  }
  return root;
}

/** The union of several selections (undefined ones ignored). */
export function mergeTrees(...trees: readonly (FieldTree | undefined)[]): FieldTree {
  return merge(trees.filter((t): t is FieldTree => t !== undefined));
}
