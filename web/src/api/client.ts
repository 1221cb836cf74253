/**
 * The explorer's GraphQL client: one POST of JSON to /graphql per operation, typed by the documents codegen
 * generates from web/src/queries/*.graphql. No client library: the pages need no cache beyond the hook's.
 */

/** A generated operation document: its text, with the result and variable types attached by codegen. */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  /** Phantom: never set, only carries the types. */
  readonly __apiType?: (variables: TVariables) => TResult;
}

/** The stable codes the API gives in `extensions.code`, plus NETWORK when no answer arrived at all. */
export type ApiErrorCode =
  'DATABASE_UNAVAILABLE' | 'DATABASE_TIMEOUT' | 'OVERLOADED' | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR' | 'NETWORK' | (string & {});

/** A failed operation, carrying the first GraphQL error's code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }

  /** The database or the server may come back by itself, or a busy server have room again: the page retries. */
  get retryable(): boolean {
    return this.code === 'DATABASE_UNAVAILABLE' || this.code === 'NETWORK' || this.code === 'OVERLOADED';
  }
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>;
}

/** Runs one operation. Resolves with its data or rejects with an ApiError (or an AbortError when aborted). */
export async function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponse<TResult> | null;
  const first = body?.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
  if (!response.ok || !body?.data) {
    throw new ApiError(response.status === 502 || response.status === 504 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR', `HTTP ${response.status}`);
  }
  return body.data;
}
