import { describe, expect, it } from 'vitest';
import { containsPlace, resolvePlace } from '../../src/domain/place-claims.js';
import { rangeText, resolveQuantities, resolveQuantity, type QuantityClaimValue } from '../../src/domain/quantity-claims.js';
import type { QuantityUnit } from '../../src/domain/vocabulary.js';

/** The rules that pick an event's shown quantities and place from every source's value (src/domain). */

const count = (sourceId: string, unit: QuantityUnit, min: number, max: number | null, phrase = rangeText({ min, max })): QuantityClaimValue => ({
  sourceId,
  unit,
  phrase,
  min,
  max,
});

describe("an event's shown quantity from its sources' counts", () => {
  it('is the one count a single source gives', () => {
    expect(resolveQuantity([count('src:a', 'COUNTRIES', 196, 196, '196 member countries')])).toMatchObject({
      unit: 'COUNTRIES',
      phrase: '196 member countries',
      min: 196,
      max: 196,
      resolution: 'SINGLE',
      conflicting: [],
    });
  });

  it('agrees when two sources give the same range', () => {
    expect(resolveQuantity([count('src:a', 'PROJECTS', 11, null), count('src:b', 'PROJECTS', 11, null)]).resolution).toBe('AGREED');
  });

  it('is refined to the most precise count consistent with the others, its range what all share', () => {
    const resolved = resolveQuantity([count('src:a', 'PROJECTS', 11, null, 'more than 10'), count('src:b', 'PROJECTS', 12, 12, 'twelve')]);
    expect(resolved).toMatchObject({ resolution: 'REFINED', phrase: 'twelve', min: 12, max: 12 });
    // Two open-ended ranges: the higher floor is what both allow.
    expect(resolveQuantity([count('src:a', 'DELEGATES', 501, null), count('src:b', 'DELEGATES', 801, null)])).toMatchObject({
      resolution: 'REFINED',
      min: 801,
      max: null,
    });
  });

  it('keeps ranges that do not overlap as a conflict, the shown range spanning both and no phrase', () => {
    const italpress = count('src:italpress', 'COUNTRIES', 196, 196, '196 member countries');
    const news = count('src:21stnews', 'COUNTRIES', 179, 179, '179 countries');
    const resolved = resolveQuantity([italpress, news]);
    expect(resolved).toMatchObject({ resolution: 'CONFLICT', phrase: null, min: 179, max: 196, chosen: undefined });
    expect(resolved.conflicting).toEqual([italpress, news]);
  });

  it('bounds a conflict by what the other counts allow, never by one side of it', () => {
    // "more than 150" overlaps both 179 and 196: it is no side of the conflict, and the span 179..196 lies within it.
    const resolved = resolveQuantity([
      count('src:a', 'COUNTRIES', 151, null),
      count('src:b', 'COUNTRIES', 196, 196),
      count('src:c', 'COUNTRIES', 179, 179),
    ]);
    expect(resolved).toMatchObject({ resolution: 'CONFLICT', min: 179, max: 196 });
    expect(resolved.conflicting.map((c) => c.sourceId)).toEqual(['src:b', 'src:c']);
    // An open side in conflict keeps the span open.
    expect(resolveQuantity([count('src:a', 'DELEGATES', 801, null), count('src:b', 'DELEGATES', 100, 500)])).toMatchObject({
      min: 100,
      max: null,
    });
  });

  it('never weighs counts of different units against each other', () => {
    const resolved = resolveQuantities([
      count('src:a', 'DELEGATES', 801, null),
      count('src:b', 'DELEGATIONS', 196, 196),
      count('src:a', 'COUNTRIES', 179, 179),
    ]);
    expect(resolved.map((q) => [q.unit, q.resolution, rangeText(q)])).toEqual([
      ['COUNTRIES', 'SINGLE', '179'],
      ['DELEGATIONS', 'SINGLE', '196'],
      ['DELEGATES', 'SINGLE', '801..'],
    ]);
  });
});

const place = (sourceId: string, placeId: string, ...within: string[]) => ({ sourceId, placeId, within });

describe("an event's shown place from its sources' places", () => {
  const marrakech = place('src:a', 'city:marrakech', 'country:morocco');
  const morocco = place('src:b', 'country:morocco');
  const paris = place('src:c', 'city:paris', 'country:france', 'region:europe');
  const marseille = place('src:d', 'city:marseille', 'country:france', 'region:europe');

  it('knows which place lies in which', () => {
    expect(containsPlace(morocco, marrakech)).toBe(true);
    expect(containsPlace(marrakech, morocco)).toBe(false);
    expect(containsPlace(marrakech, marrakech)).toBe(true);
  });

  it('has none without a claim, and the one place a single source gives', () => {
    expect(resolvePlace([])).toMatchObject({ placeId: null, resolution: 'UNKNOWN' });
    expect(resolvePlace([marrakech])).toMatchObject({ placeId: 'city:marrakech', resolution: 'SINGLE' });
    expect(resolvePlace([marrakech, { ...marrakech, sourceId: 'src:z' }])).toMatchObject({ resolution: 'AGREED' });
  });

  it('is refined by a place that lies in the other, whichever source comes first', () => {
    expect(resolvePlace([morocco, marrakech])).toMatchObject({ placeId: 'city:marrakech', resolution: 'REFINED', chosen: marrakech });
    expect(resolvePlace([marrakech, morocco])).toMatchObject({ placeId: 'city:marrakech', resolution: 'REFINED' });
  });

  it('shows the nearest place that holds both sides of a conflict, or none', () => {
    const resolved = resolvePlace([paris, marseille]);
    expect(resolved).toMatchObject({ placeId: 'country:france', resolution: 'CONFLICT', chosen: undefined });
    expect(resolved.conflicting).toEqual([paris, marseille]);
    expect(resolvePlace([paris, marrakech])).toMatchObject({ placeId: null, resolution: 'CONFLICT' });
    // A place that holds both sides is no side of the conflict.
    const france = place('src:e', 'country:france', 'region:europe');
    expect(resolvePlace([france, paris, marseille]).conflicting).toEqual([paris, marseille]);
    expect(resolvePlace([france, paris, marseille]).placeId).toBe('country:france');
  });
});
