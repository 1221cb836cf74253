import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  visit,
  type ASTNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../errors.js';
import { pageSizeError } from './page-size.js';

/**
 * Validation rules on the document as written, run with graphql-js's own rules after parsing and before any
 * resolver. Each reports at most one error per operation; the server keeps only the limit errors when there are
 * some (see `onlyLimitErrors` in server.ts), so a refused document gets one error per limit it breaks.
 */

/** The API is read-only: a mutation or subscription is refused before graphql-js would fail to execute it. */
export const queriesOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation === OperationTypeNode.QUERY) return;
    context.reportError(
      new GraphQLError(`This API is read-only and answers queries only; ${operation.operation} operations are not supported.`, {
        nodes: operation,
        extensions: { code: ErrorCode.OPERATION_NOT_SUPPORTED, operation: operation.operation },
      }),
    );
  },
});

/**
 * A literal `first` outside its range is refused as PAGE_SIZE_EXCEEDED while validating, ahead of the cost
 * analysis (which would otherwise report the inflated cost). A `first` given as a variable gets the same error
 * from the cost analysis, once the variables are known.
 */
export const pageSizeRule: ValidationRule = (context) => ({
  Document(document) {
    visit(document, {
      Field(field) {
        const first = field.arguments?.find((argument) => argument.name.value === 'first');
        if (first?.value.kind !== Kind.INT) return;
        const error = pageSizeError(field.name.value, Number(first.value.value), first);
        if (error) context.reportError(error);
      },
    });
  },
});

/**
 * Counts something in the fields an operation would run, fragments included as many times as they are spread
 * (each fragment is counted once and its count reused, so nested spreads cannot make counting exponential).
 */
function countInOperation(
  operation: OperationDefinitionNode,
  fragments: (name: string) => FragmentDefinitionNode | undefined,
  countNode: (node: ASTNode) => number,
): number {
  const memo = new Map<string, number>();
  const countSelections = (selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      total += countNode(selection);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (!memo.has(name)) {
          // A cycle (refused by graphql-js's NoFragmentCyclesRule) counts as nothing more.
          memo.set(name, 0);
          const fragment = fragments(name);
          memo.set(name, fragment ? countSelections(fragment.selectionSet) : 0);
        }
        total += memo.get(name) ?? 0;
      } else if (selection.selectionSet) {
        total += countSelections(selection.selectionSet);
      }
    }
    return total;
  };
  return countNode(operation) + countSelections(operation.selectionSet);
}

/** A rule that refuses an operation whose count of something exceeds `max`, with one error. */
function countLimitRule(
  what: string,
  max: number,
  code: ErrorCode,
  countNode: (node: ASTNode) => number,
): (context: ValidationContext) => { OperationDefinition: (operation: OperationDefinitionNode) => void } {
  return (context) => ({
    OperationDefinition(operation) {
      const found = countInOperation(operation, (name) => context.getFragment(name) ?? undefined, countNode);
      if (found <= max) return;
      context.reportError(
        new GraphQLError(`The operation has ${found} ${what}; at most ${max} are allowed.`, { nodes: operation, extensions: { code, max, found } }),
      );
    },
  });
}

/** Every aliased field counts, `__typename` included (999 aliases of it are 999 answers to build). */
export const maxAliasesRule = (max: number): ValidationRule =>
  countLimitRule('aliases', max, ErrorCode.TOO_MANY_ALIASES, (node) => (node.kind === Kind.FIELD && node.alias ? 1 : 0));

/** Directives on the operation, its fields, inline fragments and spreads (and inside the fragments spread). */
export const maxDirectivesRule = (max: number): ValidationRule =>
  countLimitRule('directives', max, ErrorCode.TOO_MANY_DIRECTIVES, (node) =>
    'directives' in node && Array.isArray(node.directives) ? node.directives.length : 0,
  );
