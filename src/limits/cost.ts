import {
  Kind,
  OperationTypeNode,
  parse,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIMITS, LIST_CAPS } from '../db/arguments.js';
import { vocabularyEntries } from '../domain/labels.js';
import { ENTITY_KINDS, EVENT_TYPES, QUANTITY_UNITS } from '../domain/vocabulary.js';
import { pageSizeError } from './page-size.js';

/**
 * The cost of an operation as it will run: variables substituted, @skip/@include applied, fragments expanded, and
 * every list counted at the most items it can hold. Two measures, both upper bounds computed without the data:
 *
 * - `cost`: how many values the answer can hold (every field of every object counts 1; a list multiplies what is
 *   below it by its cap: `first` for a page, LIST_CAPS for the unpaged lists the data layer cuts, the size of the
 *   enum for a list of enum values, the view's own bounds for neighbourhoods and paths);
 * - `bytes`: an estimate of the answer's JSON size, each value counted at a typical size for its type, except the
 *   large ones counted at their maximum (a source's full text at SOURCE_TEXT_BYTES, quotes at QUOTE_BYTES).
 *
 * Introspection fields (`__schema`, `__type`) are answered from the schema, whose size is fixed: they count 1.
 *
 * Types are told apart by their tag and values read untyped, not with graphql-js's instanceof-based helpers: Apollo
 * and this module may be given two copies of graphql (a test runner, a bundler). Execution coerces and checks every
 * value anyway; here a value of the wrong type only counts as the argument's default.
 */
export interface OperationMeasure {
  readonly cost: number;
  readonly bytes: number;
}

/** What a source's full text counts toward the response size (a long news article in Arabic, UTF-8). */
export const SOURCE_TEXT_BYTES = 100_000;
/** What a verbatim quote counts toward the response size. */
export const QUOTE_BYTES = 400;

type Args = Readonly<Record<string, unknown>>;
/** The most items a list field holds, from its own arguments and those of the root field it is under. */
type ListCap = (args: Args, root: Args) => number;

/** An integer argument within [1, max], its default when absent or null (out-of-range values are refused later). */
function bounded(value: unknown, fallback: number, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  return Math.min(Math.max(Math.trunc(n), 1), max);
}

const page: ListCap = (_args, root) => bounded(root['first'], 20, LIMITS.pageSize);
const fixed =
  (cap: number): ListCap =>
  () =>
    cap;
/** Neighbourhood levels read at most min(4 × limit, 2000) rows each (src/db/graph.ts), one edge per row. */
const neighborhoodEdges: ListCap = (_args, root) =>
  bounded(root['depth'], 1, LIMITS.neighborhoodDepth) * Math.min(4 * bounded(root['limit'], 100, LIMITS.neighborhoodNodes), 2_000);

/** What a list with no known cap counts as. */
const UNCAPPED_LIST = 1_000;

/** Caps of the lists whose items are objects or free values, by `Type.field`. Lists of enum values are capped by the enum. */
export const LIST_FIELD_CAPS: Readonly<Record<string, ListCap>> = {
  'Query.search': (args) => bounded(args['first'], 10, LIMITS.searchResults),
  'Query.vocabulary': (args) => vocabularyEntries(Array.isArray(args['groups']) ? (args['groups'] as never[]) : null).length,
  'EntityConnection.edges': page,
  'EventConnection.edges': page,
  'SourceConnection.edges': page,
  'TimelineConnection.edges': page,
  'Entity.aliases': fixed(LIST_CAPS.aliases),
  'Entity.mentions': fixed(LIST_CAPS.mentions),
  'Entity.relations': fixed(LIST_CAPS.relations),
  'Event.participants': fixed(LIST_CAPS.participants),
  'TimelineEntry.participants': fixed(LIST_CAPS.participants),
  'Event.evidence': fixed(LIST_CAPS.evidence),
  // An event's date claims are read from at most LIST_CAPS.evidence quotes in all: so many claims, values, quotes.
  'Event.dateClaims': fixed(LIST_CAPS.evidence),
  'DateClaim.evidence': fixed(LIST_CAPS.evidence),
  // The date, the place, a count per unit, then a participant's role per participation read.
  'Event.conflicts': fixed(2 + QUANTITY_UNITS.length + LIST_CAPS.participants),
  'Event.participantRoles': fixed(LIST_CAPS.participants),
  'ParticipantRoles.claims': fixed(LIST_CAPS.roleClaims),
  'RoleClaim.evidence': fixed(LIST_CAPS.evidence),
  // A relation's start and end are read from at most LIST_CAPS.evidence quotes each, as an event's date.
  'Relation.sinceClaims': fixed(LIST_CAPS.evidence),
  'Relation.untilClaims': fixed(LIST_CAPS.evidence),
  'Relation.conflicts': fixed(2),
  // Counts and places are read from at most LIST_CAPS.evidence quotes each, as dates.
  'Event.quantities': fixed(QUANTITY_UNITS.length),
  'EventQuantity.claims': fixed(LIST_CAPS.evidence),
  'QuantityClaim.evidence': fixed(LIST_CAPS.evidence),
  'Event.placeClaims': fixed(LIST_CAPS.evidence),
  'PlaceClaim.evidence': fixed(LIST_CAPS.evidence),
  'DetailConflict.values': fixed(LIST_CAPS.evidence),
  'ClaimedValue.evidence': fixed(LIST_CAPS.evidence),
  'Participation.evidence': fixed(LIST_CAPS.evidence),
  'Relation.evidence': fixed(LIST_CAPS.evidence),
  'GraphEdge.evidence': fixed(LIST_CAPS.evidence),
  'Source.excerpts': fixed(LIST_CAPS.excerpts),
  'Excerpt.supports': fixed(LIST_CAPS.supports),
  'StatusReason.sources': fixed(LIST_CAPS.statusSources),
  'Neighborhood.nodes': (_args, root) => bounded(root['limit'], 100, LIMITS.neighborhoodNodes),
  'Neighborhood.edges': neighborhoodEdges,
  'PathsResult.paths': (_args, root) => bounded(root['limit'], 5, LIMITS.paths),
  'Path.hops': (_args, root) => bounded(root['maxHops'], 4, LIMITS.pathHops),
  'Stats.entitiesByKind': fixed(ENTITY_KINDS.length),
  'Stats.eventsByType': fixed(EVENT_TYPES.length),
  'Stats.eventsByYear': fixed(LIST_CAPS.years),
};

const DATE = '{ phrase precision earliest latest edtf year }';
const NAMES = '{ ar fr en }';
const EVIDENCE = `{ excerptId quote start end statementKind stance source { id title language } attributedTo { id kind names ${NAMES} } }`;
const GRAPH_NODE = `{ id nodeType entityKind eventType labels ${NAMES} date ${DATE} distance }`;
const GRAPH_EDGE = `{ id source target type role status evidence ${EVIDENCE} }`;

/**
 * The JSON exports cost what the selection they are built from costs (src/exports): each is measured as that
 * selection on the same object, with the same arguments.
 */
const EXPORT_EQUIVALENTS: Readonly<Record<string, SelectionSetNode>> = Object.fromEntries(
  Object.entries({
    'Neighborhood.cytoscape': `{ nodes ${GRAPH_NODE} edges ${GRAPH_EDGE} }`,
    'PathsResult.cytoscape': `{ paths { start ${GRAPH_NODE} hops { edge ${GRAPH_EDGE} node ${GRAPH_NODE} } } }`,
    'TimelineConnection.timelineJs': `{ entity { id names ${NAMES} } edges { node { roles date ${DATE} event { id type status titles ${NAMES} summary ${NAMES} date ${DATE} place { id names ${NAMES} } evidence ${EVIDENCE} } } } }`,
  }).map(([field, selection]) => [field, selectionSetOf(selection)]),
);

function selectionSetOf(selection: string): SelectionSetNode {
  const [definition] = parse(selection).definitions;
  if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`not a selection: ${selection}`);
  return definition.selectionSet;
}

/** Typical JSON size of one value of a leaf type, quotes included. */
const STRING_BYTES = 120;
const ENUM_BYTES = 32;
const LEAF_BYTES: Readonly<Record<string, number>> = { Int: 12, Float: 24, Boolean: 5, ID: 48, Date: 12, String: STRING_BYTES };
/** Leaves counted at their maximum rather than a typical size. */
const LARGE_LEAF_BYTES: Readonly<Record<string, number>> = {
  'Source.text': SOURCE_TEXT_BYTES,
  'Evidence.quote': QUOTE_BYTES,
  'Mention.quote': QUOTE_BYTES,
  'Excerpt.quote': QUOTE_BYTES,
};

interface Scope {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
  /** The arguments of the root field being measured. */
  readonly root: Args;
}

interface Tally {
  cost: number;
  bytes: number;
}

/**
 * Measures `operation` of a validated `document` with its coerced variables. Throws PAGE_SIZE_EXCEEDED (the error
 * a literal `first` gets while validating) when a variable puts `first` out of range.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Readonly<Record<string, unknown>> = {},
): OperationMeasure {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
    if (given[name] !== undefined) variables[name] = given[name];
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const rootType = operation.operation === OperationTypeNode.QUERY ? schema.getQueryType() : undefined;
  const tally: Tally = { cost: 0, bytes: 0 };
  if (rootType) measureSelections(operation.selectionSet, rootType, 1, { schema, fragments, variables, root: {} }, tally, true);
  return tally;
}

function measureSelections(
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  multiplicity: number,
  scope: Scope,
  tally: Tally,
  atRoot = false,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(selection, scope.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      measureField(selection, parentType, multiplicity, scope, tally, atRoot);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : scope.fragments[selection.name.value];
    if (!fragment) continue;
    // Fragments on different members of a union or interface are all counted: an upper bound.
    const typeName = fragment.typeCondition?.name.value;
    const type = typeName === undefined ? parentType : (scope.schema.getType(typeName) ?? parentType);
    measureSelections(fragment.selectionSet, type, multiplicity, scope, tally, atRoot);
  }
}

function measureField(node: FieldNode, parentType: GraphQLNamedType, multiplicity: number, scope: Scope, tally: Tally, atRoot: boolean): void {
  const name = node.name.value;
  const key = node.alias?.value ?? name;
  tally.bytes += multiplicity * (key.length + 4);
  const field = hasFields(parentType) ? parentType.getFields()[name] : undefined;
  if (!field) {
    // __typename, or an introspection field answered from the fixed schema.
    tally.cost += multiplicity;
    tally.bytes += multiplicity * STRING_BYTES;
    return;
  }
  const args = argumentsOf(field, node, scope.variables);
  if (atRoot && 'first' in args) {
    const error: GraphQLError | undefined = pageSizeError(name, typeof args['first'] === 'number' ? args['first'] : 20, node);
    if (error) throw error;
  }
  const childScope = atRoot ? { ...scope, root: args } : scope;
  const coordinate = `${parentType.name}.${name}`;
  const namedType = namedTypeOf(field.type);
  const count = isList(field.type) ? listCap(coordinate, namedType, args, childScope.root) : 1;
  const items = multiplicity * count;

  const equivalent = EXPORT_EQUIVALENTS[coordinate];
  if (equivalent) {
    measureSelections(equivalent, parentType, multiplicity, childScope, tally);
    return;
  }
  tally.cost += items;
  if (tagOf(namedType) === 'GraphQLScalarType' || isEnum(namedType)) {
    tally.bytes += items * (LARGE_LEAF_BYTES[coordinate] ?? (isEnum(namedType) ? ENUM_BYTES : (LEAF_BYTES[namedType.name] ?? STRING_BYTES)));
    return;
  }
  tally.bytes += items * 2;
  if (node.selectionSet) measureSelections(node.selectionSet, namedType, items, childScope, tally);
}

/** The cap of a list field: its entry in LIST_FIELD_CAPS, or the number of values of an enum it lists. */
export function listCap(coordinate: string, itemType: GraphQLNamedType, args: Args, root: Args): number {
  const cap = LIST_FIELD_CAPS[coordinate];
  if (cap) return cap(args, root);
  if (isEnum(itemType)) return itemType.getValues().length;
  // A list added to the schema without a cap: test/unit/limits.test.ts fails on it; until then it counts high.
  return UNCAPPED_LIST;
}

/** The field's arguments: those written (variables substituted), else their defaults. */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Readonly<Record<string, unknown>>): Args {
  const args: Record<string, unknown> = {};
  for (const argument of field.args) {
    const written = node.arguments?.find((a) => a.name.value === argument.name);
    const value = written ? valueFromASTUntyped(written.value, variables) : undefined;
    args[argument.name] = value ?? argument.defaultValue;
  }
  return args;
}

/** False when @skip(if: true) or @include(if: false) leaves the selection out. */
function included(node: { readonly directives?: readonly DirectiveNode[] | undefined }, variables: Readonly<Record<string, unknown>>): boolean {
  const condition = (name: string): unknown => {
    const argument = node.directives?.find((d) => d.name.value === name)?.arguments?.find((a) => a.name.value === 'if');
    return argument ? valueFromASTUntyped(argument.value, variables) : undefined;
  };
  return condition('skip') !== true && condition('include') !== false;
}

type WithFields = { getFields(): Record<string, GraphQLField<unknown, unknown>> } & GraphQLNamedType;
type WithValues = { getValues(): readonly unknown[] } & GraphQLNamedType;
const tagOf = (type: unknown): string | undefined => (type as { [Symbol.toStringTag]?: string } | undefined)?.[Symbol.toStringTag];
const hasFields = (type: unknown): type is WithFields => tagOf(type) === 'GraphQLObjectType' || tagOf(type) === 'GraphQLInterfaceType';
const isEnum = (type: unknown): type is WithValues => tagOf(type) === 'GraphQLEnumType';
const isList = (type: unknown): boolean => {
  const nullable = tagOf(type) === 'GraphQLNonNull' ? (type as { ofType: unknown }).ofType : type;
  return tagOf(nullable) === 'GraphQLList';
};
function namedTypeOf(type: unknown): GraphQLNamedType {
  let current = type as { ofType?: unknown };
  while (current.ofType) current = current.ofType;
  return current as GraphQLNamedType;
}
