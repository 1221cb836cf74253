import { buildSchema, getNamedType, GraphQLEnumType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dateText, label, UI_LANGUAGES, VOCABULARY, VOCABULARY_GROUPS, vocabularyEntries, type DateBounds } from '../../src/domain/labels.js';
import { DATE_PRECISIONS } from '../../src/domain/vocabulary.js';
import { loadTypeDefs } from '../../src/server.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the SDL`);
  return type.getValues().map((value) => value.name);
};
const CODE = /\b[A-Z]{2,}(?:_[A-Z]+)*\b/;

describe('the vocabulary', () => {
  it('has a group for each labelled SDL enum, and the SDL lists the groups', () => {
    expect(enumValues('VocabularyGroup')).toEqual([...VOCABULARY_GROUPS]);
    for (const group of VOCABULARY_GROUPS) expect(schema.getType(group), group).toBeInstanceOf(GraphQLEnumType);
  });

  it('labels every enum the API returns: each enum of an output field is a group', () => {
    // VocabularyGroup names the groups themselves (a client asks for them by name), not codes of the data.
    const outputEnums = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (named instanceof GraphQLEnumType) outputEnums.add(named.name);
      }
    }
    outputEnums.delete('VocabularyGroup');
    expect(outputEnums.size).toBeGreaterThan(10);
    expect([...outputEnums].filter((name) => !(VOCABULARY_GROUPS as readonly string[]).includes(name))).toEqual([]);
  });

  it.each(VOCABULARY_GROUPS)('labels every value of the SDL enum %s in Arabic, French and English, none of them the code', (group) => {
    const codes = enumValues(group);
    expect(Object.keys(VOCABULARY[group])).toEqual(codes);
    for (const code of codes) {
      for (const language of UI_LANGUAGES) {
        const text = label(group, code, language);
        expect(text.trim(), `${group}.${code} in ${language}`).not.toBe('');
        expect(text, `${group}.${code} in ${language}`).not.toBe(code);
        expect(text, `${group}.${code} in ${language} looks like a code`).not.toMatch(CODE);
      }
      // Arabic labels are written in Arabic script; French and English ones are not.
      expect(label(group, code, 'ar'), `${group}.${code}`).toMatch(/[\u0600-\u06FF]/);
      expect(label(group, code, 'fr'), `${group}.${code}`).not.toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('gives the labels a journalist reads for statement kinds and precisions', () => {
    expect(VOCABULARY.StatementKind['REPORTED_FACT']).toEqual({ ar: 'واقعة مُبلَّغ عنها', fr: 'fait rapporté', en: 'reported fact' });
    expect(VOCABULARY.StatementKind['ATTRIBUTED_CLAIM']).toEqual({ ar: 'ادعاء منسوب', fr: 'affirmation attribuée', en: 'attributed claim' });
    expect(VOCABULARY.DatePrecision['HALF_YEAR']).toEqual({ ar: 'نصف سنة', fr: 'semestre', en: 'half-year' });
  });

  it('lists entries of the groups asked for, or of all groups', () => {
    const all = vocabularyEntries();
    expect(all).toHaveLength(VOCABULARY_GROUPS.reduce((sum, group) => sum + Object.keys(VOCABULARY[group]).length, 0));
    const roles = vocabularyEntries(['ParticipantRole']);
    expect(new Set(roles.map((entry) => entry.group))).toEqual(new Set(['ParticipantRole']));
    expect(roles.find((entry) => entry.code === 'HOST')?.labels).toEqual({ ar: 'مضيف', fr: 'hôte', en: 'host' });
  });

  it('falls back to the code only for a code it does not know', () => {
    expect(label('ParticipantRole', 'NO_SUCH_ROLE', 'fr')).toBe('NO_SUCH_ROLE');
  });
});

describe('dates in words', () => {
  const date = (precision: DateBounds['precision'], earliest: string | null, latest: string | null): DateBounds => ({ precision, earliest, latest });

  it.each([
    [date('DAY', '2024-03-12', '2024-03-12'), '12 مارس 2024', '12 mars 2024', '12 March 2024'],
    [date('DAY', '2024-05-01', '2024-05-01'), '1 مايو 2024', '1er mai 2024', '1 May 2024'],
    [date('MONTH', '2024-08-01', '2024-08-31'), 'أغسطس 2024', 'août 2024', 'August 2024'],
    [date('QUARTER', '2024-07-01', '2024-09-30'), 'الربع الثالث من 2024', '3e trimestre 2024', 'third quarter of 2024'],
    [date('QUARTER', '2024-01-01', '2024-03-31'), 'الربع الأول من 2024', '1er trimestre 2024', 'first quarter of 2024'],
    [date('HALF_YEAR', '2022-07-01', '2022-12-31'), 'النصف الثاني من 2022', '2e semestre 2022', 'second half of 2022'],
    [date('HALF_YEAR', '2022-01-01', '2022-06-30'), 'النصف الأول من 2022', '1er semestre 2022', 'first half of 2022'],
    [date('YEAR', '2025-01-01', '2025-12-31'), '2025', '2025', '2025'],
    [date('INTERVAL', '2022-01-01', '2024-06-30'), 'من 2022 إلى يونيو 2024', 'de 2022 à juin 2024', 'from 2022 to June 2024'],
    [date('INTERVAL', '2024-04-01', '2024-08-31'), 'من أبريل 2024 إلى أغسطس 2024', 'd’avril 2024 à août 2024', 'from April 2024 to August 2024'],
    [
      date('INTERVAL', '2024-03-12', '2024-04-03'),
      'من 12 مارس 2024 إلى 3 أبريل 2024',
      'du 12 mars 2024 au 3 avril 2024',
      'from 12 March 2024 to 3 April 2024',
    ],
    [date('INTERVAL', '2022-01-01', null), 'في 2022 أو بعد ذلك', 'en 2022 ou après', 'in or after 2022'],
    [date('INTERVAL', null, '2024-07-31'), 'في يوليو 2024 أو قبل ذلك', 'en juillet 2024 ou avant', 'in or before July 2024'],
    [date('UNKNOWN', null, null), 'غير مؤرخ', 'non daté', 'undated'],
  ])('%o reads %s / %s / %s', (bounds, ar, fr, en) => {
    expect(dateText(bounds, 'ar')).toBe(ar);
    expect(dateText(bounds, 'fr')).toBe(fr);
    expect(dateText(bounds, 'en')).toBe(en);
  });

  it('words every precision in every language, in Western digits', () => {
    const samples: Record<(typeof DATE_PRECISIONS)[number], DateBounds> = {
      DAY: date('DAY', '2024-03-12', '2024-03-12'),
      MONTH: date('MONTH', '2024-03-01', '2024-03-31'),
      QUARTER: date('QUARTER', '2024-10-01', '2024-12-31'),
      HALF_YEAR: date('HALF_YEAR', '2022-07-01', '2022-12-31'),
      YEAR: date('YEAR', '2025-01-01', '2025-12-31'),
      INTERVAL: date('INTERVAL', '2022-01-01', '2023-12-31'),
      UNKNOWN: date('UNKNOWN', null, null),
    };
    for (const precision of DATE_PRECISIONS) {
      for (const language of UI_LANGUAGES) {
        const text = dateText(samples[precision], language);
        expect(text, `${precision} in ${language}`).not.toBe('');
        expect(text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
        expect(text).not.toMatch(CODE);
      }
    }
  });

  it('never shows a half-year, a quarter or a year as a day or a month', () => {
    for (const language of UI_LANGUAGES) {
      const half = dateText(date('HALF_YEAR', '2022-07-01', '2022-12-31'), language);
      expect(half).not.toMatch(/\b(1|31|1er)\b/);
      for (const month of ['يوليو', 'ديسمبر', 'juillet', 'décembre', 'July', 'December']) expect(half).not.toContain(month);
      expect(dateText(date('YEAR', '2025-01-01', '2025-12-31'), language)).toBe('2025');
      expect(dateText(date('QUARTER', '2024-07-01', '2024-09-30'), language)).not.toMatch(/\b(1|30)\b/);
    }
  });

  it('words bounds that do not fit their precision as the range they are, never more precisely', () => {
    // A "half-year" whose bounds are one day is not a half-year; a "year" over two years is a range.
    expect(dateText(date('HALF_YEAR', '2022-07-01', '2023-06-30'), 'en')).toBe('from July 2022 to June 2023');
    expect(dateText(date('YEAR', '2022-01-01', '2023-12-31'), 'fr')).toBe('de 2022 à 2023');
    expect(dateText(date('DAY', null, null), 'ar')).toBe('غير مؤرخ');
  });
});
