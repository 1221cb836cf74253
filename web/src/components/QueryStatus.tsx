import type { QueryState } from '../api/useQuery.js';
import { useMessages } from '../i18n/useMessages.js';

/**
 * What a page shows while its data is not there: loading, or why it failed. An unavailable database or server is
 * announced as an alert; the query hook retries by itself, so there is nothing to click.
 */
export function QueryStatus({ state }: { readonly state: QueryState<unknown> }) {
  const { t } = useMessages();
  const { error } = state;
  if (error?.code === 'DATABASE_UNAVAILABLE') {
    return (
      <div role="alert" className="notice notice-warning" data-testid="db-unavailable">
        {t('state.dbUnavailable')}
      </div>
    );
  }
  if (error?.code === 'OVERLOADED') {
    return (
      <div role="alert" className="notice notice-warning" data-testid="server-busy">
        {t('state.busy')}
      </div>
    );
  }
  if (error?.code === 'NETWORK') {
    return (
      <div role="alert" className="notice notice-warning" data-testid="server-unreachable">
        {t('state.network')}
      </div>
    );
  }
  if (error) {
    return (
      <div role="alert" className="notice notice-error" data-testid="query-error" data-error-code={error.code}>
        <p>{error.code === 'DATABASE_TIMEOUT' ? t('state.timeout') : t('state.failed')}</p>
        <button type="button" onClick={state.refetch}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  if (state.loading) {
    return (
      <p role="status" className="muted loading">
        {t('state.loading')}
      </p>
    );
  }
  return null;
}
