import { Link } from 'wouter';
import { directionOf } from '../i18n/language.js';
import { uiLanguageOf } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { pathSegment, useHref } from '../routing.js';

export interface QuoteData {
  readonly quote: string;
  /** Null for the quote of a source that is cited, not stored: the reader then opens the source without a passage. */
  readonly start: number | null;
  readonly end: number | null;
  readonly source: { readonly id: string; readonly language?: 'AR' | 'FR' | 'EN' } | null;
}

/**
 * A verbatim quote as a block in its own language and direction, linking to its place in the source text (the
 * reader highlights and focuses it there).
 */
export function QuoteLink({ evidence }: { readonly evidence: QuoteData }) {
  const href = useHref();
  const { t } = useMessages();
  const language = evidence.source?.language ? uiLanguageOf(evidence.source.language) : undefined;
  const dir = language ? directionOf(language) : 'auto';
  const text = <q>{evidence.quote}</q>;
  if (!evidence.source) {
    return (
      <span className="quote" lang={language} dir={dir}>
        {text}
      </span>
    );
  }
  return (
    <Link
      href={href(`/source/${pathSegment(evidence.source.id)}`, { start: evidence.start, end: evidence.end })}
      className="quote"
      data-testid="quote"
      lang={language}
      dir={dir}
      title={t('evidence.openInSource')}
    >
      {text}
    </Link>
  );
}
