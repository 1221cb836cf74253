import { Link, useLocation } from 'wouter';
import { directionOf, type UiLanguage } from '../i18n/language.js';
import { useMessages } from '../i18n/useMessages.js';
import type { ReaderExcerpt } from '../mapping/source.js';
import { useHref } from '../routing.js';
import { ExcerptFacts } from './ExcerptFacts.js';
import { StatementKindBadge } from './StatementKindBadge.js';

interface Props {
  readonly excerpts: readonly ReaderExcerpt[];
  readonly active: ReaderExcerpt | null;
  readonly sourceLanguage: UiLanguage;
}

/** Beside the text: the selected passage with the facts it supports, then every quoted passage in text order. */
export function ExcerptPanel({ excerpts, active, sourceLanguage }: Props) {
  const { t } = useMessages();
  const href = useHref();
  const [path] = useLocation();
  const quote = (excerpt: ReaderExcerpt) => (
    <p className="panel-quote" lang={sourceLanguage} dir={directionOf(sourceLanguage)}>
      <q>{excerpt.quote}</q>
    </p>
  );
  const listed = excerpts.filter((excerpt) => excerpt.facts.length > 0 || excerpt.statementKinds.length > 0);
  return (
    <aside className="reader-panel" aria-label={t('source.excerpts')}>
      {active && (
        <section className="selected-excerpt" aria-labelledby="selected-heading">
          <h2 id="selected-heading">{t('source.selected')}</h2>
          {quote(active)}
          <div className="badges">
            {active.statementKinds.map((kind) => (
              <StatementKindBadge key={kind} kind={kind} />
            ))}
          </div>
          <ExcerptFacts facts={active.facts} />
        </section>
      )}
      {listed.length > 0 && (
        <section aria-labelledby="excerpts-heading">
          <h2 id="excerpts-heading">{t('source.excerpts')}</h2>
          <ol className="excerpt-list">
            {listed.map((excerpt) => (
              <li key={excerpt.key} data-testid="excerpt-entry" aria-current={excerpt === active ? 'true' : undefined}>
                {quote(excerpt)}
                <div className="badges">
                  {excerpt.statementKinds.map((kind) => (
                    <StatementKindBadge key={kind} kind={kind} />
                  ))}
                </div>
                <ExcerptFacts facts={excerpt.facts} />
                <Link href={href(path, { start: excerpt.start, end: excerpt.end })} replace>
                  {t('source.showInText')}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
