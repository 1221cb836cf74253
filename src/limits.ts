import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
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

export const validationRules: ValidationRule[] = [
  maxDepthRule({ n: QUERY_LIMITS.maxDepth, propagateOnRejection: false, onReject: [rejectWith(ErrorCode.QUERY_TOO_DEEP)] }),
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, propagateOnRejection: false, onReject: [rejectWith(ErrorCode.TOO_MANY_ALIASES)] }),
  maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [rejectWith(ErrorCode.QUERY_TOO_COSTLY)] }),
  costLimitRule({ maxCost: QUERY_LIMITS.maxCost, propagateOnRejection: false, onReject: [rejectWith(ErrorCode.QUERY_TOO_COSTLY)] }),
] as ValidationRule[];

/** graphql-js's parse error when a document exceeds maxTokens. */
export const TOO_MANY_TOKENS_MESSAGE = /Document contains more than \d+ tokens/;
