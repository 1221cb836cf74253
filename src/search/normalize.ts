/**
 * Text normalisation for search. The same functions run when names are written to the fulltext index and
 * when a user's query is searched, so whatever they fold, both sides fold identically.
 */

/** Longest search text, in characters, the API accepts; enforced by the API, not here. */
export const MAX_SEARCH_TEXT_LENGTH = 200;

/**
 * Words of a query beyond this count are ignored by `buildFulltextQuery`: each word expands to several
 * Lucene clauses (fuzzy ones to up to 50 terms), and Lucene refuses queries over 1024 clauses.
 */
export const MAX_QUERY_WORDS = 16;

// Format characters people paste along with names (bidi marks from RTL editors, zero-width joiners,
// BOM, soft hyphen). They are deleted, not turned into spaces, because they sit inside words.
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// Combining marks dropped after NFD: Latin accents, Arabic harakat/shadda/sukun, the hamza and madda
// marks that NFD splits off أ إ آ ؤ ئ, superscript alef, Quranic annotation marks, the high hamza that
// NFKC splits off ٵ ٶ ٸ, and tatweel (a stretching glyph, not a letter).
// Each mark of the class is removed on its own, so combining characters in it are what is meant.
const DROPPED_MARKS =
  // eslint-disable-next-line no-misleading-character-class
  /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u0610-\u061A\u0640\u064B-\u065F\u0670\u0674\u06D6-\u06ED\u08D3-\u08E1\u08E3-\u08FF]/g;

// Letters written interchangeably in names. Hamza carriers are handled by NFD + DROPPED_MARKS above.
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['\u0671', 'ا'], // ٱ alef wasla
  ['\u0672', 'ا'], // ٲ alef with wavy hamza above
  ['\u0673', 'ا'], // ٳ alef with wavy hamza below
  ['ى', 'ي'], // alef maqsura
  ['ة', 'ه'], // ta marbuta
  ['\u06C1', 'ه'], // ہ Urdu heh goal
  ['\u06C3', 'ه'], // ۃ Urdu ta marbuta goal
  ['\u06BE', 'ه'], // ھ heh doachashmee
  ['\u06D5', 'ه'], // ە ae (also what ۀ becomes after NFD)
  ['\u06A9', 'ك'], // ک Persian keheh
  ['\u06AA', 'ك'], // ڪ swash kaf
  ['\u06CC', 'ي'], // ی Persian yeh
  ['\u06D0', 'ي'], // ې yeh
  ['\u06D2', 'ي'], // ے Urdu yeh barree
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ł', 'l'],
  ['ı', 'i'],
]);
const FOLDED_LETTER = new RegExp(`[${[...LETTER_FOLDS.keys()].join('')}]`, 'g');

const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC_DIGIT = /[\u06F0-\u06F9]/g;

// Everything that is not a letter, mark or digit (punctuation in any script, symbols, quotes, guillemets,
// hyphens, slashes, Arabic ، ؛ ؟) separates words.
const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/gu;

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08C9]/;

/**
 * Canonical form of a string: NFKC, invisible characters removed, Arabic letter variants, diacritics and
 * tatweel folded, all digits ASCII, Latin lowercased without accents, punctuation turned into single
 * spaces, trimmed. Idempotent.
 */
export function normalizeText(text: string): string {
  return (
    text
      // NFKC first: it turns Arabic presentation forms, ligatures (ﻻ ﷲ), fullwidth and superscript
      // characters into the base letters the rest of the pipeline expects.
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(ARABIC_INDIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(EXTENDED_ARABIC_INDIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x06f0))
      .toLowerCase()
      .normalize('NFD')
      .replace(DROPPED_MARKS, '')
      // Recompose what is left so scripts we do not fold (e.g. Hangul) keep their usual form.
      .normalize('NFC')
      .replace(FOLDED_LETTER, (c) => LETTER_FOLDS.get(c) ?? c)
      .replace(SEPARATOR, ' ')
      .trim()
  );
}

/** True when the token contains an Arabic-script letter (so Arabic proclitic rules apply to it). */
export function isArabicToken(token: string): boolean {
  return ARABIC_LETTER.test(token);
}

// Arabic proclitics in the order they attach: a conjunction, then a preposition, then the article.
// ل + ال is written لل (the alef drops), so that combination is listed as its own form and ل+ال is not.
const CONJUNCTIONS = ['', 'و', 'ف'] as const;
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'] as const;
const PROCLITIC_CHAINS: readonly string[] = [
  ...new Set(
    CONJUNCTIONS.flatMap((conjunction) => [
      ...PREPOSITIONS.flatMap((preposition) =>
        preposition === 'ل' ? [conjunction + preposition] : [conjunction + preposition, `${conjunction}${preposition}ال`],
      ),
      `${conjunction}لل`,
    ]),
  ),
]
  .filter((chain) => chain !== '')
  .sort((a, b) => a.length - b.length);

const MIN_ARABIC_STEM_LENGTH = 3;

// Longest first, so a stacked prefix (وللـ, بالـ) comes off in one step where it can.
const CHAINS_LONGEST_FIRST = [...PROCLITIC_CHAINS].sort((a, b) => b.length - a.length);

/**
 * The one key of a normalised Arabic token: what remains after proclitics are stripped repeatedly (a
 * conjunction, a preposition, the article, in any stacking) while at least three letters remain, so من, في
 * and الذي survive whole.
 *
 * Whether a leading و ف ب ك ل is a proclitic or the word's first letter cannot be told from the spelling
 * (وطني, فرنسا, لبنان are whole words). Stripping it anyway, to a fixed point, gives every spelling of a word
 * the same key: فرنسا and بفرنسا both become رنسا, وطني and الوطني both طني, الإنتربول and لإنتربول and
 * وللإنتربول all انتربول. The key is not always a real word, but the same function runs on names when they
 * are indexed and on queries, so they meet. One key per word (rather than the word plus its stems) also
 * keeps ranking honest: a query for لإنتربول must not favour names that happen to share the prefix.
 */
function arabicKeys(token: string): string[] {
  let key = token;
  for (;;) {
    const chain = CHAINS_LONGEST_FIRST.find((c) => key.startsWith(c) && key.length - c.length >= MIN_ARABIC_STEM_LENGTH);
    if (chain === undefined) return [key];
    key = key.slice(chain.length);
  }
}

/**
 * Collapses the spelling differences of French/English transliterations of Arabic names:
 * Hammouchi, Hamouchi, Hamuchi and Hamushi all become "hamushi". `kh` is left alone (it is its own sound).
 */
function phoneticKey(token: string): string {
  return token
    .replace(/ou/g, 'u')
    .replace(/ch/g, 'sh')
    .replace(/dj/g, 'j')
    .replace(/(.)\1+/gu, '$1');
}

function latinKeys(token: string): string[] {
  return /[a-z]/.test(token) ? unique([token, phoneticKey(token)]) : [token];
}

function tokenKeys(token: string): string[] {
  return isArabicToken(token) ? arabicKeys(token) : latinKeys(token);
}

// French elisions (l'Interpol, d'État, qu'il) are removed before normalisation turns the apostrophe into
// a space, which would otherwise leave a stray one-letter word. The text is NFKC-normalised first so
// fullwidth letters and apostrophes are recognised too.
const FRENCH_ELISION = /(?<![\p{L}\p{M}\p{N}])(?:qu|[cdjlmnst])['’ʼ](?=\p{L})/giu;

// First halves of compound names written both split and joined (عبد اللطيف / عبداللطيف,
// Abdel Latif / Abdellatif).
const ARABIC_COMPOUND_HEADS: ReadonlySet<string> = new Set(['عبد']);
const LATIN_COMPOUND_HEADS: ReadonlySet<string> = new Set(['abd', 'abdel', 'abdul', 'abdoul', 'abdal']);

/** The joined spelling of `head next` when `head` starts a compound name, else undefined. */
function joinedCompound(head: string, next: string): string | undefined {
  if (isArabicToken(next)) {
    const isHead = arabicKeys(head).some((key) => ARABIC_COMPOUND_HEADS.has(key));
    return isHead ? `عبد${next}` : undefined;
  }
  return LATIN_COMPOUND_HEADS.has(head) && /^[a-z]/.test(next) ? head + next : undefined;
}

/**
 * Index keys of a text, one group per word, in word order. A group holds the keys of that word
 * (proclitic-stripped Arabic stems, folded and phonetic Latin spellings, digits as they are). When a word
 * starts a compound name (عبد, Abdel…), the keys of the joined spelling are added to both its group and the
 * next word's, so "عبد اللطيف" and "عبداللطيف" match each other word for word.
 */
export function searchKeyGroups(text: string): string[][] {
  const tokens = normalizeText(text.normalize('NFKC').replace(FRENCH_ELISION, ''))
    .split(' ')
    .filter((token) => token !== '');
  const groups = tokens.map(tokenKeys);
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const joined = next === undefined ? undefined : joinedCompound(token, next);
    if (joined === undefined) return;
    const joinedKeys = tokenKeys(joined);
    for (const index of [i, i + 1]) {
      groups[index] = unique([...(groups[index] ?? []), ...joinedKeys]);
    }
  });
  return groups;
}

/**
 * Index keys of a text: the keys of every word (see `searchKeyGroups`), deduplicated, in order. Stored
 * space-joined on the indexed property at write time; the same call on the user's query gives the terms
 * to look for.
 */
export function searchKeys(text: string): string[] {
  return unique(searchKeyGroups(text).flat());
}

/**
 * One key for a whole name, for telling whether two names are one name written two ways (the loader's entity
 * matching, src/ingest/match.ts): the same folding as search, one key per word (an Arabic word's proclitic-stripped
 * stem, a Latin word's transliteration key), a compound name joined (عبد اللطيف = عبداللطيف, Abdel Latif =
 * Abdellatif). "Abdellatif Hammouchi" and "Abdellatif Hamouchi" share a key; "Hammouchi" and "Abdellatif
 * Hammouchi" do not (a name is matched whole, not word by word). Empty for a name with no letters or digits.
 */
export function nameKey(text: string): string {
  const tokens = normalizeText(text.normalize('NFKC').replace(FRENCH_ELISION, ''))
    .split(' ')
    .filter((token) => token !== '');
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const joined = next === undefined ? undefined : joinedCompound(token, next);
    if (joined !== undefined) i++;
    words.push(canonicalKey(joined ?? token));
  }
  return words.join(' ');
}

/** The one key of a word that `nameKey` keeps: the last of its search keys (the stem, or the transliteration key). */
function canonicalKey(token: string): string {
  return tokenKeys(token).at(-1) ?? token;
}

// Boosts: an exact key outranks a one-edit typo, which outranks a prefix (someone still typing).
const EXACT_BOOST = 4;
const FUZZY_BOOST = 2;
const MIN_FUZZY_LENGTH = 5;
const MIN_PREFIX_LENGTH = 3;
// Added on top of the per-word clauses for documents that match every word, so they rank above documents
// matching some words strongly.
const ALL_WORDS_BOOST = 10;

// Lucene classic query syntax characters. Whitespace is not among them: the analyzer splits query text on
// it even when escaped, so keys are split on whitespace instead (indexed keys never contain any).
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATOR_WORDS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT']);

/** Escapes a key so Lucene's classic query parser reads it as one literal term. */
function escapeLuceneTerm(key: string): string {
  const escaped = key.replace(LUCENE_SPECIAL, '\\$&');
  return LUCENE_OPERATOR_WORDS.has(escaped) ? `\\${escaped}` : escaped;
}

function keyClauses(key: string, exactOnly: boolean): string[] {
  const term = escapeLuceneTerm(key);
  const length = [...key].length;
  const clauses = [`${term}^${EXACT_BOOST}`];
  if (exactOnly) return clauses;
  if (length >= MIN_FUZZY_LENGTH) clauses.push(`${term}~1^${FUZZY_BOOST}`);
  if (length >= MIN_PREFIX_LENGTH) clauses.push(`${term}*`);
  return clauses;
}

/**
 * A Lucene query for `db.index.fulltext.queryNodes` over a property holding space-joined `searchKeys`
 * (indexed with the `whitespace` analyzer, so terms reach the index exactly as written here).
 *
 * Each element is one word: either a single key or the alternative keys of that word (pass
 * `searchKeyGroups(text)` for the best ranking; `searchKeys(text)` also works, each key then counting as a
 * word). Every key yields an exact term (boosted), a `~1` fuzzy term when it has 5+ characters and a
 * prefix term when it has 3+; a word matches if any of them does. Words are OR-ed, and when there are
 * several, a boosted clause requiring all of them is added:
 *
 *     (w1…) OR (w2…) OR ((w1…) AND (w2…))^10
 *
 * All operators are explicit, so the result does not depend on the parser's default operator. With
 * `exactOnly`, only the exact terms: term lookups in the index, the cheap first tier of a search (fuzzy and
 * prefix terms make Lucene walk its term dictionary).
 * Returns null when there are no keys; the caller then answers with no results without a query.
 */
export function buildFulltextQuery(keys: readonly (string | readonly string[])[], { exactOnly = false } = {}): string | null {
  const words = keys
    .map((word) => unique((typeof word === 'string' ? [word] : word).flatMap((key) => key.split(/\s+/)).filter((key) => key !== '')))
    .filter((word) => word.length > 0)
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => `(${word.flatMap((key) => keyClauses(key, exactOnly)).join(' OR ')})`);
  if (words.length === 0) return null;
  if (words.length === 1) return words[0] ?? null;
  return `${words.join(' OR ')} OR (${words.join(' AND ')})^${ALL_WORDS_BOOST}`;
}

/**
 * Each word's keys as the strings to look for in a name's keys written ' k1 k2 … ' (spaces around): ' key ' finds
 * a name word that is the key, ' key' (keys of 3+ characters, as for Lucene's prefix terms) also one the key starts.
 * One substring search per key tells whether a name matches a query word, without splitting its keys.
 */
export function keyNeedles(groups: readonly (readonly string[])[]): string[][] {
  return groups.map((keys) => keys.map((key) => ([...key].length >= MIN_PREFIX_LENGTH ? ` ${key}` : ` ${key} `)));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
