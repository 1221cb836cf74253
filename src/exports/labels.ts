import type { LanguageCode, LocalizedTextRecord } from '../db/records.js';

const FALLBACK: readonly (keyof LocalizedTextRecord)[] = ['en', 'fr', 'ar'];

/** The text in the requested language, else English, French, then Arabic; '' when none is given. */
export function pick(text: LocalizedTextRecord | null | undefined, language: LanguageCode = 'EN'): string {
  if (!text) return '';
  const wanted = language.toLowerCase() as keyof LocalizedTextRecord;
  for (const key of [wanted, ...FALLBACK]) {
    const value = text[key];
    if (value) return value;
  }
  return '';
}
