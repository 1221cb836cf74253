import { dateText, label } from '../../../src/domain/labels.js';
import { EVENT_TYPE_COLOUR } from './palette.js';
import { announcedOnly } from './timeline-filter.js';
import type { Placed } from './timeline-scale.js';
import type { TimelineItem, UiLanguage } from './types.js';

/** Lane geometry in pixels, shared with the axis that stacks the lanes. */
export const LANE_HEIGHT = 26;
export const BAR_HEIGHT = 18;

interface TimelineBarProps {
  readonly item: TimelineItem;
  readonly placed: Placed;
  readonly top: number;
  readonly rtl: boolean;
  readonly language: UiLanguage;
  readonly active: boolean;
  readonly onActivate: (eventId: string | null) => void;
  readonly onOpen: (eventId: string) => void;
}

/**
 * One event on the axis: a bar over the days its date may fall on, or a dot for a single day. Pointer only:
 * the list under the axis carries the same events for keyboards and screen readers.
 */
export function TimelineBar({ item, placed, top, rtl, language, active, onActivate, onOpen }: TimelineBarProps) {
  const when = dateText(item.date, language);
  // The bar shows its date only where the words fit; its tooltip always has the title and the date.
  const fits = placed.shape === 'bar' && when.length * 6.6 + 10 <= placed.drawn.width;
  const fadeLeft = rtl ? placed.openEnd : placed.openStart;
  const fadeRight = rtl ? placed.openStart : placed.openEnd;
  const classes = [
    'tl-bar',
    `tl-bar--${placed.shape}`,
    fadeLeft ? 'tl-bar--open-left' : '',
    fadeRight ? 'tl-bar--open-right' : '',
    active ? 'is-active' : '',
  ].filter(Boolean);
  return (
    <div
      className={classes.join(' ')}
      data-testid="timeline-bar"
      data-event-id={item.eventId}
      data-shape={placed.shape}
      data-lane={placed.lane}
      data-status={item.status}
      data-announced={announcedOnly(item) || undefined}
      title={`${item.title} · ${when} · ${label('EventType', item.type, language)}`}
      style={{
        left: placed.drawn.left,
        width: placed.drawn.width,
        top: top + (placed.shape === 'point' ? (BAR_HEIGHT - placed.drawn.width) / 2 : 0),
        height: placed.shape === 'point' ? placed.drawn.width : BAR_HEIGHT,
        ['--tl-colour' as string]: EVENT_TYPE_COLOUR[item.type],
      }}
      onMouseEnter={() => onActivate(item.eventId)}
      onMouseLeave={() => onActivate(null)}
      onClick={() => onOpen(item.eventId)}
    >
      {fits && <span className="tl-bar-text">{when}</span>}
    </div>
  );
}
