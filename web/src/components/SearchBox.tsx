import { useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../i18n/useMessages.js';

interface Props {
  /** The query as the URL has it. */
  readonly value: string;
  /** Called with the typed text once typing pauses, and at once on Enter. */
  readonly onSearch: (text: string) => void;
  readonly autoFocus?: boolean;
  /** Debounce delay in milliseconds; null searches only on Enter (no results under the box to update). */
  readonly delay?: number | null;
}

/** The labelled search field: search-as-you-type, debounced, in any of the three languages. */
export function SearchBox({ value, onSearch, autoFocus = false, delay = 250 }: Props) {
  const { t } = useMessages();
  const id = useId();
  const [text, setText] = useState(value);
  const sent = useRef(value);

  // The URL changed by itself (back button, a link): show its query.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (text === sent.current || delay === null) return undefined;
    const timer = setTimeout(() => {
      sent.current = text;
      onSearch(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay, onSearch]);

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        sent.current = text;
        onSearch(text);
      }}
    >
      <label htmlFor={id}>{t('search.label')}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          role="searchbox"
          data-testid="search-input"
          value={text}
          placeholder={t('search.placeholder')}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          // Focusing the search on the search page is what a reader expects there.
          autoFocus={autoFocus}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('search.submit')}</button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('search.hint')}
      </p>
    </form>
  );
}
