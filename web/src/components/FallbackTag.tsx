import type { UiLanguage } from '../i18n/language.js';
import { useMessages } from '../i18n/useMessages.js';

/** The small tag beside a text shown in another language than the reader's. */
export function FallbackTag({ language }: { readonly language: UiLanguage }) {
  const { t } = useMessages();
  const name = t(`language.name.${language}`);
  return (
    <abbr className="lang-tag" title={t('language.fallback', { language: name })}>
      {t(`language.tag.${language}`)}
    </abbr>
  );
}
