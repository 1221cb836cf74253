import { Link, useLocation, useSearch } from 'wouter';
import { LANGUAGES } from '../i18n/language.js';
import { MESSAGES } from '../i18n/messages.js';
import { useMessages } from '../i18n/useMessages.js';

/** The three languages, each named in itself; switching keeps the page and its state. */
export function LanguageSwitch() {
  const { language, t } = useMessages();
  const [path] = useLocation();
  const search = useSearch();
  const hrefFor = (code: string) => {
    const params = new URLSearchParams(search);
    params.set('lang', code);
    return `${path}?${params.toString()}`;
  };
  return (
    <nav aria-label={t('language.label')} className="language-switch">
      <ul>
        {LANGUAGES.map((code) => (
          <li key={code}>
            <Link
              href={hrefFor(code)}
              lang={code}
              hrefLang={code}
              dir={code === 'ar' ? 'rtl' : 'ltr'}
              aria-current={code === language ? 'true' : undefined}
            >
              {MESSAGES[code][`language.${code}`]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
