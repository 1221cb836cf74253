import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useMessages } from '../i18n/useMessages.js';
import { useHref } from '../routing.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** The explorer's frame: a skip link, the header with the main navigation and the language switch, main, footer. */
export function Layout({ children }: { readonly children: ReactNode }) {
  const { t } = useMessages();
  const href = useHref();
  const [path] = useLocation();
  const current = (prefix: string) =>
    (prefix === '/search' ? path === '/' || path.startsWith('/search') : path.startsWith(prefix)) ? 'page' : undefined;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href={href('/')} className="brand">
            {t('app.name')}
          </Link>
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              <li>
                <Link href={href('/search')} aria-current={current('/search')}>
                  {t('nav.search')}
                </Link>
              </li>
              <li>
                <Link href={href('/paths')} aria-current={current('/paths')}>
                  {t('nav.paths')}
                </Link>
              </li>
              <li>
                <Link href={href('/about')} aria-current={current('/about')}>
                  {t('nav.about')}
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <a href="/graphiql">{t('nav.api')}</a>
      </footer>
    </div>
  );
}
