import { dateText, label } from '../../../src/domain/labels.js';
import { EventLink } from './EventLink.js';
import { viewMessage } from './messages.js';
import { EVENT_TYPE_COLOUR } from './palette.js';
import type { LinkProps, TimelineItem, UiLanguage } from './types.js';

interface TimelineEntryProps extends LinkProps {
  readonly item: TimelineItem;
  readonly language: UiLanguage;
  /** "timeline-item" under the axis, "timeline-undated-item" in the undated lane. */
  readonly testId: string;
  readonly active?: boolean;
  readonly onActivate?: (eventId: string | null) => void;
}

/**
 * One event in a list: its title as a link, its date in words with the source's own phrase beside it as a quote,
 * and its type, status, statement kinds and the entity's roles.
 */
export function TimelineEntry({ item, language, testId, active, onActivate, ...link }: TimelineEntryProps) {
  const t = (key: Parameters<typeof viewMessage>[0]) => viewMessage(key, language);
  const labels = (group: Parameters<typeof label>[0], codes: readonly string[]) =>
    codes.map((code) => label(group, code, language)).join(t('listSeparator'));
  return (
    <li
      className={active ? 'tl-entry is-active' : 'tl-entry'}
      data-testid={testId}
      data-event-id={item.eventId}
      data-precision={item.date.precision}
      data-earliest={item.date.earliest ?? ''}
      data-latest={item.date.latest ?? ''}
      data-type={item.type}
      data-status={item.status}
      onMouseEnter={onActivate && (() => onActivate(item.eventId))}
      onMouseLeave={onActivate && (() => onActivate(null))}
      onFocus={onActivate && (() => onActivate(item.eventId))}
      onBlur={onActivate && (() => onActivate(null))}
    >
      <span className="tl-swatch tl-entry-swatch" style={{ background: EVENT_TYPE_COLOUR[item.type] }} aria-hidden="true" />
      <div className="tl-entry-body">
        <EventLink className="tl-entry-title" eventId={item.eventId} {...link}>
          <bdi lang={item.titleLanguage} dir="auto">
            {item.title}
          </bdi>
        </EventLink>
        <p className="tl-entry-date">
          <span>{dateText(item.date, language)}</span>
          {item.date.phrase && (
            <>
              {' '}
              <span className="views-sr-only">{t('asTheSourceSays')}</span>{' '}
              {/* The marks are the reader's, outside the isolated phrase: “اليوم” in English, «اليوم» in French. */}
              <span className="tl-phrase">
                <q lang={item.date.phraseLanguage} dir="auto">
                  {item.date.phrase}
                </q>
              </span>
            </>
          )}
        </p>
        <dl className="tl-entry-meta">
          <div>
            <dt>{t('eventType')}</dt>
            <dd>{label('EventType', item.type, language)}</dd>
          </div>
          <div>
            <dt>{t('status')}</dt>
            <dd data-status={item.status}>{label('EvidenceStatus', item.status, language)}</dd>
          </div>
          {item.statementKinds.length > 0 && (
            <div>
              <dt>{t('statementKind')}</dt>
              <dd>{labels('StatementKind', item.statementKinds)}</dd>
            </div>
          )}
          {item.roles.length > 0 && (
            <div>
              <dt>{t('roles')}</dt>
              <dd>{labels('ParticipantRole', item.roles)}</dd>
            </div>
          )}
        </dl>
        {item.participants && item.participants.length > 0 && (
          <p className="tl-entry-participants">
            <span className="tl-entry-label">{t('participants')}</span>{' '}
            {item.participants.map((participant, index) => (
              <span key={`${participant.id}/${participant.role}`}>
                {index > 0 && ' · '}
                <bdi lang={participant.nameLanguage} dir="auto">
                  {participant.name}
                </bdi>{' '}
                ({label('ParticipantRole', participant.role, language)})
              </span>
            ))}
          </p>
        )}
      </div>
    </li>
  );
}
