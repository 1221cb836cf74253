import { AboutDocument, type AboutQuery } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { CountTable } from '../components/CountTable.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { SourceList } from '../components/SourceList.js';
import { VocabularyTable } from '../components/VocabularyTable.js';
import { apiLanguage } from '../i18n/language.js';
import { useMessages } from '../i18n/useMessages.js';
import { usePageTitle } from '../usePageTitle.js';

/** `/about`: what the graph holds, its sources, and what statement kinds, statuses and dates mean. */
export function AboutPage() {
  const { t, language } = useMessages();
  const state = useQuery(AboutDocument, { language: apiLanguage(language) });
  usePageTitle(t('about.heading'));
  return (
    <article className="page about-page">
      <h1>{t('about.heading')}</h1>
      <p className="lede">{t('about.intro')}</p>
      {state.data ? <AboutDetails data={state.data} /> : <QueryStatus state={state} />}
    </article>
  );
}

function AboutDetails({ data }: { readonly data: AboutQuery }) {
  const { t, label } = useMessages();
  const { stats } = data;
  const entries = (group: string) => data.vocabulary.filter((entry) => entry.group === group);
  return (
    <>
      <section aria-labelledby="about-stats">
        <h2 id="about-stats">{t('about.stats')}</h2>
        <dl className="stat-grid">
          <div>
            <dt>{t('about.entities')}</dt>
            <dd>{stats.entityCount}</dd>
          </div>
          <div>
            <dt>{t('about.events')}</dt>
            <dd>{stats.eventCount}</dd>
          </div>
          <div>
            <dt>{t('about.relations')}</dt>
            <dd>{stats.relationCount}</dd>
          </div>
          <div>
            <dt>{t('about.sources')}</dt>
            <dd>{stats.sourceCount}</dd>
          </div>
        </dl>
        <div className="count-tables">
          <CountTable
            caption={t('about.byKind')}
            rows={stats.entitiesByKind.map(({ kind, count }) => ({ key: kind, name: label('EntityKind', kind), count }))}
          />
          <CountTable
            caption={t('about.byType')}
            rows={stats.eventsByType.map(({ type, count }) => ({ key: type, name: label('EventType', type), count }))}
          />
          <CountTable
            caption={t('about.byYear')}
            rows={[
              ...stats.eventsByYear.map(({ year, count }) => ({ key: String(year), name: String(year), count })),
              ...(stats.eventsWithoutYear > 0 ? [{ key: 'none', name: t('about.withoutYear'), count: stats.eventsWithoutYear }] : []),
            ]}
          />
        </div>
      </section>
      <section aria-labelledby="about-kinds">
        <h2 id="about-kinds">{t('about.statementKinds')}</h2>
        <p>{t('about.statementKindsIntro')}</p>
        <VocabularyTable entries={entries('StatementKind')} group="StatementKind" />
      </section>
      <section aria-labelledby="about-statuses">
        <h2 id="about-statuses">{t('about.statuses')}</h2>
        <p>{t('about.statusesIntro')}</p>
        <VocabularyTable entries={entries('EvidenceStatus')} group="EvidenceStatus" />
      </section>
      <section aria-labelledby="about-dates">
        <h2 id="about-dates">{t('about.dates')}</h2>
        <p>{t('about.datesIntro')}</p>
      </section>
      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t('about.sourceList')}</h2>
        <SourceList first={data.sources} />
      </section>
    </>
  );
}
