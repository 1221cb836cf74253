/// <reference lib="dom" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { SCHEMA_DIR } from '../../../src/paths.js';
import type { Lang } from './data.js';

/**
 * Scans of what a reader sees for words that should not be there: raw API codes and, on an Arabic or French page,
 * English interface words.
 */

/** A piece of text the reader meets, and where: element text, or an attribute a browser shows or reads out. */
export interface SeenText {
  readonly text: string;
  readonly where: string;
  /** The language the page declares for it (the nearest lang attribute), e.g. 'en' for a term given in English. */
  readonly lang: string;
}

/**
 * Every rendered text node of the document (raw DOM text, so CSS `text-transform` cannot fake a code), the
 * attributes a browser shows or a screen reader reads (placeholder, aria-label, title, alt) and the page title,
 * under `rootSelector` (the whole body by default).
 */
export async function seenTexts(target: Page | Frame, rootSelector = 'body'): Promise<SeenText[]> {
  return target.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error(`nothing matches ${selector}`);
    const seen: { text: string; where: string; lang: string }[] = [];
    const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang') ?? '';
    const describe = (element: Element) => {
      const testId = element.closest('[data-testid]')?.getAttribute('data-testid');
      return `<${element.tagName.toLowerCase()}>${testId ? ` in [data-testid=${testId}]` : ''}`;
    };
    const rendered = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.nodeValue?.trim();
      if (!parent || !text || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
      if (rendered(parent)) seen.push({ text, where: describe(parent), lang: langOf(parent) });
    }
    for (const element of Array.from(root.querySelectorAll('[placeholder], [aria-label], [title], [alt]'))) {
      if (!rendered(element)) continue;
      for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) seen.push({ text: value, where: `${describe(element)} @${name}`, lang: langOf(element) });
      }
    }
    if (selector === 'body' && document.title.trim())
      seen.push({ text: document.title.trim(), where: '<title>', lang: document.documentElement.lang });
    return seen;
  }, rootSelector);
}

const schema = buildSchema(
  readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'))
    .join('\n'),
);

/** Every value of every enum of the SDL: the codes the API returns, which a page must label, never show. */
export const ENUM_VALUES: ReadonlySet<string> = new Set(
  Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'))
    .flatMap((type) => type.getValues().map((value) => value.name)),
);

const SNAKE_CODE = /\b[A-Z]{2,}(?:_[A-Z]{2,})+\b/g;
const WORDS = /(?<![\p{L}\p{N}_])[\p{L}_][\p{L}\p{N}_]*(?![\p{L}\p{N}_])/gu;

/**
 * Raw codes in the texts: UPPER_SNAKE words, and any word that is an enum value of the SDL. An enum value that is
 * also an ordinary word of the page's language ("Language" on an English page) is not a code there.
 */
export function rawCodes(texts: readonly SeenText[], lang: Lang): string[] {
  const found: string[] = [];
  for (const { text, where } of texts) {
    const codes = new Set(text.match(SNAKE_CODE) ?? []);
    for (const word of text.match(WORDS) ?? []) {
      if (!ENUM_VALUES.has(word)) continue;
      const isPlainEnglishWord = /^[A-Z][a-z]+$/.test(word);
      if (lang === 'en' && isPlainEnglishWord) continue;
      codes.add(word);
    }
    for (const code of codes) found.push(`${code} in ${where}: ${JSON.stringify(text.slice(0, 120))}`);
  }
  return found;
}

/** English interface words that a translated page must not show (matched as whole words, any case). */
const ENGLISH_UI_WORDS = [
  'Search',
  'Timeline',
  'Graph',
  'Relations',
  'Relation',
  'Evidence',
  'Source',
  'Sources',
  'Events',
  'Event',
  'Role',
  'Roles',
  'Place',
  'Date',
  'Status',
  'About',
  'Paths',
  'Path',
  'Connections',
  'Download',
  'Downloads',
  'Loading',
  'Not found',
  'undated',
  'reported',
  'corroborated',
  'disputed',
  'forecast',
  'evaluation',
  'attributed claim',
  'reported fact',
  'Participants',
  'Participant',
  'Kind',
  'Type',
  'Statement',
  'Quote',
  'Results',
  'Retry',
  'Try again',
  'Error',
  'Filter',
  'Filters',
  'Sort',
  'Zoom',
  'Copy',
  'Embed',
  'Language',
  'Country',
  'Description',
  'Names',
  'Also written',
  'Entity',
  'Entities',
  'Home',
  'Back',
  'Previous',
  'Next',
  'Show',
  'Hide',
  'Clear',
  'Reset',
  'Close',
  'Open',
  'Skip to content',
  'half',
  'second half',
  'first half',
  'year',
  'Newest',
  'Oldest',
  'ascending',
  'descending',
  'From',
  'To',
  'hops',
  'hop',
  'depth',
  'Main',
];
/** French words spelled like an English one: not evidence of an untranslated string on a French page. */
const FRENCH_HOMOGRAPHS = new Set([
  'Relations',
  'Relation',
  'Source',
  'Sources',
  'Date',
  'Place',
  'Participants',
  'Participant',
  'Type',
  'Description',
  'Zoom',
  'Main',
  'Close',
  'Sort',
  'hop',
]);

function wordPattern(words: readonly string[]): RegExp {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
const UI_WORDS_FOR: Record<'ar' | 'fr', RegExp> = {
  ar: wordPattern(ENGLISH_UI_WORDS),
  fr: wordPattern(ENGLISH_UI_WORDS.filter((word) => !FRENCH_HOMOGRAPHS.has(word))),
};

/**
 * English interface words on an Arabic or French page. Not counted: texts of the dataset (`data`), which the page
 * may quote, and texts the page marks as being in another language (a glossary's English column, a name given in
 * English): an untranslated string is one that claims to be in the page's language.
 */
export function englishUiWords(texts: readonly SeenText[], lang: 'ar' | 'fr', data: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const { text, where, lang: declared } of texts) {
    if (declared && declared.split('-')[0] !== lang) continue;
    if (data.some((allowed) => allowed.includes(text))) continue;
    for (const word of text.match(UI_WORDS_FOR[lang]) ?? []) found.push(`"${word}" in ${where}: ${JSON.stringify(text.slice(0, 120))}`);
  }
  return found;
}

/** Month names and abbreviations in the three languages (Maghreb, Mashriq and Levantine names in Arabic). */
const MONTH_WORDS = new Set(
  [
    'january february march april june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre',
    'janv févr fév avr juil sept déc',
    'يناير فبراير مارس أبريل ابريل إبريل ماي مايو يونيو يونيه يوليوز يوليو غشت أغسطس اغسطس شتنبر سبتمبر أكتوبر اكتوبر نونبر نوفمبر دجنبر ديسمبر',
    'كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين',
  ].flatMap((line) => line.split(' ')),
);

/** Wordings more precise than a month or a half-year: quarters, weeks, days written as numbers. */
const PRECISE_DATE_PATTERNS: readonly RegExp[] = [
  /\b\d{4}-\d{1,2}\b/, // 2022-07, 2022-07-01
  /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/, // 01/07/2022
  /\b\d{1,2}[./-]\d{4}\b/, // 07/2022
  /\b1er\b/i,
  /\bMay\b/, // the month, not the verb
  /\b[QT][1-4]\b/, // Q4 2022, T4 2022
  /(?<![\p{L}])(?:quarter|trimestre|week|semaine|الربع|ربع|أسبوع)(?![\p{L}])/iu,
];

const toAsciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(((digit.charCodeAt(0) - 0x0660) % 0x90) % 16));

/**
 * Day or month wording in the texts that the data does not have: month names, numeric dates, quarters and
 * weeks. `data` are the texts of the facts shown (titles, summaries, date phrases); what they say may be shown.
 */
export function datesMorePreciseThanData(texts: readonly SeenText[], data: readonly string[]): string[] {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const dataText = toAsciiDigits(data.join('\n'));
  const dataWords = new Set(words(dataText));
  const found: string[] = [];
  for (const { text, where } of texts) {
    const ascii = toAsciiDigits(text);
    for (const word of words(ascii)) {
      if (MONTH_WORDS.has(word.replace(/\.$/, '')) && !dataWords.has(word)) found.push(`month "${word}" in ${where}: ${JSON.stringify(text)}`);
    }
    for (const pattern of PRECISE_DATE_PATTERNS) {
      const match = pattern.exec(ascii);
      if (match && !dataText.includes(match[0])) found.push(`"${match[0]}" in ${where}: ${JSON.stringify(text)}`);
    }
  }
  return found;
}
