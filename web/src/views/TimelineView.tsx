/*
 * Why this timeline is drawn by hand (HTML and CSS) and not with a timeline library: the whole entity page must
 * stay under 300 kB gzip of JS and CSS including React, Cytoscape and the app, and vis-timeline alone is about
 * 190 kB gzip (with moment-style date handling we do not want) and handles right-to-left poorly; TimelineJS
 * needs its own CDN-hosted assets and rounds partial dates to days. What we need is small: a mirrored axis for
 * Arabic, bars that are exactly a date's bounds (a year is a year, never 1 January), lanes, and zoom. The
 * geometry lives in ./timeline-scale.ts (pure, unit-tested), the filtering in ./timeline-filter.ts.
 */
import { useId, useMemo, useState } from 'react';
import { directionOf, viewMessage } from './messages.js';
import { TimelineAxis } from './TimelineAxis.js';
import { TimelineFilterForm } from './TimelineFilterForm.js';
import { DEFAULT_TIMELINE_FILTERS, DEFAULT_TIMELINE_SORT, filterTimeline, sortTimeline, timelineFacets } from './timeline-filter.js';
import { isPlaceable } from './timeline-scale.js';
import { TimelineList } from './TimelineList.js';
import { TimelineUndated } from './TimelineUndated.js';
import type { LinkProps, TimelineFilters, TimelineItem, TimelineSort, UiLanguage } from './types.js';
import { useControllableState } from './useControllableState.js';
import './views.css';
import './timeline.css';

export interface TimelineViewProps extends LinkProps {
  readonly items: readonly TimelineItem[];
  readonly language: UiLanguage;
  /** Controlled filters (e.g. kept in the URL); leave undefined for local state starting at `defaultFilters`. */
  readonly filters?: TimelineFilters;
  readonly defaultFilters?: TimelineFilters;
  readonly onFiltersChange?: (filters: TimelineFilters) => void;
  /** Controlled order of the list under the axis; 'asc' (oldest first) by default. */
  readonly sort?: TimelineSort;
  readonly onSortChange?: (sort: TimelineSort) => void;
  /** Hides the filter form (embeds that fix their filters in the URL). */
  readonly hideFilters?: boolean;
  /** The level of the view's headings in the page's outline (3 by default). */
  readonly headingLevel?: 2 | 3 | 4;
  /** The view's accessible name; "Timeline" in the language by default. */
  readonly title?: string;
}

/** An entity's events on a time axis, each drawn as the span its date allows, with filters, order and zoom. */
export function TimelineView(props: TimelineViewProps) {
  const { items, language, headingLevel = 3, hideFilters = false, eventHref, onOpenEvent, linkTarget } = props;
  const link = { eventHref, onOpenEvent, linkTarget };
  const [filters, setFilters] = useControllableState(props.filters, props.defaultFilters ?? DEFAULT_TIMELINE_FILTERS, props.onFiltersChange);
  const [sort, setSort] = useControllableState(props.sort, DEFAULT_TIMELINE_SORT, props.onSortChange);
  const [activeId, setActiveId] = useState<string | null>(null);
  const headingId = useId();

  const facets = useMemo(() => timelineFacets(items, filters), [items, filters]);
  const shown = useMemo(() => sortTimeline(filterTimeline(items, filters), sort), [items, filters, sort]);
  const dated = useMemo(() => shown.filter((item) => isPlaceable(item.date)), [shown]);
  const undated = useMemo(() => shown.filter((item) => !isPlaceable(item.date)), [shown]);
  const Heading = `h${headingLevel}` as const;

  const open = (eventId: string) => {
    if (onOpenEvent && !linkTarget) onOpenEvent(eventId);
    else if (linkTarget === '_blank') window.open(eventHref(eventId), '_blank', 'noopener');
    // Only href may be set on a cross-origin top window's location (an embed in another site).
    else (linkTarget === '_top' && window.top ? window.top : window).location.href = eventHref(eventId);
  };

  return (
    <section className="tl" data-testid="timeline" lang={language} dir={directionOf(language)} aria-labelledby={headingId}>
      <Heading id={headingId} className="views-sr-only">
        {props.title ?? viewMessage('timeline', language)}
      </Heading>
      {!hideFilters && (
        <TimelineFilterForm language={language} facets={facets} filters={filters} onFiltersChange={setFilters} sort={sort} onSortChange={setSort} />
      )}
      <p className="tl-status" role="status">
        {shown.length === 0
          ? viewMessage('noEventMatches', language)
          : viewMessage('shownOfTotal', language, { shown: shown.length, total: items.length })}
      </p>
      <TimelineAxis items={dated} language={language} activeId={activeId} onActivate={setActiveId} onOpen={open} />
      <TimelineList items={dated} language={language} activeId={activeId} onActivate={setActiveId} {...link} />
      <TimelineUndated items={undated} language={language} headingLevel={(headingLevel + 1) as 3 | 4 | 5} {...link} />
    </section>
  );
}
