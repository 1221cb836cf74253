import { describe, expect, it } from 'vitest';
import { chronologicalSortKey, InvalidDateError, parseDateValue } from '../../src/domain/dates.js';
import { timelineDates } from '../../src/exports/timelinejs.js';

describe('partial dates', () => {
  it.each([
    ['2025', 'YEAR', '2025-01-01', '2025-12-31'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2023-02', 'MONTH', '2023-02-01', '2023-02-28'],
    ['2024-02-29', 'DAY', '2024-02-29', '2024-02-29'],
    ['2022-41', 'HALF_YEAR', '2022-07-01', '2022-12-31'],
    ['2022-34', 'QUARTER', '2022-04-01', '2022-06-30'],
    ['2022/2024-06', 'INTERVAL', '2022-01-01', '2024-06-30'],
    ['../2024-07', 'INTERVAL', null, '2024-07-31'],
  ])('%s has precision %s and bounds %s..%s that contain the true date', (value, precision, earliest, latest) => {
    expect(parseDateValue(value)).toMatchObject({ precision, earliest, latest, edtf: value });
  });

  it('keeps an unknown date unknown', () => {
    expect(parseDateValue(undefined)).toEqual({ precision: 'UNKNOWN', earliest: null, latest: null, edtf: null });
    expect(parseDateValue('  ')).toMatchObject({ precision: 'UNKNOWN' });
  });

  it.each([
    ['2024-02-30', /2024-02 has 29 days/],
    ['2023-02-29', /2023-02 has 28 days/],
    ['2024-13', /months are 01 to 12/],
    ['24', /not a supported date/],
    ['2025/2024', /ends before it starts/],
    ['../..', /open at both ends/],
  ])('refuses %s with a clear message', (value, message) => {
    expect(() => parseDateValue(value)).toThrow(InvalidDateError);
    expect(() => parseDateValue(value)).toThrow(message);
  });

  it('sorts by earliest bound, unknown dates last, ties by id', () => {
    const keys = [
      chronologicalSortKey(parseDateValue(undefined), 'event:a'),
      chronologicalSortKey(parseDateValue('2025'), 'event:b'),
      chronologicalSortKey(parseDateValue('2022-41'), 'event:c'),
      chronologicalSortKey(parseDateValue('2022-41'), 'event:a'),
    ].sort();
    expect(keys.map((key) => key.split('|')[2])).toEqual(['event:a', 'event:c', 'event:b', 'event:a']);
    expect(keys[3]).toMatch(/^9999/);
  });
});

describe('TimelineJS dates', () => {
  const date = (value: string | undefined, phrase: string | null = null) => {
    const bounds = parseDateValue(value);
    return { ...bounds, phrase, year: null };
  };

  it('never invents a month or a day', () => {
    expect(timelineDates(date('2025'))).toEqual({ start: { year: 2025 } });
    expect(timelineDates(date('2022-12'))).toEqual({ start: { year: 2022, month: 12 } });
    expect(timelineDates(date('2022-12-18'))).toEqual({ start: { year: 2022, month: 12, day: 18 } });
    expect(timelineDates(date('2022-41'))).toEqual({ start: { year: 2022, month: 7 }, end: { year: 2022, month: 12 } });
    expect(timelineDates(date('2022/2024-06'))).toEqual({ start: { year: 2022 }, end: { year: 2024, month: 6 } });
  });

  it('gives an unknown date no place on the timeline', () => {
    expect(timelineDates(date(undefined, 'مؤخرا'))).toBeNull();
  });
});
