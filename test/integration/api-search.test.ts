import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/api.js';

// Search over the seeded article: the spellings people actually type in Arabic, French and English.

const api = useTestApi();

const SEARCH = `query($text: String!, $languages: [Language!], $kinds: [SearchKind!]) {
  search(text: $text, languages: $languages, kinds: $kinds, first: 5) {
    score matchedText matchedLanguage node { __typename ... on Entity { id } ... on Event { id } }
  }
}`;

async function topHits(text: string, extra: Record<string, unknown> = {}) {
  const result = await api.run(SEARCH, { text, ...extra });
  expect(result.errors).toBeUndefined();
  expect(result.queries).toBe(1);
  return (result.data as any).search as { score: number; matchedText: string; matchedLanguage: string; node: { id: string } }[];
}

describe('search', () => {
  it.each(['أنتربول', 'الإنتربول', 'الانتربول', 'لإنتربول', 'Interpol', 'INTERPOL', 'وللإنتربول', 'interpol'])(
    'finds Interpol first for %s',
    async (text) => {
      const hits = await topHits(text);
      expect(hits[0]?.node.id).toBe('org:interpol');
    },
  );

  it.each(['حموشي', 'Hammouchi', 'Hamouchi', 'عبداللطيف حموشي', 'عبد اللطيف', 'Abdellatif Hamouchi'])(
    'finds Hammouchi first for %s',
    async (text) => {
      const hits = await topHits(text);
      expect(hits[0]?.node.id).toBe('person:abdellatif-hammouchi');
    },
  );

  it.each(['Surete nationale', 'Sûreté nationale', 'sûreté NATIONALE', 'الأمن الوطني'])('finds the DGSN first for %s', async (text) => {
    const hits = await topHits(text);
    expect(hits[0]?.node.id).toBe('org:dgsn');
  });

  it('ranks best first and reports the name that matched', async () => {
    const hits = await topHits('الانتربول');
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits[0]?.matchedLanguage).toBe('AR');
    expect(hits[0]?.matchedText).toMatch(/نتربول/);
  });

  it('filters by language and by kind, events included', async () => {
    const french = await topHits('Interpol', { languages: ['FR'] });
    expect(french.every((hit) => hit.matchedLanguage === 'FR')).toBe(true);
    const events = await topHits('Interpol', { kinds: ['EVENT'] });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((hit: any) => hit.node.__typename === 'Event')).toBe(true);
    const countries = await topHits('المغرب', { kinds: ['COUNTRY'] });
    expect(countries[0]?.node.id).toBe('country:morocco');
  });

  it('answers text with only punctuation with no hits and no database call', async () => {
    const result = await api.run(SEARCH, { text: '«»،؟ !!' });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).search).toEqual([]);
    expect(result.queries).toBe(0);
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    const hits = await topHits('Interpol AND (OR) "NOT" ~ * ? : \\ /');
    expect(hits[0]?.node.id).toBe('org:interpol');
  });
});
