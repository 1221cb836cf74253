import type { DateResult } from '../api/shapes.js';
import { directionOf, type UiLanguage } from '../i18n/language.js';
import { useMessages } from '../i18n/useMessages.js';

interface Props {
  readonly date: DateResult;
  /** The language of the source the phrase is quoted from. */
  readonly phraseLanguage?: UiLanguage | undefined;
  /** Show the source's own words beside the date. */
  readonly withPhrase?: boolean;
}

/** A date in words as precisely as the source gives it (the API's wording), with the source's phrase beside it. */
export function DateView({ date, phraseLanguage, withPhrase = true }: Props) {
  const { t } = useMessages();
  const exact = date.precision === 'DAY' && date.earliest ? date.earliest : undefined;
  return (
    <span className="date">
      <time dateTime={exact}>{date.text}</time>
      {withPhrase && date.phrase && (
        <span className="date-phrase">
          {' '}
          <span className="visually-hidden">{t('event.dateAsWritten')}</span>
          <q lang={phraseLanguage} dir={phraseLanguage ? directionOf(phraseLanguage) : 'auto'}>
            {date.phrase}
          </q>
        </span>
      )}
    </span>
  );
}
