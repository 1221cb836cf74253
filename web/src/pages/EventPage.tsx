import { useParams } from 'wouter';
import { EventPageDocument, type EventPageQuery } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { DateView } from '../components/DateView.js';
import { EntityLink } from '../components/EntityLink.js';
import { EvidenceList } from '../components/EvidenceList.js';
import { ExchangeCodes } from '../components/ExchangeCodes.js';
import { LocalizedTextView } from '../components/LocalizedTextView.js';
import { NotFound } from '../components/NotFound.js';
import { ParticipantList } from '../components/ParticipantList.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { StatementKindBadge } from '../components/StatementKindBadge.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { apiLanguage } from '../i18n/language.js';
import { pickText, uiLanguageOf } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { idFromSegment } from '../routing.js';
import { usePageTitle } from '../usePageTitle.js';

/** `/event/:id`: what happened, when (as precisely as the source says), where, who took part, and the quotes. */
export function EventPage() {
  const params = useParams<{ id: string }>();
  const id = idFromSegment(params.id);
  const { language, t } = useMessages();
  const state = useQuery(EventPageDocument, { id, language: apiLanguage(language) });
  const event = state.stale ? undefined : state.data?.event;
  usePageTitle(pickText(event?.titles, language)?.text);
  if (!state.data || state.stale) return <QueryStatus state={state} />;
  if (!event) return <NotFound message={t('event.notFound')} />;
  return <EventDetails event={event} />;
}

function EventDetails({ event }: { readonly event: NonNullable<EventPageQuery['event']> }) {
  const { t, label } = useMessages();
  const sourceLanguage = event.evidence[0] ? uiLanguageOf(event.evidence[0].source.language) : undefined;
  return (
    <article className="page event-page">
      <p className="eyebrow">{label('EventType', event.type)}</p>
      <h1 data-testid="event-title">
        <LocalizedTextView text={event.titles} />
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('event.date')}</dt>
          <dd data-testid="event-date">
            <DateView date={event.date} phraseLanguage={sourceLanguage} />
          </dd>
        </div>
        {event.place && (
          <div>
            <dt>{t('event.place')}</dt>
            <dd data-testid="event-place">
              <EntityLink entity={event.place} />
            </dd>
          </div>
        )}
        {event.quantities.map((quantity) => (
          <div key={quantity.unit} data-testid="event-quantity">
            <dt>
              {t('event.quantity')} · {label('QuantityUnit', quantity.unit)}
            </dt>
            <dd>
              {quantity.value.phrase !== null && quantity.value.phrase !== undefined ? (
                <q lang={sourceLanguage} dir="auto">
                  {quantity.value.phrase}
                </q>
              ) : (
                <span dir="ltr">
                  {quantity.value.min ?? 0}–{quantity.value.max ?? '…'}
                </span>
              )}
              {quantity.resolution !== 'SINGLE' && <span className="muted"> ({label('DetailResolution', quantity.resolution)})</span>}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('event.status')}</dt>
          <dd data-testid="event-status">
            <StatusBadge status={event.status} />
          </dd>
        </div>
        <div>
          <dt>{t('event.statementKinds')}</dt>
          <dd className="badges">
            {event.statementKinds.map((kind) => (
              <StatementKindBadge key={kind} kind={kind} />
            ))}
          </dd>
        </div>
      </dl>
      {pickText(event.summary, 'en') && (
        <section aria-labelledby="event-summary">
          <h2 id="event-summary">{t('event.summary')}</h2>
          <p className="summary">
            <LocalizedTextView text={event.summary} />
          </p>
        </section>
      )}
      <section aria-labelledby="event-participants">
        <h2 id="event-participants">{t('event.participants')}</h2>
        <ParticipantList participants={event.participants} participantRoles={event.participantRoles} />
      </section>
      <section aria-labelledby="event-evidence">
        <h2 id="event-evidence">{t('event.evidence')}</h2>
        <EvidenceList evidence={event.evidence} itemTestId="evidence" />
      </section>
      <ExchangeCodes cameoCode={event.cameoCode ?? null} cameoLabel={event.cameoLabel ?? null} ploverType={event.ploverType} />
    </article>
  );
}
