import { useEffect } from 'react';
import { useMessages } from './i18n/useMessages.js';

/** Sets the browser tab's title: the page's own title, then the explorer's name. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useMessages();
  const name = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${name}` : name;
  }, [title, name]);
}
