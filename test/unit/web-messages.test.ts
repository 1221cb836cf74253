import { describe, expect, it } from 'vitest';
import { format, MESSAGES } from '../../web/src/i18n/messages.js';

describe("the explorer's interface strings", () => {
  const keys = Object.keys(MESSAGES.en);

  it.each(['ar', 'fr', 'en'] as const)('has every key, non-empty, in %s', (language) => {
    const messages: Readonly<Record<string, string>> = MESSAGES[language];
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(messages[key]?.trim(), `${language} ${key}`).toBeTruthy();
  });

  it.each(['ar', 'fr'] as const)('keeps the placeholders of every English message in %s', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const messages: Readonly<Record<string, string>> = MESSAGES[language];
    for (const key of keys)
      expect(placeholders(messages[key] ?? ''), `${language} ${key}`).toEqual(placeholders(MESSAGES.en[key as keyof typeof MESSAGES.en]));
  });

  it('has no Latin word in an Arabic message, except the names of the other languages', () => {
    const allowed = new Set(['language.fr', 'language.en']);
    const latin = Object.entries(MESSAGES.ar).filter(([key, text]) => !allowed.has(key) && /[A-Za-z]{2,}/.test(text.replace(/\{\w+\}/g, '')));
    expect(latin).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} results for {query}', { count: 3, query: 'DGSN' })).toBe('3 results for DGSN');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});
