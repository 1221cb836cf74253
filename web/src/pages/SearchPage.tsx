import { useCallback } from 'react';
import { SearchDocument } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { HomeOverview } from '../components/HomeOverview.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { SearchBox } from '../components/SearchBox.js';
import { SearchResults } from '../components/SearchResults.js';
import { apiLanguage } from '../i18n/language.js';
import { useMessages } from '../i18n/useMessages.js';
import { useUrlState } from '../routing.js';
import { usePageTitle } from '../usePageTitle.js';

/** `/` and `/search?q=`: search-as-you-type; without a query, the graph's size and entities to start from. */
export function SearchPage() {
  const { t, language } = useMessages();
  const { params, update } = useUrlState();
  const query = params.get('q') ?? '';
  const text = query.trim();
  const search = useQuery(SearchDocument, text ? { text, language: apiLanguage(language) } : null);
  const onSearch = useCallback((value: string) => update({ q: value }, { replace: true }), [update]);
  usePageTitle(text ? `${t('search.heading')}: ${text}` : null);

  return (
    <div className="page search-page">
      <h1>{text ? t('search.heading') : t('home.heading')}</h1>
      {!text && <p className="lede">{t('app.tagline')}</p>}
      <SearchBox value={query} onSearch={onSearch} autoFocus />
      {text ? (
        <section aria-label={t('search.results')} aria-busy={search.loading}>
          {search.data ? <SearchResults hits={search.data.search} query={text} /> : <QueryStatus state={search} />}
          {search.data && search.error && <QueryStatus state={search} />}
        </section>
      ) : (
        <HomeOverview />
      )}
    </div>
  );
}
