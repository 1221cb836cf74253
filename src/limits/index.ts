import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '../errors.js';
import { maxAliasesRule, maxDirectivesRule, pageSizeRule, queriesOnlyRule } from './rules.js';

export { costLimitPlugin } from './plugin.js';
export { measureOperation, LIST_FIELD_CAPS, listCap } from './cost.js';

/**
 * Limits on a GraphQL request, each refused with its own code before any resolver runs and so before any
 * database call, in the order they apply:
 *
 * 1. length of the query text (QUERY_TOO_LONG, HTTP 413), checked on the HTTP request before parsing
 *    (src/http/graphql.ts);
 * 2. tokens (TOO_MANY_TOKENS), while parsing;
 * 3. operation type (OPERATION_NOT_SUPPORTED), depth (QUERY_TOO_DEEP), aliases (TOO_MANY_ALIASES), directives
 *    (TOO_MANY_DIRECTIVES) and a literal page size (PAGE_SIZE_EXCEEDED), while validating (rules.ts);
 * 4. cost and estimated response size with the variables substituted (QUERY_TOO_COSTLY, RESPONSE_TOO_LARGE), and a
 *    variable page size (PAGE_SIZE_EXCEEDED), once the operation is resolved (plugin.ts, cost.ts);
 * 5. the other arguments (src/db/arguments.ts), before each root field's query.
 *
 * The actual response is also held to maxResponseBytes on its way out (src/http/graphql.ts).
 */
export const QUERY_LIMITS = {
  /** Characters of the query text: the explorer's largest query is under 5,000; a 1 MB one took 485 ms to parse. */
  maxQueryLength: 20_000,
  /** Tokens in the document; graphql-js stops parsing beyond it. */
  maxTokens: 3_000,
  /** Nesting of fields; the deepest useful query (timeline → event → participants → entity → relations → evidence → source) is 9. */
  maxDepth: 12,
  /** Aliased fields, `__typename` included. */
  maxAliases: 15,
  /** Directives in the operation and the fragments it spreads. */
  maxDirectives: 20,
  /**
   * Values the answer can hold at most, every list counted at its cap (see cost.ts). The explorer's heaviest request
   * (an entity page with a depth-3 neighbourhood) counts about 250,000, a timeline with parts and each item's
   * participants about 560,000; ten aliases of a page of 100 events down to their sources' texts, 15 million.
   */
  maxCost: 1_000_000,
  /**
   * Bytes the answer could reach, estimated before execution with every list full (see cost.ts): the explorer's
   * heaviest request is estimated at about 18 MB, a timeline page with parts and each event's participants and
   * quotes at 54 MB (its answer on the article is a few kB); 100 events with their sources' full texts at 100 MB.
   */
  maxEstimatedBytes: 60_000_000,
  /** Bytes of the answer as it goes out (src/http/graphql.ts): whatever the estimate said, no larger answer leaves. */
  maxResponseBytes: 25_000_000,
} as const;

/** Reports the library's rejection under our stable code, so clients can tell the limits apart. */
const rejectWith =
  (code: ErrorCode) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }));
  };

export const validationRules: ValidationRule[] = [
  queriesOnlyRule,
  pageSizeRule,
  // A fragment spread is not a level of the answer: the depth counts fields only (the explorer shares fragments).
  maxDepthRule({
    n: QUERY_LIMITS.maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [rejectWith(ErrorCode.QUERY_TOO_DEEP)],
  }),
  maxAliasesRule(QUERY_LIMITS.maxAliases),
  maxDirectivesRule(QUERY_LIMITS.maxDirectives),
];

/** The codes of the limits above: when a request breaks one, its answer lists only those (see server.ts). */
export const LIMIT_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  ErrorCode.QUERY_TOO_LONG,
  ErrorCode.TOO_MANY_TOKENS,
  ErrorCode.OPERATION_NOT_SUPPORTED,
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.TOO_MANY_ALIASES,
  ErrorCode.TOO_MANY_DIRECTIVES,
  ErrorCode.PAGE_SIZE_EXCEEDED,
  ErrorCode.QUERY_TOO_COSTLY,
  ErrorCode.RESPONSE_TOO_LARGE,
]);

/** graphql-js's parse error when a document exceeds maxTokens. */
// graphql-js 16 spells it "more that N tokens".
export const TOO_MANY_TOKENS_MESSAGE = /Document contains more (?:than|that) \d+ tokens/;
