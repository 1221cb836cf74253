import { useMessages } from '../i18n/useMessages.js';

/** Shown while a page's code loads (the first visit to that kind of page). */
export function PageLoading() {
  const { t } = useMessages();
  return (
    <p role="status" className="muted loading">
      {t('state.loading')}
    </p>
  );
}
