import { useId } from 'react';
import { viewMessage } from './messages.js';
import { TimelineEntry } from './TimelineEntry.js';
import type { LinkProps, TimelineItem, UiLanguage } from './types.js';

interface TimelineUndatedProps extends LinkProps {
  readonly items: readonly TimelineItem[];
  readonly language: UiLanguage;
  readonly headingLevel: 2 | 3 | 4 | 5;
}

/** The lane of events the sources give no date for: listed with their phrase, never placed on the axis. */
export function TimelineUndated({ items, language, headingLevel, ...link }: TimelineUndatedProps) {
  const headingId = useId();
  if (items.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="tl-undated" data-testid="timeline-undated" aria-labelledby={headingId}>
      <Heading id={headingId} className="tl-heading">
        {viewMessage('undated', language)} <span className="tl-count">({items.length})</span>
      </Heading>
      <p className="tl-hint">{viewMessage('undatedHint', language)}</p>
      <ul className="tl-list">
        {items.map((item) => (
          <TimelineEntry key={item.eventId} item={item} language={language} testId="timeline-undated-item" {...link} />
        ))}
      </ul>
    </section>
  );
}
