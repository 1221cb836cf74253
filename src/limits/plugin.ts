import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import { measureOperation } from './cost.js';

export interface CostLimits {
  readonly maxCost: number;
  readonly maxEstimatedBytes: number;
}

/**
 * Refuses an operation whose cost, measured with its variables (src/limits/cost.ts), is over the limits: after
 * validation and before execution, so before any resolver and any database call. A variable `first` out of range
 * gets PAGE_SIZE_EXCEEDED, as a literal one does while validating.
 */
export function costLimitPlugin<TContext extends object>(limits: CostLimits): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (request: GraphQLRequestContextDidResolveOperation<TContext>) =>
          Promise.resolve().then(() => checkCost(request, limits)),
      }),
  };
}

function checkCost<TContext extends object>(
  { schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<TContext>,
  limits: CostLimits,
): void {
  // No operation: Apollo answers that the operation could not be found, before executing anything.
  if (!operation) return;
  let measure;
  try {
    measure = measureOperation(schema, document, operation, request.variables ?? {});
  } catch (error) {
    const { code } = (error as { extensions?: { code?: unknown } }).extensions ?? {};
    if (code === ErrorCode.PAGE_SIZE_EXCEEDED) throw refusal((error as Error).message, (error as GraphQLError).extensions);
    throw error;
  }
  if (measure.cost > limits.maxCost) {
    throw refusal(
      `The query could return up to ${measure.cost} values, over the limit of ${limits.maxCost}: ask for smaller pages (first), fewer nested lists or fewer aliases.`,
      { code: ErrorCode.QUERY_TOO_COSTLY, cost: measure.cost, maxCost: limits.maxCost },
    );
  }
  if (measure.bytes > limits.maxEstimatedBytes) {
    throw refusal(
      `The answer could reach about ${measure.bytes} bytes, over the limit of ${limits.maxEstimatedBytes}: leave out large fields (Source.text) or ask for smaller pages.`,
      { code: ErrorCode.RESPONSE_TOO_LARGE, estimatedBytes: measure.bytes, maxEstimatedBytes: limits.maxEstimatedBytes },
    );
  }
}

/** A client error answered with HTTP 400 (errors thrown here would otherwise answer 500). */
function refusal(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });
}
