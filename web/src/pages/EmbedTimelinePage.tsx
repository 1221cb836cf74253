import { useMemo } from 'react';
import { useParams } from 'wouter';
import { EmbedTimelineDocument } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { EmbedFrame } from '../components/EmbedFrame.js';
import { NotFound } from '../components/NotFound.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { apiLanguage } from '../i18n/language.js';
import { pickText } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { filtersFromUrl, filtersToUrl, sortFromUrl, timelineItems } from '../mapping/timeline.js';
import { idFromSegment, nodePath, useHref, useUrlState } from '../routing.js';
import { usePageTitle } from '../usePageTitle.js';
import { TimelineView } from '../views/TimelineView.js';

/** `/embed/timeline/:id?lang=&types=`: an entity's timeline alone, its filters fixed by the URL. */
export function EmbedTimelinePage() {
  const params = useParams<{ id: string }>();
  const id = idFromSegment(params.id);
  const { t, language } = useMessages();
  const href = useHref();
  const { params: search, list } = useUrlState();
  const filters = useMemo(() => filtersFromUrl(search, list), [search, list]);
  const state = useQuery(EmbedTimelineDocument, { id, language: apiLanguage(language) });
  const data = state.stale ? undefined : state.data;
  const items = useMemo(() => timelineItems(data?.timeline.edges.map(({ node }) => node) ?? [], language), [data, language]);
  const name = pickText(data?.entity?.names, language)?.text ?? null;
  const title = name ? t('embed.timelineTitle', { name }) : null;
  usePageTitle(title);
  const explorer = new URL(href(nodePath(id, false), filtersToUrl(filters)), window.location.origin).toString();
  return (
    <EmbedFrame title={title} explorerHref={explorer}>
      {!data ? (
        <QueryStatus state={state} />
      ) : !data.entity ? (
        <NotFound message={t('entity.notFound')} />
      ) : (
        <TimelineView
          items={items}
          language={language}
          filters={filters}
          sort={sortFromUrl(search)}
          hideFilters
          eventHref={(eventId) => new URL(href(nodePath(eventId, true)), window.location.origin).toString()}
          linkTarget="_blank"
          headingLevel={2}
          title={title ?? undefined}
        />
      )}
    </EmbedFrame>
  );
}
