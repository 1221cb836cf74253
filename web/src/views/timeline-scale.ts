/**
 * The timeline's geometry, pure so it can be unit-tested: calendar days → pixels on a horizontal axis (mirrored
 * right to left for Arabic), year ticks, and the lanes that keep overlapping spans apart.
 *
 * A date is drawn as exactly what its bounds say: from the start of its earliest day to the end of its latest
 * day. Nothing is invented: a year is a bar over the whole year, a half-year a bar over six months, and only a
 * DAY is a point. A date with neither bound is not placed at all (it goes to the undated lane).
 */
import type { DatePrecision } from '../../../src/domain/vocabulary.js';

const MS_PER_DAY = 86_400_000;
/** The mean Gregorian year, so that a year of ticks is the same width everywhere on the axis. */
const DAYS_PER_YEAR = 365.2425;

/** Zoom bounds in pixels per year: a century fits a page at the smallest, a day is 8 pixels wide at the largest. */
export const MIN_PX_PER_YEAR = 12;
export const MAX_PX_PER_YEAR = 3072;
/** Each zoom step doubles or halves the scale. */
export const ZOOM_FACTOR = 2;

/** Days since 1970-01-01 (UTC) of an ISO calendar date YYYY-MM-DD. */
export function dayNumber(iso: string): number {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`"${iso}" is not an ISO calendar date (YYYY-MM-DD)`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const yearStart = (year: number): number => Date.UTC(year, 0, 1) / MS_PER_DAY;

export interface DateLike {
  readonly precision: DatePrecision;
  readonly earliest: string | null;
  readonly latest: string | null;
}

/** Whether a date can be placed on the axis: it has at least one bound. */
export function isPlaceable(date: DateLike): boolean {
  return date.precision !== 'UNKNOWN' && (date.earliest !== null || date.latest !== null);
}

/** The days a date covers: start inclusive, end exclusive (the day after `latest`); null on an open side. */
export interface DaySpan {
  readonly start: number | null;
  readonly end: number | null;
}

export function daySpan(date: DateLike): DaySpan {
  return {
    start: date.earliest === null ? null : dayNumber(date.earliest),
    end: date.latest === null ? null : dayNumber(date.latest) + 1,
  };
}

/** The whole years an axis shows: from the first year of any bound to the end of the last (exclusive). */
export interface YearDomain {
  readonly startYear: number;
  readonly endYear: number;
}

export function yearDomain(dates: readonly DateLike[]): YearDomain | null {
  let first = Infinity;
  let last = -Infinity;
  let openStart = false;
  let openEnd = false;
  for (const date of dates) {
    if (!isPlaceable(date)) continue;
    for (const bound of [date.earliest, date.latest]) {
      if (bound === null) continue;
      const year = Number(bound.slice(0, bound.indexOf('-', 1)));
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    openStart ||= date.earliest === null;
    openEnd ||= date.latest === null;
  }
  if (first === Infinity) return null;
  // An open side gets a year of room so its bar visibly runs off the known part of the axis.
  return { startYear: openStart ? first - 1 : first, endYear: (openEnd ? last + 1 : last) + 1 };
}

/** The scale at which the whole domain fills `width` pixels, within the zoom bounds. */
export function fitPxPerYear(domain: YearDomain, width: number): number {
  const years = domain.endYear - domain.startYear;
  return Math.min(MAX_PX_PER_YEAR, Math.max(MIN_PX_PER_YEAR, width / years));
}

/** One zoom step in (`direction` 1) or out (-1), within the bounds. */
export function zoomed(pxPerYear: number, direction: 1 | -1): number {
  const next = direction === 1 ? pxPerYear * ZOOM_FACTOR : pxPerYear / ZOOM_FACTOR;
  return Math.min(MAX_PX_PER_YEAR, Math.max(MIN_PX_PER_YEAR, next));
}

export interface TimeScale {
  readonly startDay: number;
  readonly endDay: number;
  readonly pxPerDay: number;
  /** The axis width in pixels. */
  readonly width: number;
  readonly rtl: boolean;
  /** The horizontal position (from the left edge) of the start of a day number. */
  x(day: number): number;
}

export function timeScale(domain: YearDomain, pxPerYear: number, rtl: boolean): TimeScale {
  const startDay = yearStart(domain.startYear);
  const endDay = yearStart(domain.endYear);
  const pxPerDay = pxPerYear / DAYS_PER_YEAR;
  const width = (endDay - startDay) * pxPerDay;
  return {
    startDay,
    endDay,
    pxPerDay,
    width,
    rtl,
    // Right to left, earlier dates are at the right: the same distance, measured from the other edge.
    x: (day) => (rtl ? width - (day - startDay) * pxPerDay : (day - startDay) * pxPerDay),
  };
}

/** A horizontal extent in pixels from the left edge. */
export interface Extent {
  readonly left: number;
  readonly width: number;
}

/** The pixels between two day numbers (end exclusive), whichever way the axis runs. */
export function extentOf(scale: TimeScale, start: number, end: number): Extent {
  const a = scale.x(start);
  const b = scale.x(end);
  return { left: Math.min(a, b), width: Math.abs(b - a) };
}

export interface YearTick {
  readonly year: number;
  /** Where the year begins. */
  readonly x: number;
  /** The middle of the year, where its label goes. */
  readonly labelX: number;
  readonly labelled: boolean;
}

/** A tick at the start of every year; labels every 1, 2, 5, 10… years so they stay `minSpacing` apart. */
export function yearTicks(scale: TimeScale, domain: YearDomain, minSpacing = 44): YearTick[] {
  const pxPerYear = scale.pxPerDay * DAYS_PER_YEAR;
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => s * pxPerYear >= minSpacing) ?? 1000;
  const ticks: YearTick[] = [];
  for (let year = domain.startYear; year < domain.endYear; year += 1) {
    const x = scale.x(yearStart(year));
    const next = scale.x(yearStart(year + 1));
    ticks.push({ year, x, labelX: (x + next) / 2, labelled: year % step === 0 });
  }
  return ticks;
}

/** Month boundaries (minor ticks) when a month is at least `minSpacing` pixels wide; none otherwise. */
export function monthTicks(scale: TimeScale, domain: YearDomain, minSpacing = 24): number[] {
  if ((scale.pxPerDay * DAYS_PER_YEAR) / 12 < minSpacing) return [];
  const ticks: number[] = [];
  for (let year = domain.startYear; year < domain.endYear; year += 1) {
    for (let month = 1; month < 12; month += 1) ticks.push(scale.x(Date.UTC(year, month, 1) / MS_PER_DAY));
  }
  return ticks;
}

export interface Placed {
  readonly id: string;
  /** 'point' for a single day, 'bar' for any longer span. */
  readonly shape: 'point' | 'bar';
  /** The exact extent of the date's span (a point's day, however narrow). */
  readonly span: Extent;
  /** What is drawn: the span widened to `minWidth`, or a point of `pointSize` centred on its day. */
  readonly drawn: Extent;
  readonly lane: number;
  /** The bar runs on past the start (end) of the axis because the date has no earliest (latest) bound. */
  readonly openStart: boolean;
  readonly openEnd: boolean;
}

export interface LayoutOptions {
  readonly pointSize: number;
  readonly minBarWidth: number;
  /** Pixels kept free between two shapes in one lane. */
  readonly gap: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { pointSize: 12, minBarWidth: 6, gap: 4 };

/** Places every dated item on the axis in lanes; undated items are returned apart, in their given order. */
export function layoutTimeline<T extends { readonly id: string; readonly date: DateLike }>(
  items: readonly T[],
  scale: TimeScale,
  options: LayoutOptions = DEFAULT_LAYOUT,
): { placed: Placed[]; lanes: number; undated: T[] } {
  const undated: T[] = [];
  const shapes: Omit<Placed, 'lane'>[] = [];
  for (const item of items) {
    if (!isPlaceable(item.date)) {
      undated.push(item);
      continue;
    }
    const { start, end } = daySpan(item.date);
    const span = extentOf(scale, start ?? scale.startDay, end ?? scale.endDay);
    const point = start !== null && end === start + 1;
    const size = point ? options.pointSize : Math.max(span.width, options.minBarWidth);
    const drawn = { left: span.left + span.width / 2 - size / 2, width: size };
    shapes.push({ id: item.id, shape: point ? 'point' : 'bar', span, drawn, openStart: start === null, openEnd: end === null });
  }
  // Lanes are assigned in time order whichever way the axis runs, so Arabic and French show the same rows.
  const fromStart = (extent: Extent) => (scale.rtl ? scale.width - extent.left - extent.width : extent.left);
  const lanes = assignLanes(
    shapes.map((shape) => ({ id: shape.id, from: fromStart(shape.drawn), to: fromStart(shape.drawn) + shape.drawn.width })),
    options.gap,
  );
  const placed = shapes.map((shape) => ({ ...shape, lane: lanes.lane.get(shape.id) ?? 0 }));
  return { placed, lanes: lanes.count, undated };
}

/**
 * Greedy interval partitioning: intervals in order of their left edge, each into the first lane whose last
 * interval ends `gap` pixels before it starts. Overlapping intervals always land in different lanes, and the
 * number of lanes is the fewest possible.
 */
export function assignLanes(
  intervals: readonly { readonly id: string; readonly from: number; readonly to: number }[],
  gap = 0,
): { lane: Map<string, number>; count: number } {
  const sorted = [...intervals].sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id));
  const laneEnds: number[] = [];
  const lane = new Map<string, number>();
  for (const interval of sorted) {
    let index = laneEnds.findIndex((end) => end + gap <= interval.from);
    if (index === -1) index = laneEnds.push(interval.to) - 1;
    else laneEnds[index] = interval.to;
    lane.set(interval.id, index);
  }
  return { lane, count: laneEnds.length };
}
