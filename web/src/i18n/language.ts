import { useSearchParams } from 'wouter';
import type { UiLanguage } from '../../../src/domain/labels.js';

export type { UiLanguage };

export const LANGUAGES: readonly UiLanguage[] = ['ar', 'fr', 'en'];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

export function isLanguage(value: string | null | undefined): value is UiLanguage {
  return value === 'ar' || value === 'fr' || value === 'en';
}

/** The writing direction of a language. */
export function directionOf(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The API's spelling of a language (the GraphQL enum `Language`). */
export function apiLanguage(language: UiLanguage): 'AR' | 'FR' | 'EN' {
  return language === 'ar' ? 'AR' : language === 'fr' ? 'FR' : 'EN';
}

/** The explorer's language, from the `lang` query parameter (English when absent or unknown). */
export function useLanguage(): UiLanguage {
  const [params] = useSearchParams();
  const value = params.get('lang');
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}
