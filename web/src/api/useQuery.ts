import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request, type TypedDocument } from './client.js';

/** How long a page waits before asking again when the database (or the server) is down. */
export const RETRY_MS = 5_000;

export interface QueryState<TResult> {
  /** The latest result; while new variables load, the previous result stays (see `stale`). */
  readonly data: TResult | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  /** True while `data` belongs to earlier variables. */
  readonly stale: boolean;
  readonly refetch: () => void;
}

/**
 * Runs a typed operation whenever its variables change (null variables: nothing to run), aborting the previous
 * request. A retryable failure (database unavailable, no answer) is retried every RETRY_MS by itself; a timeout once.
 */
export function useQuery<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables | null): QueryState<TResult> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<{ key: string | null; data?: TResult; error?: ApiError; loading: boolean }>({
    key: null,
    loading: key !== null,
  });
  const [attempt, setAttempt] = useState(0);
  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  const latest = useRef(variables);
  latest.current = variables;
  // A timeout is often a passing load peak: ask once more by itself before showing it.
  const timeouts = useRef({ key, count: 0 });
  if (timeouts.current.key !== key) timeouts.current = { key, count: 0 };

  useEffect(() => {
    if (key === null || latest.current === null) {
      setState({ key: null, loading: false });
      return undefined;
    }
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState((previous) => ({ ...previous, loading: true }));
    request(document, latest.current, controller.signal).then(
      (data) => setState({ key, data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR', String(error));
        if (failure.code === 'DATABASE_TIMEOUT' && timeouts.current.count++ === 0) {
          setAttempt((n) => n + 1);
          return;
        }
        setState((previous) => ({ key, data: previous.key === key ? previous.data : undefined, error: failure, loading: false }));
        if (failure.retryable) timer = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
      },
    );
    return () => {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [document, key, attempt]);

  const current = state.key === key;
  return {
    data: state.data,
    error: current ? state.error : undefined,
    loading: state.loading || !current,
    stale: !current,
    refetch,
  };
}
