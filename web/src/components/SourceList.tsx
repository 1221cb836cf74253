import { useState } from 'react';
import { Link } from 'wouter';
import { MoreSourcesDocument, type AboutQuery } from '../__generated__/graphql.js';
import type { SourceSummary } from '../api/shapes.js';
import { request } from '../api/client.js';
import { apiLanguage, directionOf } from '../i18n/language.js';
import { uiLanguageOf } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { pathSegment, useHref } from '../routing.js';
import { DateView } from './DateView.js';

/** The sources, a page at a time (keyset pages from the API), each linking to its reader. */
export function SourceList({ first }: { readonly first: AboutQuery['sources'] }) {
  const { t, label, language } = useMessages();
  const href = useHref();
  const [sources, setSources] = useState<readonly SourceSummary[]>(first.edges.map(({ node }) => node));
  const [next, setNext] = useState(first.pageInfo.hasNextPage ? (first.pageInfo.endCursor ?? null) : null);
  const [loading, setLoading] = useState(false);

  const more = () => {
    if (!next) return;
    setLoading(true);
    request(MoreSourcesDocument, { after: next, language: apiLanguage(language) }).then(
      ({ sources: page }) => {
        setSources((current) => [...current, ...page.edges.map(({ node }) => node)]);
        setNext(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
        setLoading(false);
      },
      () => setLoading(false),
    );
  };

  return (
    <>
      <ul className="source-list">
        {sources.map((source) => {
          const code = uiLanguageOf(source.language);
          return (
            <li key={source.id} data-testid="source">
              <Link href={href(`/source/${pathSegment(source.id)}`)} lang={code} dir={directionOf(code)}>
                {source.title}
              </Link>
              <span className="muted">
                {' · '}
                {label('Language', source.language)}
                {source.publisher && (
                  <>
                    {' · '}
                    <bdi>{source.publisher}</bdi>
                  </>
                )}
                {source.published && (
                  <>
                    {' · '}
                    <DateView date={source.published} withPhrase={false} />
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {next && (
        <button type="button" onClick={more} disabled={loading} aria-busy={loading}>
          {t('about.moreSources')}
        </button>
      )}
    </>
  );
}
