import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.js';

interface Props {
  /** The view's title, e.g. "Timeline: DGSN"; null while loading. */
  readonly title: string | null;
  /** The explorer page the embed comes from. */
  readonly explorerHref: string;
  readonly children: ReactNode;
}

/** An embed's minimal chrome: the view's title and a link back to the explorer (opened outside the frame). */
export function EmbedFrame({ title, explorerHref, children }: Props) {
  const { t } = useMessages();
  return (
    <div className="embed">
      <header className="embed-header">
        <h1>{title ?? t('app.name')}</h1>
        <a href={explorerHref} target="_blank" rel="noopener">
          {t('embed.openInExplorer')}
        </a>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
