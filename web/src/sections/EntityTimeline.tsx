import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { useMessages } from '../i18n/useMessages.js';
import { filtersFromUrl, filtersToUrl, sortFromUrl } from '../mapping/timeline.js';
import { explorerHref, nodePath, pathSegment, useHref, useUrlState } from '../routing.js';
import { DownloadBar } from '../views/DownloadBar.js';
import { filterTimeline, sortTimeline } from '../views/timeline-filter.js';
import { TimelineView } from '../views/TimelineView.js';
import type { TimelineItem } from '../views/types.js';
import { EmbedCode } from '../components/EmbedCode.js';

interface Props {
  readonly entityId: string;
  readonly entityName: string;
  readonly items: readonly TimelineItem[];
  /** How many events the entity has in all (the page loads the first 100). */
  readonly total: number;
}

/** The entity's timeline with its filters and order kept in the URL, its downloads and its embed code. */
export function EntityTimeline({ entityId, entityName, items, total }: Props) {
  const { t, language } = useMessages();
  const href = useHref();
  const [, navigate] = useLocation();
  const { params, list, update } = useUrlState();
  const filters = useMemo(() => filtersFromUrl(params, list), [params, list]);
  const sort = sortFromUrl(params);
  const shown = useMemo(() => sortTimeline(filterTimeline(items, filters), sort), [items, filters, sort]);
  const eventHref = (eventId: string) => href(nodePath(eventId, true));
  const embedPath = explorerHref(`/embed/timeline/${pathSegment(entityId)}`, language, {
    ...filtersToUrl(filters),
    sort: sort === 'desc' ? 'desc' : null,
  });

  return (
    <section className="view-section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('entity.timeline')}</h2>
      {total > items.length && <p className="notice">{t('entity.timelineTruncated', { shown: items.length, total })}</p>}
      <TimelineView
        items={items}
        language={language}
        filters={filters}
        onFiltersChange={(next) => update(filtersToUrl(next), { replace: true })}
        sort={sort}
        onSortChange={(next) => update({ sort: next === 'desc' ? 'desc' : null }, { replace: true })}
        eventHref={eventHref}
        onOpenEvent={(eventId) => navigate(eventHref(eventId))}
        headingLevel={3}
        title={t('embed.timelineTitle', { name: entityName })}
      />
      <div className="view-actions">
        <DownloadBar language={language} name={`${entityId}-timeline`} timeline={shown} />
        <EmbedCode view="timeline" path={embedPath} title={t('embed.timelineTitle', { name: entityName })} height={560} />
      </div>
    </section>
  );
}
