import { useMemo } from 'react';
import { useParams } from 'wouter';
import { SourcePageDocument, type SourcePageQuery } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { ExcerptPanel } from '../components/ExcerptPanel.js';
import { NotFound } from '../components/NotFound.js';
import { QueryStatus } from '../components/QueryStatus.js';
import { SourceFacts } from '../components/SourceFacts.js';
import { SourceText } from '../components/SourceText.js';
import { StatementKindLegend } from '../components/StatementKindLegend.js';
import { apiLanguage, directionOf } from '../i18n/language.js';
import { uiLanguageOf } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { codePoints } from '../mapping/highlight.js';
import { rangeFromUrl, readerExcerpts, selectedOnly, type ReaderExcerpt } from '../mapping/source.js';
import { idFromSegment, useUrlState } from '../routing.js';
import { usePageTitle } from '../usePageTitle.js';
import '../styles/reader.css';

/** `/source/:id?start=&end=`: the full text with every quoted passage highlighted, the chosen one focused. */
export function SourcePage() {
  const params = useParams<{ id: string }>();
  const id = idFromSegment(params.id);
  const { language, t } = useMessages();
  const state = useQuery(SourcePageDocument, { id, language: apiLanguage(language) });
  const source = state.stale ? undefined : state.data?.source;
  usePageTitle(source?.title);
  if (!state.data || state.stale) return <QueryStatus state={state} />;
  if (!source) return <NotFound message={t('source.notFound')} />;
  return <SourceReader source={source} />;
}

function SourceReader({ source }: { readonly source: NonNullable<SourcePageQuery['source']> }) {
  const { t } = useMessages();
  const { params, update } = useUrlState();
  const sourceLanguage = uiLanguageOf(source.language);
  const points = useMemo(() => codePoints(source.text ?? ''), [source.text]);
  const range = rangeFromUrl(params);

  const start = range?.start;
  const end = range?.end;
  const listed = useMemo(() => readerExcerpts(source.excerpts), [source.excerpts]);
  // A range in the URL that is no excerpt of the source (an old link, a hand-made one) is still highlighted.
  const excerpts: readonly ReaderExcerpt[] = useMemo(
    () =>
      start === undefined || end === undefined || listed.some((excerpt) => excerpt.start === start && excerpt.end === end)
        ? listed
        : [...listed, selectedOnly(start, end, points)],
    [listed, points, start, end],
  );

  const active = range ? (excerpts.find((excerpt) => excerpt.start === range.start && excerpt.end === range.end) ?? null) : null;
  const select = (excerpt: ReaderExcerpt) => update({ start: excerpt.start, end: excerpt.end }, { replace: true });

  return (
    <article className="page source-page">
      <p className="eyebrow">{t('source.heading')}</p>
      <h1 lang={sourceLanguage} dir={directionOf(sourceLanguage)}>
        {source.title}
      </h1>
      <SourceFacts source={source} />
      {source.note && (
        // The curator's note is kept in one language only (Source.note is a plain string): folded, so it does
        // not stand in the reader's language for the page.
        <details className="note">
          <summary>{t('source.note')}</summary>
          <p dir="auto">{source.note}</p>
        </details>
      )}
      <div className="reader">
        <section className="reader-text" aria-labelledby="source-text-heading">
          <h2 id="source-text-heading">{t('source.text')}</h2>
          <StatementKindLegend />
          <SourceText points={points} language={sourceLanguage} excerpts={excerpts} activeKey={active?.key ?? null} onSelect={select} />
        </section>
        <ExcerptPanel excerpts={excerpts} active={active} sourceLanguage={sourceLanguage} />
      </div>
    </article>
  );
}
