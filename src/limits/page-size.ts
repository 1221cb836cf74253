import { GraphQLError, type ASTNode } from 'graphql';
import { LIMITS } from '../db/arguments.js';
import { ErrorCode } from '../errors.js';

/** Page-size caps of the root fields that take `first`. */
export const FIRST_CAPS: Readonly<Record<string, number>> = {
  events: LIMITS.pageSize,
  entities: LIMITS.pageSize,
  timeline: LIMITS.pageSize,
  sources: LIMITS.pageSize,
  search: LIMITS.searchResults,
};

/**
 * The PAGE_SIZE_EXCEEDED error for `first` on that field, or undefined when it is in range (or the field takes
 * no page size). The same error whether `first` is written in the query or given as a variable.
 */
export function pageSizeError(fieldName: string, first: number, node?: ASTNode): GraphQLError | undefined {
  const cap = FIRST_CAPS[fieldName];
  if (cap === undefined || (Number.isInteger(first) && first >= 1 && first <= cap)) return undefined;
  return new GraphQLError(`first must be between 1 and ${cap} (got ${first}); page through larger results with after.`, {
    ...(node ? { nodes: node } : {}),
    extensions: { code: ErrorCode.PAGE_SIZE_EXCEEDED, argumentName: 'first', max: cap },
  });
}
