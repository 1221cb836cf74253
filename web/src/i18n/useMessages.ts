import { useCallback } from 'react';
import { label as vocabularyLabel, type VocabularyGroup } from '../../../src/domain/labels.js';
import { directionOf, useLanguage, type UiLanguage } from './language.js';
import { format, MESSAGES, type MessageKey } from './messages.js';

export interface Translator {
  readonly language: UiLanguage;
  readonly dir: 'rtl' | 'ltr';
  /** A UI string, with `{name}` placeholders filled from values. */
  readonly t: (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;
  /** The label of an API code in the UI language (the shared vocabulary). */
  readonly label: (group: VocabularyGroup, code: string) => string;
}

/** The UI strings and vocabulary labels in the language of the URL. */
export function useMessages(): Translator {
  const language = useLanguage();
  const t = useCallback(
    (key: MessageKey, values?: Readonly<Record<string, string | number>>) => {
      const template = MESSAGES[language][key];
      return values ? format(template, values) : template;
    },
    [language],
  );
  const label = useCallback((group: VocabularyGroup, code: string) => vocabularyLabel(group, code, language), [language]);
  return { language, dir: directionOf(language), t, label };
}
