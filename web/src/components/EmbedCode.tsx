import { useId, useRef, useState } from 'react';
import { useMessages } from '../i18n/useMessages.js';

interface Props {
  readonly view: 'timeline' | 'graph';
  /** The embed page's path and query, e.g. '/embed/timeline/org:dgsn?lang=ar&types=ARREST'. */
  readonly path: string;
  /** The iframe's accessible title. */
  readonly title: string;
  readonly height: number;
}

/** The snippet to publish: an iframe of the embed page, attributes escaped. */
export function iframeSnippet(url: string, title: string, height: number): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** "Copy embed code": shows the iframe snippet in a textbox, selects it and copies it when the browser allows. */
export function EmbedCode({ view, path, title, height }: Props) {
  const { t } = useMessages();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [snippet, setSnippet] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const show = () => {
    const code = iframeSnippet(new URL(path, window.location.origin).toString(), title, height);
    setSnippet(code);
    setCopied(null);
    requestAnimationFrame(() => {
      textRef.current?.focus();
      textRef.current?.select();
    });
    // Without a clipboard (an insecure context), the selected snippet is there to copy by hand.
    if (!navigator.clipboard) setCopied(false);
    else
      void navigator.clipboard.writeText(code).then(
        () => setCopied(true),
        () => setCopied(false),
      );
  };

  return (
    <div className="embed-code">
      <button
        type="button"
        data-testid="copy-embed"
        data-view={view}
        onClick={show}
        aria-expanded={snippet !== null}
        aria-controls={snippet !== null ? id : undefined}
      >
        {view === 'timeline' ? t('embed.copyTimeline') : t('embed.copyGraph')}
      </button>
      {snippet !== null && (
        <div id={id} className="embed-snippet">
          <label htmlFor={`${id}-code`}>{t('embed.codeLabel')}</label>
          <textarea id={`${id}-code`} ref={textRef} data-testid="embed-code" data-view={view} readOnly rows={3} value={snippet} dir="ltr" />
          <p role="status" className="hint">
            {copied === true ? t('embed.copied') : copied === false ? t('embed.selectToCopy') : ''}
          </p>
        </div>
      )}
    </div>
  );
}
