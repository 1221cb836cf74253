import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { useMessages } from '../i18n/useMessages.js';
import { useHref } from '../routing.js';
import { SearchBox } from './SearchBox.js';

/** "Nothing here", with a search box to find what the reader was looking for. */
export function NotFound({ message }: { readonly message?: string }) {
  const { t } = useMessages();
  const href = useHref();
  const [, navigate] = useLocation();
  const onSearch = useCallback((text: string) => text.trim() && navigate(href('/search', { q: text.trim() })), [href, navigate]);
  return (
    <div className="page not-found" data-testid="not-found">
      <h1>{t('notFound.heading')}</h1>
      <p>{message ?? t('notFound.text')}</p>
      <SearchBox value="" onSearch={onSearch} delay={null} />
    </div>
  );
}
