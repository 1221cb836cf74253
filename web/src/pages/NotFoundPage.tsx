import { NotFound } from '../components/NotFound.js';
import { useMessages } from '../i18n/useMessages.js';
import { usePageTitle } from '../usePageTitle.js';

/** Any address the explorer does not know (the server answers it with status 404). */
export function NotFoundPage() {
  const { t } = useMessages();
  usePageTitle(t('notFound.heading'));
  return <NotFound />;
}
