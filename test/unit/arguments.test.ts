import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { dateRange } from '../../src/db/arguments.js';
import { walkableEdgeTypes } from '../../src/db/graph.js';
import { STOP_KEYS, withoutStopWords, wordCount } from '../../src/search/stopwords.js';
import { searchKeyGroups } from '../../src/search/normalize.js';
import { buildServer } from '../../src/server.js';

describe('argument checks made before any query', () => {
  it('accepts open and ordered date ranges and refuses a reversed one with INVALID_DATE_RANGE', () => {
    expect(dateRange('from', '2022-01-01', 'to', '2022-01-01')).toEqual({ from: '2022-01-01', to: '2022-01-01' });
    expect(dateRange('from', undefined, 'to', '2022-01-01')).toEqual({ from: null, to: '2022-01-01' });
    expect(() => dateRange('from', '2025-01-01', 'to', '2024-12-31')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_DATE_RANGE', argumentName: 'to' }) }),
    );
  });

  it('keeps the edge types a path may walk, and refuses a choice that leaves none', () => {
    expect(walkableEdgeTypes(['PARTICIPATED_IN', 'HEADS'], null)).toEqual(['PARTICIPATED_IN', 'HEADS']);
    expect(walkableEdgeTypes(null, ['THREATENS', 'COUNTERS'])).not.toContain('THREATENS');
    expect(() => walkableEdgeTypes(['HEADS'], ['HEADS'])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

describe('stop words', () => {
  it('drops the query words that say nothing, in three languages, and keeps the others', () => {
    expect(withoutStopWords(searchKeyGroups('Royaume du Maroc'))).toEqual([['royaume'], ['maroc']]);
    expect(withoutStopWords(searchKeyGroups('the State of Qatar'))).toEqual([['state'], ['qatar']]);
    expect(withoutStopWords(searchKeyGroups('مونديال في قطر'))).toEqual([['مونديال'], ['قطر']]);
    expect(withoutStopWords(searchKeyGroups('de la du'))).toEqual([]);
    expect(STOP_KEYS).toContain('du');
  });

  it("counts a name's words besides its stop words, as search measures a query's coverage of it", () => {
    expect(wordCount('Royaume du Maroc')).toBe(2);
    expect(wordCount('The State of  Qatar')).toBe(2);
    expect(wordCount('مونديال في قطر')).toBe(2);
    expect(wordCount('de la')).toBe(0);
  });
});

describe('the scalars', () => {
  it('keep the descriptions written in the SDL once the resolvers are attached', async () => {
    const apollo = buildServer({ logger: pino({ level: 'silent' }), introspection: true });
    await apollo.start();
    const response = await apollo.executeOperation(
      { query: '{ date: __type(name: "Date") { description } json: __type(name: "JSON") { description } }' },
      { contextValue: {} as never },
    );
    await apollo.stop();
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    const result = response.body.singleResult;
    const data = result.data as { date: { description: string }; json: { description: string } };
    expect(data.date.description).toMatch(/^A calendar date in ISO 8601 form/);
    expect(data.date.description).toContain("Date: 'string'");
    expect(data.json.description).toContain("JSON: 'unknown'");
  });
});
