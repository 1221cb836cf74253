import { directionOf } from '../i18n/language.js';
import { pickText, type LocalizedText } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { FallbackTag } from './FallbackTag.js';

interface Props {
  readonly text: LocalizedText | null | undefined;
}

/**
 * A name, title or description in the reader's language; when it is missing there, the first language that has
 * it, marked with a small language tag. The text's own element carries its lang and dir.
 */
export function LocalizedTextView({ text }: Props) {
  const { language } = useMessages();
  const shown = pickText(text, language);
  if (!shown) return null;
  return (
    <>
      <bdi lang={shown.language} dir={directionOf(shown.language)}>
        {shown.text}
      </bdi>
      {shown.fallback && <FallbackTag language={shown.language} />}
    </>
  );
}
