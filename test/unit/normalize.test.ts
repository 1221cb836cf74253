import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_WORDS,
  MAX_SEARCH_TEXT_LENGTH,
  buildFulltextQuery,
  isArabicToken,
  keyNeedles,
  normalizeText,
  searchKeyGroups,
  searchKeys,
} from '../../src/search/normalize.js';

/** True when two texts would find each other: at least one key in common. */
function shareAKey(a: string, b: string): boolean {
  const keysOfB = new Set(searchKeys(b));
  return searchKeys(a).some((key) => keysOfB.has(key));
}

describe('normalizeText', () => {
  it('folds alef variants, including alef wasla, to bare alef', () => {
    expect(normalizeText('أ إ آ ٱ ٲ ٳ ا')).toBe('ا ا ا ا ا ا ا');
  });

  it('folds alef maqsura, ta marbuta and hamza carriers', () => {
    expect(normalizeText('مصطفى')).toBe('مصطفي');
    expect(normalizeText('مديرية')).toBe('مديريه');
    expect(normalizeText('مؤتمر')).toBe('موتمر');
    expect(normalizeText('رئيس')).toBe('رييس');
  });

  it('removes diacritics, shadda and tatweel', () => {
    expect(normalizeText('حَمُّوشِي')).toBe('حموشي');
    expect(normalizeText('حمـــوشي')).toBe('حموشي');
    expect(normalizeText('ٱلْإِنْتَرْبُولُ')).toBe('الانتربول');
  });

  it('removes direction marks and zero-width characters inside words', () => {
    expect(normalizeText('\u200Fحمو\u200Cشي\u200E \u202Bمراكش\u202C\u2067\u061C\uFEFF')).toBe('حموشي مراكش');
    expect(normalizeText('Inter\u00ADpol\u200B')).toBe('interpol');
  });

  it('turns Arabic presentation forms into base letters', () => {
    expect(normalizeText('\uFE8D\uFEF9\uFEE7\uFE98\uFEAE\uFE91\uFEEE\uFEDD')).toBe('الانتربول');
  });

  it('folds Persian and Urdu letter variants', () => {
    expect(normalizeText('کی')).toBe('كي');
    expect(normalizeText('ېے')).toBe('يي');
  });

  it('turns Arabic-Indic and Extended Arabic-Indic digits into ASCII digits', () => {
    expect(normalizeText('٢٠٢٥')).toBe('2025');
    expect(normalizeText('۲۰۲۵')).toBe('2025');
    expect(normalizeText('الدورة ٩٣')).toBe('الدوره 93');
  });

  it('lowercases Latin text and strips accents and ligatures', () => {
    expect(normalizeText('Sûreté Nationale')).toBe('surete nationale');
    expect(normalizeText('SÛRETÉ')).toBe('surete');
    expect(normalizeText('Straße Æsop Œuvre')).toBe('strasse aesop oeuvre');
  });

  it('turns punctuation of every script into single spaces and trims', () => {
    expect(normalizeText('«أنتربول»، مراكش؛ لماذا؟')).toBe('انتربول مراكش لماذا');
    expect(normalizeText('”أنتربول”')).toBe('انتربول');
    expect(normalizeText('  DGSN/DGST -- "Rabat"  (Maroc)!  ')).toBe('dgsn dgst rabat maroc');
  });

  it('returns an empty string for punctuation-only text and is idempotent', () => {
    expect(normalizeText(' ،؛؟ -- !! ')).toBe('');
    const once = normalizeText('وللإنتربول، Sûreté ٢٠٢٥');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('isArabicToken', () => {
  it('tells Arabic-script tokens from Latin and digit tokens', () => {
    expect(isArabicToken('حموشي')).toBe(true);
    expect(isArabicToken('hammouchi')).toBe(false);
    expect(isArabicToken('2025')).toBe(false);
  });
});

describe('searchKeys for Arabic', () => {
  it('gives إنتربول the single key انتربول', () => {
    expect(searchKeys('إنتربول')).toEqual(['انتربول']);
  });

  it.each([
    'أنتربول',
    'الإنتربول',
    'الانتربول',
    'لإنتربول',
    'وللإنتربول',
    'ٱلإنتربول',
    'بالإنتربول',
    'فالإنتربول',
    '\u200Fالـــإِنْتَرْ\u200Cبُول\u200E',
    '\uFE8D\uFEF9\uFEE7\uFE98\uFEAE\uFE91\uFEEE\uFEDD',
    '”أنتربول”',
  ])('%s has the key of إنتربول', (variant) => {
    expect(searchKeys(variant)).toContain('انتربول');
  });

  it('strips the article and stacked proclitics', () => {
    expect(searchKeys('والمغرب')).toContain('مغرب');
    expect(searchKeys('بالمغرب')).toContain('مغرب');
    expect(searchKeys('للجمعية')).toContain('جمعيه');
    expect(searchKeys('وللجمعية')).toContain('جمعيه');
  });

  it('never leaves fewer than three letters, so short words survive whole', () => {
    expect(searchKeys('من')).toEqual(['من']);
    expect(searchKeys('في')).toEqual(['في']);
    expect(searchKeys('الذي')).toEqual(['الذي']);
    expect(searchKeys('بلد')).toEqual(['بلد']);
    // و comes off (three letters remain); the ال that would leave one letter stays.
    expect(searchKeys('والي')).toEqual(['الي']);
  });

  it('strips to a fixed point, so words that merely start with a proclitic letter still match their prefixed forms', () => {
    expect(shareAKey('فرنسا', 'بفرنسا')).toBe(true);
    expect(shareAKey('وطني', 'الوطني')).toBe(true);
    expect(shareAKey('لبنان', 'بلبنان')).toBe(true);
    expect(searchKeys('فرنسا')).toEqual(searchKeys('بفرنسا'));
    // One key per word: the prefixed spelling adds no key of its own.
    expect(searchKeys('لإنتربول')).toEqual(['انتربول']);
  });

  it('matches diacritics and tatweel to the bare spelling', () => {
    expect(searchKeys('حَمُّوشِي')).toEqual(searchKeys('حموشي'));
    expect(searchKeys('حمّـوشي')).toEqual(['حموشي']);
  });

  it('matches ta marbuta with heh and alef maqsura with yeh', () => {
    expect(searchKeys('مديرية')).toEqual(searchKeys('مديريه'));
    expect(searchKeys('المديرية')).toContain('مديريه');
    expect(searchKeys('مصطفى')).toEqual(searchKeys('مصطفي'));
  });

  it('joins عبد with the next word, so split and joined compound names share a key', () => {
    // Split, عبد and اللطيف are two tokens; the joined spelling is added so عبداللطيف matches.
    // اللطيف loses its article, then its ل (طيف keeps three letters): the same key as لطيف would get.
    expect(searchKeys('عبد اللطيف')).toEqual(['عبد', 'عبداللطيف', 'طيف']);
    expect(searchKeys('عبداللطيف')).toEqual(['عبداللطيف']);
    expect(shareAKey('عبد اللطيف حموشي', 'عبداللطيف حموشي')).toBe(true);
    expect(searchKeys('وعبد الله')).toContain('عبدالله');
  });

  it('puts the joined compound in both words, so every word of the query is matched', () => {
    expect(searchKeyGroups('عبد اللطيف حموشي')).toEqual([['عبد', 'عبداللطيف'], ['طيف', 'عبداللطيف'], ['حموشي']]);
  });

  it('finds the DGSN name from the article with a query written differently', () => {
    const stored = searchKeys('المديرية العامة للأمن الوطني');
    for (const key of searchKeys('مديرية الامن')) {
      if (key !== 'الامن') expect(stored).toContain(key);
    }
    expect(stored).toContain('امن');
  });
});

describe('searchKeys for Latin script', () => {
  it('gives accented, unaccented and upper-case spellings identical keys', () => {
    const keys = searchKeys('Sûreté nationale');
    expect(keys).toEqual(['surete', 'nationale']);
    expect(searchKeys('Surete Nationale')).toEqual(keys);
    expect(searchKeys('SÛRETÉ NATIONALE')).toEqual(keys);
  });

  it('gives common transliterations of a name a shared phonetic key', () => {
    expect(searchKeys('Hamouchi')).toEqual(['hamouchi', 'hamushi']);
    expect(searchKeys('Hammouchi')).toEqual(['hammouchi', 'hamushi']);
    expect(searchKeys('HAMMOUCHI')).toEqual(['hammouchi', 'hamushi']);
    expect(shareAKey('Hamushi', 'Hammouchi')).toBe(true);
    expect(shareAKey('Djamel', 'Jamel')).toBe(true);
    expect(shareAKey('Moussa', 'Mousa')).toBe(true);
  });

  it('leaves kh alone', () => {
    expect(searchKeys('Khalid')).toEqual(['khalid']);
  });

  it('joins Abdel with the next word like عبد', () => {
    expect(shareAKey('Abdel Latif Hammouchi', 'Abdellatif Hamouchi')).toBe(true);
    expect(searchKeys('Abdel Latif')).toContain('abdellatif');
  });

  it('removes French elisions written with either apostrophe', () => {
    expect(searchKeys("l'Interpol")).toEqual(['interpol']);
    expect(searchKeys('L’Interpol')).toEqual(['interpol']);
    expect(searchKeys("Direction générale de la Sûreté d'État")).toEqual(['direction', 'generale', 'de', 'la', 'surete', 'etat']);
    expect(searchKeys("qu'il")).toEqual(['il']);
  });

  it('leaves apostrophes that are not elisions as word breaks', () => {
    expect(searchKeys("O'Brien")).toEqual(['o', 'brien']);
  });
});

describe('searchKeys in general', () => {
  it('keeps digits as tokens, whatever digits they were written with', () => {
    expect(searchKeys('الدورة ٩٣ سنة ٢٠٢٥')).toEqual(expect.arrayContaining(['93', '2025']));
    expect(searchKeys('2025')).toEqual(['2025']);
  });

  it('deduplicates keys and preserves their order', () => {
    expect(searchKeys('Interpol interpol INTERPOL Rabat')).toEqual(['interpol', 'rabat']);
  });

  it('returns no keys for empty or punctuation-only text', () => {
    expect(searchKeys('')).toEqual([]);
    expect(searchKeys(' ،؛؟ «» -- !! ')).toEqual([]);
  });

  it('handles text far longer than the API accepts (the cap is the API’s job)', () => {
    const long = 'حموشي Interpol '.repeat(400);
    expect(long.length).toBeGreaterThan(MAX_SEARCH_TEXT_LENGTH * 10);
    expect(searchKeys(long)).toEqual(['حموشي', 'interpol']);
  });
});

/** Lucene classic-syntax characters that mean something unless escaped. */
const LUCENE_SPECIAL = new Set([...'+-&|!(){}[]^"~*?:\\/']);

/**
 * A small lexer for the Lucene classic query syntax: returns the literal terms (escapes resolved) and the
 * operators, so a test can check that user text only ever ends up inside terms.
 */
function lexLucene(query: string): { terms: string[]; operators: string[] } {
  const terms: string[] = [];
  const operators: string[] = [];
  let term = '';
  let escapedTerm = false;
  const flush = (): void => {
    if (term === '') return;
    if (!escapedTerm && (term === 'AND' || term === 'OR' || term === 'NOT')) operators.push(term);
    else terms.push(term);
    term = '';
    escapedTerm = false;
  };
  for (let i = 0; i < query.length; i++) {
    const char = query[i] ?? '';
    if (char === '\\') {
      term += query[i + 1] ?? '';
      escapedTerm = true;
      i++;
    } else if (/\s/.test(char)) {
      flush();
    } else if (LUCENE_SPECIAL.has(char)) {
      flush();
      let operator = char;
      if (char === '^' || char === '~') {
        while (/[0-9.]/.test(query[i + 1] ?? '')) operator += query[++i];
      }
      operators.push(operator);
    } else {
      term += char;
    }
  }
  flush();
  return { terms, operators };
}

describe('buildFulltextQuery', () => {
  it('returns null when there is nothing to search', () => {
    expect(buildFulltextQuery([])).toBeNull();
    expect(buildFulltextQuery(['', []])).toBeNull();
    expect(buildFulltextQuery(searchKeys(' ،؛؟ -- !! '))).toBeNull();
  });

  it('gives one word an exact, a fuzzy and a prefix variant', () => {
    expect(buildFulltextQuery(['interpol'])).toBe('(interpol^4 OR interpol~1^2 OR interpol*)');
  });

  it('adds fuzzy variants only from five characters and prefix variants only from three', () => {
    expect(buildFulltextQuery(['من'])).toBe('(من^4)');
    expect(buildFulltextQuery(['امن'])).toBe('(امن^4 OR امن*)');
    expect(buildFulltextQuery(['حموشي'])).toBe('(حموشي^4 OR حموشي~1^2 OR حموشي*)');
  });

  it('ORs the words and adds a boosted clause requiring all of them', () => {
    expect(buildFulltextQuery(['rabat', 'من'])).toBe(
      '(rabat^4 OR rabat~1^2 OR rabat*) OR (من^4) OR ((rabat^4 OR rabat~1^2 OR rabat*) AND (من^4))^10',
    );
  });

  it('treats the keys of one word as alternatives of that word', () => {
    const query = buildFulltextQuery(searchKeyGroups('Hammouchi'));
    expect(query).toBe('(hammouchi^4 OR hammouchi~1^2 OR hammouchi* OR hamushi^4 OR hamushi~1^2 OR hamushi*)');
  });

  it('escapes every Lucene special character, so user text stays literal terms', () => {
    const keys = ['a+b', '(c)', '"d"', 'e~', 'ff*', 'g:h', '\\', '/', 'i&&j||k!', '{l}[m]^n?o-p'];
    const query = buildFulltextQuery(keys);
    expect(query).not.toBeNull();
    const { terms, operators } = lexLucene(query ?? '');
    expect(new Set(terms)).toEqual(new Set(keys));
    for (const operator of operators) {
      expect(['(', ')', '*', '~1', '^2', '^4', '^10', 'OR', 'AND']).toContain(operator);
    }
    expect(query).toContain('a\\+b^4');
    expect(query).toContain('ff\\*^4');
    expect(query).toContain('ff\\**');
  });

  it('splits a key containing whitespace into alternatives of the same word', () => {
    expect(buildFulltextQuery(['q r'])).toBe('(q^4 OR r^4)');
  });

  it('escapes the operator words AND, OR and NOT when they are a whole key', () => {
    const query = buildFulltextQuery(['AND', 'OR', 'NOT']) ?? '';
    const { terms } = lexLucene(query);
    expect(new Set(terms)).toEqual(new Set(['AND', 'OR', 'NOT']));
    expect(query).toContain('\\AND^4');
  });

  it('gives only the exact terms for the first tier of a search, with the same all-words clause', () => {
    expect(buildFulltextQuery(searchKeyGroups('Hammouchi'), { exactOnly: true })).toBe('(hammouchi^4 OR hamushi^4)');
    expect(buildFulltextQuery(['rabat', 'من'], { exactOnly: true })).toBe('(rabat^4) OR (من^4) OR ((rabat^4) AND (من^4))^10');
    expect(buildFulltextQuery([], { exactOnly: true })).toBeNull();
  });

  it('keeps lower-case and/or/not as ordinary terms', () => {
    expect(buildFulltextQuery(searchKeys('and'))).toBe('(and^4 OR and*)');
  });

  it(`ignores words beyond the ${MAX_QUERY_WORDS}th`, () => {
    const words = Array.from({ length: MAX_QUERY_WORDS + 5 }, (_, i) => `word${i}`);
    const { terms } = lexLucene(buildFulltextQuery(words) ?? '');
    expect(new Set(terms)).toEqual(new Set(words.slice(0, MAX_QUERY_WORDS)));
  });
});

describe('keyNeedles', () => {
  // What search looks for in a name's keys written with a space before and after each.
  const matches = (nameText: string, query: string) => {
    const padded = ` ${searchKeys(nameText).join(' ')} `;
    return keyNeedles(searchKeyGroups(query)).map((needles) => needles.some((needle) => padded.includes(needle)));
  };

  it('finds a word that is a key, and from three characters a word the key starts', () => {
    expect(matches('Abdellatif Hammouchi', 'Hamouchi')).toEqual([true]);
    expect(matches('Interpol', 'Inter')).toEqual([true]);
    expect(matches('Interpol', 'pol')).toEqual([false]);
    expect(matches('Royaume du Maroc', 'du')).toEqual([true]);
    expect(matches('Dubai', 'du')).toEqual([false]);
    expect(matches('الجمعية العامة للإنتربول', 'الإنتربول العامة')).toEqual([true, true]);
  });

  it('keeps one list per query word', () => {
    expect(keyNeedles([['hammouchi', 'hamushi'], ['du']])).toEqual([[' hammouchi', ' hamushi'], [' du ']]);
  });
});
