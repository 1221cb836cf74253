import { searchKeyGroups } from './normalize.js';

// Words that say nothing about what is looked for (articles, prepositions, conjunctions) in Arabic, French and
// English. Names keep them in the index ("Royaume du Maroc"); a query's own are dropped, so "du" alone finds
// nothing and does not pull in every name that contains it.
const STOP_WORDS = [
  // Arabic
  'في',
  'من',
  'على',
  'إلى',
  'الى',
  'عن',
  'مع',
  'و',
  'أو',
  'ثم',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'التي',
  'الذي',
  'قد',
  'بين',
  // French
  'le',
  'la',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'un',
  'une',
  'et',
  'à',
  'au',
  'aux',
  'en',
  'pour',
  'par',
  'sur',
  'dans',
  'avec',
  'ou',
  // English
  'the',
  'of',
  'and',
  'in',
  'on',
  'at',
  'to',
  'for',
  'a',
  'an',
  'by',
  'with',
  'or',
  'from',
];

/** The stop words as written, lower-case (to leave them out when counting a name's words). */
export const STOP_WORDS_LOWER: readonly string[] = STOP_WORDS.map((word) => word.toLowerCase());
const STOP_WORD_LOWER_SET: ReadonlySet<string> = new Set(STOP_WORDS_LOWER);

/**
 * How many words a name has besides its stop words, its text split on spaces as written: what a query's coverage
 * of the name is measured against. Stored with each name (`Name.wordCount`) so search does not split every
 * candidate's text.
 */
export function wordCount(text: string): number {
  return text.split(' ').filter((word) => word !== '' && !STOP_WORD_LOWER_SET.has(word.toLowerCase())).length;
}

/** The index keys of the stop words (as `searchKeyGroups` folds them), in no particular order. */
export const STOP_KEYS: readonly string[] = [...new Set(STOP_WORDS.flatMap((word) => searchKeyGroups(word).flat()))];
const STOP_KEY_SET: ReadonlySet<string> = new Set(STOP_KEYS);

/** The key groups of a query without its stop words (a group is dropped when every key of it is one). */
export function withoutStopWords(groups: readonly (readonly string[])[]): string[][] {
  return groups.filter((group) => !group.every((key) => STOP_KEY_SET.has(key))).map((group) => [...group]);
}
