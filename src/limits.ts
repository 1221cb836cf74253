import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, visit, type ValidationContext, type ValidationRule } from 'graphql';
import { LIMITS } from './db/arguments.js';
import { ErrorCode } from './errors.js';

/**
 * Limits on the shape of a query, enforced while it is parsed and validated, before any resolver runs and so
 * before any database call. Argument limits (page size, depth of a neighbourhood, search text) are checked in
 * src/db/arguments.ts, also before the query is sent.
 */
export const QUERY_LIMITS = {
  /** Tokens in the document; graphql-js stops parsing beyond it. */
  maxTokens: 3_000,
  /** Nesting of fields; the deepest useful query (timeline → event → participants → entity → relations → evidence → source) is 9. */
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  /** graphql-armor's cost: 2 per object, 1 per scalar, ×1.5 per level of depth. */
  maxCost: 20_000,
} as const;

/** Reports the library's rejection under our stable code, so clients can tell the limits apart. */
const rejectWith =
  (code: ErrorCode) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }));
  };

/** Page-size caps of the root fields that take `first`. */
const FIRST_CAPS: Readonly<Record<string, number>> = {
  events: LIMITS.pageSize,
  entities: LIMITS.pageSize,
  timeline: LIMITS.pageSize,
  sources: LIMITS.pageSize,
  search: LIMITS.searchResults,
};

/**
 * A literal `first` over its cap is refused as PAGE_SIZE_EXCEEDED while validating, ahead of the cost rule (which
 * would otherwise report the inflated cost first). A `first` given as a variable is checked by the data layer,
 * still before any query.
 */
const pageSizeRule: ValidationRule = (context) => ({
  Document(document) {
    visit(document, {
      Field(field) {
        const cap = FIRST_CAPS[field.name.value];
        const first = field.arguments?.find((argument) => argument.name.value === 'first');
        if (cap === undefined || first?.value.kind !== Kind.INT) return;
        const value = Number(first.value.value);
        if (value < 1 || value > cap) {
          context.reportError(
            new GraphQLError(`first must be between 1 and ${cap} (got ${value}); page through larger results with after.`, {
              nodes: first,
              extensions: { code: ErrorCode.PAGE_SIZE_EXCEEDED, argumentName: 'first', max: cap },
            }),
          );
        }
      },
    });
  },
});

export const validationRules: ValidationRule[] = [
  pageSizeRule,
  maxDepthRule({ n: QUERY_LIMITS.maxDepth, propagateOnRejection: false, onReject: [rejectWith(ErrorCode.QUERY_TOO_DEEP)] }),
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, propagateOnRejection: false, onReject: [rejectWith(ErrorCode.TOO_MANY_ALIASES)] }),
  maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [rejectWith(ErrorCode.QUERY_TOO_COSTLY)] }),
  // Fragments cost what their fields cost: a query written with fragments costs the same as written out.
  costLimitRule({
    maxCost: QUERY_LIMITS.maxCost,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [rejectWith(ErrorCode.QUERY_TOO_COSTLY)],
  }),
] as ValidationRule[];

/** graphql-js's parse error when a document exceeds maxTokens. */
// graphql-js 16 spells it "more that N tokens".
export const TOO_MANY_TOKENS_MESSAGE = /Document contains more (?:than|that) \d+ tokens/;
