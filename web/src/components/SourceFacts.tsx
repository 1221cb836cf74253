import type { SourcePageQuery } from '../__generated__/graphql.js';
import { uiLanguageOf } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { DateView } from './DateView.js';

/** What a source is: publisher, publication date, language, length, and a link to the original. */
export function SourceFacts({ source }: { readonly source: NonNullable<SourcePageQuery['source']> }) {
  const { t, label } = useMessages();
  const sourceLanguage = uiLanguageOf(source.language);
  return (
    <dl className="facts">
      {source.publisher && (
        <div>
          <dt>{t('source.publisher')}</dt>
          <dd dir="auto">{source.publisher}</dd>
        </div>
      )}
      {source.published && (
        <div>
          <dt>{t('source.published')}</dt>
          <dd>
            <DateView date={source.published} phraseLanguage={sourceLanguage} />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('source.language')}</dt>
        <dd>{label('Language', source.language)}</dd>
      </div>
      <div>
        <dt>{t('source.text')}</dt>
        <dd>{source.length === null ? t('source.notStored') : t('source.length', { count: source.length })}</dd>
      </div>
      {source.url && (
        <div>
          <dt>{t('source.original')}</dt>
          <dd>
            <a href={source.url} rel="noopener noreferrer external" dir="ltr" className="url">
              {source.url}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
