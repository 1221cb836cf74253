import { textDirection, UI_LANGUAGES, type UiLanguage } from '../domain/labels.js';
import type { PickedText } from './labels.js';

/**
 * HTML for documents that mix right-to-left and left-to-right text (TimelineJS slides). Text in another language
 * than the document's is marked with its language and direction and isolated (<bdi>), so an Arabic quote in a
 * French slide, or offsets in an Arabic one, are not reordered by their neighbours. TimelineJS's stylesheet sets
 * `text-align` and `direction` itself, so right-to-left blocks also carry them inline.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The language of a source ('AR' → 'ar'), or null when it is none of the three. */
export function knownLanguage(code: string | null | undefined): UiLanguage | null {
  const lower = (code ?? '').toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(lower) ? (lower as UiLanguage) : null;
}

/** lang and dir attributes for text in `language` (dir="auto" when the language is unknown). */
export function langAttributes(language: UiLanguage | null): string {
  return language ? `lang="${language}" dir="${textDirection(language)}"` : 'dir="auto"';
}

/** Inline style that TimelineJS cannot override for a block in `language`. */
export function blockStyle(language: UiLanguage | null): string {
  return language === 'ar' ? ' style="direction:rtl;text-align:right"' : '';
}

/** Escaped text, isolated and marked when its language is not the document's. */
export function inline(text: string, language: UiLanguage | null, documentLanguage: UiLanguage): string {
  const escaped = escapeHtml(text);
  return language === documentLanguage ? escaped : `<bdi ${langAttributes(language)}>${escaped}</bdi>`;
}

/** A picked localized text (a title, a name), marked when it fell back to another language. */
export function pickedInline(picked: PickedText | null, documentLanguage: UiLanguage): string {
  return picked ? inline(picked.text, picked.language, documentLanguage) : '';
}

const QUOTE_MARKS: Readonly<Record<UiLanguage, readonly [string, string]>> = {
  ar: ['«', '»'],
  fr: ['«\u00a0', '\u00a0»'],
  en: ['“', '”'],
};

/** A short quotation in running text, with the document's quotation marks around the source's words. */
export function inlineQuote(text: string, language: UiLanguage | null, documentLanguage: UiLanguage): string {
  const [open, close] = QUOTE_MARKS[documentLanguage];
  return `${open}<bdi ${langAttributes(language)}>${escapeHtml(text)}</bdi>${close}`;
}

/** A quotation block in the source's language and direction. */
export function blockQuote(text: string, language: UiLanguage | null): string {
  return `<blockquote ${langAttributes(language)}${blockStyle(language)}>${escapeHtml(text)}</blockquote>`;
}

/**
 * Character offsets, isolated left to right so "[891–1061]" never shows reversed inside Arabic text; nothing for
 * the quote of a source that is cited, not stored (it has no offsets).
 */
export function offsets(start: number | null, end: number | null): string {
  if (start === null || end === null) return '';
  return `<bdi dir="ltr">[${start}–${end}]</bdi>`;
}

/** A block of content in the document's language and direction. */
export function documentBlock(html: string, language: UiLanguage): string {
  return `<div ${langAttributes(language)}${blockStyle(language)}>${html}</div>`;
}
