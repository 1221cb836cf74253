import { viewMessage } from './messages.js';
import { TimelineEntry } from './TimelineEntry.js';
import type { LinkProps, TimelineItem, UiLanguage } from './types.js';

interface TimelineListProps extends LinkProps {
  /** Dated items, already in the chosen order. */
  readonly items: readonly TimelineItem[];
  readonly language: UiLanguage;
  readonly activeId: string | null;
  readonly onActivate: (eventId: string | null) => void;
}

/** The dated events under the axis, in the chosen order: the axis's accessible, keyboard-reachable twin. */
export function TimelineList({ items, language, activeId, onActivate, ...link }: TimelineListProps) {
  if (items.length === 0) return null;
  return (
    <ol className="tl-list" aria-label={viewMessage('datedEvents', language)}>
      {items.map((item) => (
        <TimelineEntry
          key={item.eventId}
          item={item}
          language={language}
          testId="timeline-item"
          active={item.eventId === activeId}
          onActivate={onActivate}
          {...link}
        />
      ))}
    </ol>
  );
}
