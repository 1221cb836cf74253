import type { LanguageCode, LocalizedTextRecord } from '../db/records.js';
import { uiLanguage, type UiLanguage } from '../domain/labels.js';

/** The language of an export: the API's code ('AR') or the UI's ('ar'). */
export type ExportLanguage = LanguageCode | UiLanguage;

const FALLBACK: readonly UiLanguage[] = ['en', 'fr', 'ar'];

/** A text picked from its languages, with the language it is actually in (which may differ from the one asked for). */
export interface PickedText {
  readonly text: string;
  readonly language: UiLanguage;
}

/** The text in the requested language, else English, French, then Arabic, with its language; null when none is given. */
export function pickText(text: LocalizedTextRecord | null | undefined, language: ExportLanguage = 'EN'): PickedText | null {
  if (!text) return null;
  for (const key of [uiLanguage(language), ...FALLBACK]) {
    const value = text[key];
    if (value) return { text: value, language: key };
  }
  return null;
}

/** The text in the requested language, else English, French, then Arabic; '' when none is given. */
export function pick(text: LocalizedTextRecord | null | undefined, language: ExportLanguage = 'EN'): string {
  return pickText(text, language)?.text ?? '';
}
