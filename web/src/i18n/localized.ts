import type { UiLanguage } from './language.js';

/** A text given in up to three languages (the API's LocalizedText). */
export interface LocalizedText {
  readonly ar?: string | null;
  readonly fr?: string | null;
  readonly en?: string | null;
}

/** A text to show and the language it is actually in. */
export interface ShownText {
  readonly text: string;
  readonly language: UiLanguage;
  /** True when the wanted language was missing and another one is shown. */
  readonly fallback: boolean;
}

// The API's documented fallback order for names and titles: English, French, then Arabic.
const FALLBACK_ORDER: readonly UiLanguage[] = ['en', 'fr', 'ar'];

/** The text in the wanted language, else the first of English, French, Arabic that exists; null when none does. */
export function pickText(text: LocalizedText | null | undefined, wanted: UiLanguage): ShownText | null {
  if (!text) return null;
  for (const language of [wanted, ...FALLBACK_ORDER]) {
    const value = text[language];
    if (value) return { text: value, language, fallback: language !== wanted };
  }
  return null;
}

/** The API's Language enum value as a UI language. */
export function uiLanguageOf(language: 'AR' | 'FR' | 'EN'): UiLanguage {
  return language === 'AR' ? 'ar' : language === 'FR' ? 'fr' : 'en';
}
