import { useMemo, useRef, type KeyboardEvent } from 'react';
import { viewMessage } from './messages.js';
import { BAR_HEIGHT, LANE_HEIGHT, TimelineBar } from './TimelineBar.js';
import { layoutTimeline, timeScale, yearDomain } from './timeline-scale.js';
import { TimelineTicks } from './TimelineTicks.js';
import type { TimelineItem, UiLanguage } from './types.js';
import { useAxisZoom } from './useAxisZoom.js';

const HEADER_HEIGHT = 26;

interface TimelineAxisProps {
  /** Dated items only. */
  readonly items: readonly TimelineItem[];
  readonly language: UiLanguage;
  readonly activeId: string | null;
  readonly onActivate: (eventId: string | null) => void;
  readonly onOpen: (eventId: string) => void;
}

/**
 * The horizontal time axis: year ticks, events in lanes, zoom buttons and a horizontally scrolling track.
 * Right to left in Arabic (earlier dates at the right). The keys + and - zoom while the track has the focus.
 */
export function TimelineAxis({ items, language, activeId, onActivate, onOpen }: TimelineAxisProps) {
  const rtl = language === 'ar';
  const t = (key: Parameters<typeof viewMessage>[0]) => viewMessage(key, language);
  const trackRef = useRef<HTMLDivElement>(null);
  const domain = useMemo(() => yearDomain(items.map((item) => item.date)), [items]);
  const { pxPerYear, zoomBy, canZoomIn, canZoomOut } = useAxisZoom(trackRef, domain, rtl);
  const scale = useMemo(() => (domain ? timeScale(domain, pxPerYear, rtl) : null), [domain, pxPerYear, rtl]);
  const layout = useMemo(
    () =>
      scale
        ? layoutTimeline(
            items.map((item) => ({ id: item.eventId, date: item.date })),
            scale,
          )
        : null,
    [items, scale],
  );

  if (!domain || !scale || !layout) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === '+' || event.key === '=') zoomBy(1);
    else if (event.key === '-') zoomBy(-1);
    else return;
    event.preventDefault();
  };
  const byId = new Map(items.map((item) => [item.eventId, item]));
  const height = HEADER_HEIGHT + layout.lanes * LANE_HEIGHT + 6;

  return (
    <div className="tl-axis" data-px-per-year={Math.round(pxPerYear)}>
      <div className="tl-zoom">
        <button
          type="button"
          className="views-button"
          aria-label={t('zoomOut')}
          title={t('zoomOut')}
          disabled={!canZoomOut}
          onClick={() => zoomBy(-1)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="views-button" aria-label={t('zoomIn')} title={t('zoomIn')} disabled={!canZoomIn} onClick={() => zoomBy(1)}>
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <div ref={trackRef} className="tl-track" role="region" aria-label={t('timelineAxis')} tabIndex={0} onKeyDown={onKeyDown}>
        <div className="tl-canvas" aria-hidden="true" style={{ width: scale.width, height }}>
          <TimelineTicks scale={scale} domain={domain} headerHeight={HEADER_HEIGHT} />
          {layout.placed.map((placed) => {
            const item = byId.get(placed.id);
            return (
              item && (
                <TimelineBar
                  key={placed.id}
                  item={item}
                  placed={placed}
                  top={HEADER_HEIGHT + placed.lane * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2}
                  rtl={rtl}
                  language={language}
                  active={placed.id === activeId}
                  onActivate={onActivate}
                  onOpen={onOpen}
                />
              )
            );
          })}
        </div>
      </div>
    </div>
  );
}
