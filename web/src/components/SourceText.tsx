import { useEffect, useRef, type ReactNode } from 'react';
import { highlight, type Piece } from '../mapping/highlight.js';
import type { ReaderExcerpt } from '../mapping/source.js';
import { useMessages } from '../i18n/useMessages.js';
import type { UiLanguage } from '../i18n/language.js';
import { directionOf } from '../i18n/language.js';

interface Props {
  /** The source text as code points. */
  readonly points: readonly string[];
  readonly language: UiLanguage;
  readonly excerpts: readonly ReaderExcerpt[];
  /** The key of the passage to highlight as active, scroll to and focus. */
  readonly activeKey: string | null;
  readonly onSelect: (excerpt: ReaderExcerpt) => void;
}

/**
 * The full text of a source in its own language and direction, every quoted passage a <mark> coloured by the
 * kind of statement it is read as; the active one is scrolled into view and focused.
 */
export function SourceText({ points, language, excerpts, activeKey, onSelect }: Props) {
  const { label } = useMessages();
  const activeRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = activeRef.current;
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [activeKey, points]);

  const render = (pieces: readonly Piece<ReaderExcerpt>[]): ReactNode[] =>
    pieces.map((piece) => {
      if (piece.type === 'text') return <Paragraphs key={`t@${piece.start}`} text={piece.text} />;
      const excerpt = piece.span;
      const kind = excerpt.statementKinds[0];
      const active = excerpt.key === activeKey;
      return (
        <mark
          key={`${excerpt.key}@${piece.start}`}
          data-testid={piece.first ? 'excerpt' : 'excerpt-part'}
          data-start={excerpt.start}
          data-end={excerpt.end}
          data-statement-kind={kind}
          data-active={active ? 'true' : undefined}
          className={`excerpt ${kind ? `statement-${kind.toLowerCase()}` : 'statement-unknown'}${active ? ' active' : ''}`}
          title={excerpt.statementKinds.map((code) => label('StatementKind', code)).join(' · ') || undefined}
          tabIndex={active && piece.first ? -1 : undefined}
          ref={active && piece.first ? (element) => void (activeRef.current = element) : undefined}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(excerpt);
          }}
        >
          {render(piece.children)}
        </mark>
      );
    });

  return (
    <div className="source-text" data-testid="source-text" lang={language} dir={directionOf(language)}>
      {render(highlight(points, excerpts))}
    </div>
  );
}

/**
 * A run of the text with its blank lines drawn as one even gap: the characters stay exactly as the source has
 * them (offsets and copied text must match), only their height is bounded.
 */
function Paragraphs({ text }: { readonly text: string }) {
  const parts = text.split(/(\s*\n\s*\n\s*)/);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className="paragraph-break">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
