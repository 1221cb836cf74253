import { describe, expect, it } from 'vitest';
import { filterTimeline, sortTimeline, timelineFacets, DEFAULT_TIMELINE_FILTERS } from '../../web/src/views/timeline-filter.js';
import {
  assignLanes,
  dayNumber,
  fitPxPerYear,
  isoDate,
  layoutTimeline,
  timeScale,
  yearDomain,
  yearTicks,
  MAX_PX_PER_YEAR,
  MIN_PX_PER_YEAR,
  zoomed,
  type DateLike,
} from '../../web/src/views/timeline-scale.js';
import type { TimelineItem } from '../../web/src/views/types.js';

const DAYS_PER_YEAR = 365.2425;
const halfYear: DateLike = { precision: 'HALF_YEAR', earliest: '2022-07-01', latest: '2022-12-31' };
const year2025: DateLike = { precision: 'YEAR', earliest: '2025-01-01', latest: '2025-12-31' };
const day: DateLike = { precision: 'DAY', earliest: '2024-03-15', latest: '2024-03-15' };
const unknown: DateLike = { precision: 'UNKNOWN', earliest: null, latest: null };

/** One pixel per day, so positions read as day counts. */
const scaleOf = (dates: DateLike[], rtl = false) => {
  const domain = yearDomain(dates);
  if (!domain) throw new Error('no domain');
  return { domain, scale: timeScale(domain, DAYS_PER_YEAR, rtl) };
};

describe('timeline geometry', () => {
  it('draws the second half of 2022 as a bar from the start of 1 July to the end of 31 December', () => {
    const { scale } = scaleOf([halfYear]);
    const [bar] = layoutTimeline([{ id: 'h', date: halfYear }], scale).placed;
    expect(bar?.shape).toBe('bar');
    expect(bar?.span.left).toBeCloseTo(scale.x(dayNumber('2022-07-01')));
    expect(bar?.span.left).toBeCloseTo(181);
    expect(bar?.span.width).toBeCloseTo(184);
    // Back from pixels to days: the bar starts on 1 July and its last day is 31 December, not a day more.
    const first = scale.startDay + Math.round(bar?.span.left ?? NaN);
    const afterLast = scale.startDay + Math.round((bar?.span.left ?? NaN) + (bar?.span.width ?? NaN));
    expect(isoDate(first)).toBe('2022-07-01');
    expect(isoDate(afterLast - 1)).toBe('2022-12-31');
  });

  it('draws a year over the whole year and a single day as a point centred on it', () => {
    const { scale } = scaleOf([year2025, day]);
    const { placed } = layoutTimeline(
      [
        { id: 'y', date: year2025 },
        { id: 'd', date: day },
      ],
      scale,
      { pointSize: 12, minBarWidth: 6, gap: 4 },
    );
    const year = placed.find((p) => p.id === 'y');
    const point = placed.find((p) => p.id === 'd');
    expect(year?.shape).toBe('bar');
    expect(year?.span.left).toBeCloseTo(scale.x(dayNumber('2025-01-01')));
    expect(year?.span.width).toBeCloseTo(365);
    expect(point?.shape).toBe('point');
    expect(point?.span.width).toBeCloseTo(1);
    expect(point?.drawn.width).toBe(12);
    expect((point?.drawn.left ?? 0) + 6).toBeCloseTo((point?.span.left ?? 0) + 0.5);
  });

  it('mirrors the axis right to left: earlier dates at the right, the same widths and lanes', () => {
    const dates = [halfYear, year2025, day];
    const items = dates.map((date, index) => ({ id: String(index), date }));
    const ltr = scaleOf(dates);
    const rtl = scaleOf(dates, true);
    const left = layoutTimeline(items, ltr.scale).placed;
    const right = layoutTimeline(items, rtl.scale).placed;
    expect(rtl.scale.width).toBeCloseTo(ltr.scale.width);
    for (const [index, placed] of left.entries()) {
      const mirrored = right[index];
      expect(mirrored?.span.width).toBeCloseTo(placed.span.width);
      expect(mirrored?.span.left).toBeCloseTo(ltr.scale.width - placed.span.left - placed.span.width);
      expect(mirrored?.lane).toBe(placed.lane);
    }
    expect(rtl.scale.x(dayNumber('2022-07-01'))).toBeGreaterThan(rtl.scale.x(dayNumber('2025-01-01')));
    const ticks = yearTicks(rtl.scale, rtl.domain);
    expect(ticks[0]?.year).toBe(2022);
    expect(ticks[0]?.x).toBeCloseTo(rtl.scale.width);
  });

  it('never places an undated event on the axis', () => {
    const { scale } = scaleOf([halfYear, unknown]);
    const layout = layoutTimeline(
      [
        { id: 'h', date: halfYear },
        { id: 'u', date: unknown },
      ],
      scale,
    );
    expect(layout.placed.map((p) => p.id)).toEqual(['h']);
    expect(layout.undated.map((u) => u.id)).toEqual(['u']);
    expect(yearDomain([unknown])).toBeNull();
    expect(yearDomain([halfYear, unknown])).toEqual({ startYear: 2022, endYear: 2023 });
  });

  it('puts overlapping spans in separate lanes and lets disjoint ones share one', () => {
    const dates: Record<string, DateLike> = {
      year: { precision: 'YEAR', earliest: '2022-01-01', latest: '2022-12-31' },
      half: halfYear,
      march: { precision: 'MONTH', earliest: '2022-03-01', latest: '2022-03-31' },
      next: { precision: 'YEAR', earliest: '2023-01-01', latest: '2023-12-31' },
    };
    const { scale } = scaleOf(Object.values(dates));
    const { placed, lanes } = layoutTimeline(
      Object.entries(dates).map(([id, date]) => ({ id, date })),
      scale,
      { pointSize: 12, minBarWidth: 6, gap: 0 },
    );
    const lane = (id: string) => placed.find((p) => p.id === id)?.lane;
    expect(lane('year')).not.toBe(lane('half'));
    expect(lane('year')).not.toBe(lane('march'));
    expect(lane('march')).toBe(lane('half'));
    expect(lane('next')).toBe(0);
    expect(lanes).toBe(2);
  });

  it('assigns the fewest lanes, keeping a gap between neighbours', () => {
    const { lane, count } = assignLanes(
      [
        { id: 'a', from: 0, to: 10 },
        { id: 'b', from: 12, to: 20 },
        { id: 'c', from: 5, to: 15 },
      ],
      4,
    );
    expect(count).toBe(3);
    expect(new Set(lane.values()).size).toBe(3);
    expect(
      assignLanes(
        [
          { id: 'a', from: 0, to: 10 },
          { id: 'b', from: 12, to: 20 },
        ],
        2,
      ).count,
    ).toBe(1);
  });

  it('runs an open-ended interval off the known part of the axis', () => {
    const before: DateLike = { precision: 'INTERVAL', earliest: null, latest: '2024-07-31' };
    const { scale, domain } = scaleOf([before]);
    expect(domain).toEqual({ startYear: 2023, endYear: 2025 });
    const [bar] = layoutTimeline([{ id: 'b', date: before }], scale).placed;
    expect(bar?.openStart).toBe(true);
    expect(bar?.openEnd).toBe(false);
    expect(bar?.span.left).toBe(0);
  });

  it('zooms to fit the domain and labels years no closer than the spacing allows', () => {
    const domain = { startYear: 2000, endYear: 2025 };
    expect(fitPxPerYear(domain, 800) * 25).toBeCloseTo(800);
    expect(fitPxPerYear({ startYear: 1000, endYear: 2000 }, 800)).toBe(MIN_PX_PER_YEAR);
    expect(zoomed(100, 1)).toBe(200);
    expect(zoomed(MAX_PX_PER_YEAR, 1)).toBe(MAX_PX_PER_YEAR);
    expect(zoomed(MIN_PX_PER_YEAR, -1)).toBe(MIN_PX_PER_YEAR);
    const narrow = yearTicks(timeScale(domain, 12, false), domain, 44);
    expect(narrow.filter((tick) => tick.labelled).map((tick) => tick.year)).toEqual([2000, 2005, 2010, 2015, 2020]);
  });
});

const entry = (eventId: string, date: DateLike & { phrase?: string | null }, overrides: Partial<TimelineItem> = {}): TimelineItem => ({
  eventId,
  title: eventId,
  type: 'OFFICIAL_VISIT',
  status: 'REPORTED',
  statementKinds: ['REPORTED_FACT'],
  roles: [],
  date: { phrase: null, ...date },
  ...overrides,
});

describe('timeline filters and order', () => {
  const items = [
    entry('visit-2022', halfYear),
    entry('ga-2025', year2025, { type: 'MULTILATERAL_MEETING', statementKinds: ['FORECAST'] }),
    entry('arrest-2024', day, { type: 'ARREST', status: 'DISPUTED' }),
    entry('recent', unknown),
  ];

  it('keep what may have happened in a year range, including undated events', () => {
    const kept = filterTimeline(items, { ...DEFAULT_TIMELINE_FILTERS, fromYear: 2023, toYear: 2024 });
    expect(kept.map((item) => item.eventId)).toEqual(['arrest-2024', 'recent']);
  });

  it('restrict by type, statement kind and status; an empty list restricts nothing', () => {
    expect(filterTimeline(items, DEFAULT_TIMELINE_FILTERS)).toHaveLength(4);
    expect(filterTimeline(items, { ...DEFAULT_TIMELINE_FILTERS, types: ['ARREST'] }).map((i) => i.eventId)).toEqual(['arrest-2024']);
    expect(filterTimeline(items, { ...DEFAULT_TIMELINE_FILTERS, statementKinds: ['FORECAST'] }).map((i) => i.eventId)).toEqual(['ga-2025']);
    expect(filterTimeline(items, { ...DEFAULT_TIMELINE_FILTERS, statuses: ['DISPUTED'] }).map((i) => i.eventId)).toEqual(['arrest-2024']);
  });

  it('sort oldest or newest first', () => {
    const dated = items.slice(0, 3);
    expect(sortTimeline(dated, 'asc').map((i) => i.eventId)).toEqual(['visit-2022', 'arrest-2024', 'ga-2025']);
    expect(sortTimeline(dated, 'desc').map((i) => i.eventId)).toEqual(['ga-2025', 'arrest-2024', 'visit-2022']);
  });

  it('offer a checkbox for each code present, in vocabulary order', () => {
    const facets = timelineFacets(items, { ...DEFAULT_TIMELINE_FILTERS, statuses: ['CORROBORATED'] });
    expect(facets.types).toEqual(['MULTILATERAL_MEETING', 'OFFICIAL_VISIT', 'ARREST']);
    expect(facets.statementKinds).toEqual(['REPORTED_FACT', 'FORECAST']);
    expect(facets.statuses).toEqual(['REPORTED', 'CORROBORATED', 'DISPUTED']);
  });
});
