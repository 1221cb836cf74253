import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/domain/date-claims.js';
import { parseDateValue } from '../../src/domain/dates.js';

/** The rule that picks an event's shown date from every source's claim (src/domain/date-claims.ts). */

const claim = (sourceId: string, value: string | undefined, phrase: string | null = value ?? null) => ({
  sourceId,
  phrase,
  ...parseDateValue(value),
});

describe("an event's shown date from its sources' dates", () => {
  it('is the one source value when there is one', () => {
    const resolved = resolveDate([claim('src:a', '2025', 'during 2025')]);
    expect(resolved).toMatchObject({
      resolution: 'SINGLE',
      phrase: 'during 2025',
      bounds: { edtf: '2025', earliest: '2025-01-01', latest: '2025-12-31' },
    });
  });

  it('is refined to the most precise value consistent with the others', () => {
    const resolved = resolveDate([claim('src:a', '2025', 'during 2025'), claim('src:b', '2025-11-24/2025-11-27', '24-27 November')]);
    expect(resolved).toMatchObject({
      resolution: 'REFINED',
      phrase: '24-27 November',
      bounds: { precision: 'INTERVAL', earliest: '2025-11-24', latest: '2025-11-27', edtf: '2025-11-24/2025-11-27' },
      conflicting: [],
    });
  });

  it('keeps to what overlapping values have in common, never beyond one of them', () => {
    const resolved = resolveDate([claim('src:a', '2025-41'), claim('src:b', '2025-11/2026-02')]);
    expect(resolved).toMatchObject({ resolution: 'REFINED', bounds: { earliest: '2025-11-01', latest: '2025-12-31', precision: 'INTERVAL' } });
  });

  it('agrees when several sources give the same value', () => {
    expect(resolveDate([claim('src:a', '2025-11'), claim('src:b', '2025-11', 'in November')]).resolution).toBe('AGREED');
  });

  it('shows a conflict with bounds that contain every value, and names the values in conflict', () => {
    const resolved = resolveDate([claim('src:a', '2025'), claim('src:b', '2024-06-29'), claim('src:c', '2025-03')]);
    expect(resolved.resolution).toBe('CONFLICT');
    expect(resolved.phrase).toBeNull();
    expect(resolved.bounds).toEqual({ precision: 'INTERVAL', earliest: '2024-06-29', latest: '2025-12-31', edtf: '2024-06-29/2025-12-31' });
    expect(resolved.conflicting.map((c) => c.sourceId)).toEqual(['src:a', 'src:b', 'src:c']);
  });

  it('spans the values in conflict within what the other values allow', () => {
    const resolved = resolveDate([claim('src:a', '2025'), claim('src:b', '2025-11-24/2025-11-27'), claim('src:c', '2025-03-03')]);
    expect(resolved.bounds).toEqual({ precision: 'INTERVAL', earliest: '2025-03-03', latest: '2025-11-27', edtf: '2025-03-03/2025-11-27' });
    expect(resolved.conflicting.map((c) => c.sourceId)).toEqual(['src:b', 'src:c']);
  });

  it('stays open on a side a value leaves open', () => {
    const resolved = resolveDate([claim('src:a', '2019/..'), claim('src:b', '2018')]);
    expect(resolved.bounds).toMatchObject({ earliest: '2018-01-01', latest: null });
  });

  it('ignores a phrase without a value, and is unknown when no source gives one', () => {
    expect(resolveDate([claim('src:a', undefined, 'recently'), claim('src:b', '2024')])).toMatchObject({ resolution: 'SINGLE', phrase: '2024' });
    expect(resolveDate([claim('src:a', undefined, 'recently')])).toMatchObject({
      resolution: 'UNKNOWN',
      phrase: 'recently',
      bounds: { earliest: null },
    });
  });
});
