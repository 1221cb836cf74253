import type { DatePrecision } from './vocabulary.js';

/**
 * A date as a source gives it: how precise it is and the calendar bounds guaranteed to contain the true
 * date. Bounds are ISO calendar dates (YYYY-MM-DD); null means unbounded on that side.
 */
export interface DateBounds {
  readonly precision: DatePrecision;
  readonly earliest: string | null;
  readonly latest: string | null;
  /** The normalised EDTF value, or null when the date is unknown. */
  readonly edtf: string | null;
}

export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
}

const UNKNOWN: DateBounds = { precision: 'UNKNOWN', earliest: null, latest: null, edtf: null };

// EDTF (ISO 8601-2) sub-year groupings this product accepts: quarters 33-36 and halves 40-41.
const SUB_YEAR: Readonly<Record<number, { precision: DatePrecision; first: number; last: number }>> = {
  33: { precision: 'QUARTER', first: 1, last: 3 },
  34: { precision: 'QUARTER', first: 4, last: 6 },
  35: { precision: 'QUARTER', first: 7, last: 9 },
  36: { precision: 'QUARTER', first: 10, last: 12 },
  40: { precision: 'HALF_YEAR', first: 1, last: 6 },
  41: { precision: 'HALF_YEAR', first: 7, last: 12 },
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The calendar year both bounds lie in (an event's `year`), or null when they span years or one is unknown. */
export function calendarYear(earliest: string | null, latest: string | null): number | null {
  return earliest !== null && latest !== null && earliest.slice(0, 4) === latest.slice(0, 4) ? Number(earliest.slice(0, 4)) : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Single {
  precision: DatePrecision;
  earliest: string;
  latest: string;
}

function parseSingle(value: string): Single {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) {
    throw new InvalidDateError(
      `"${value}" is not a supported date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-33..36 (quarters), ` +
        'YYYY-40/41 (halves) or an interval A/B with ".." for an open end',
    );
  }
  const year = Number(match[1]);
  const yyyy = pad(year, 4);
  if (match[2] === undefined) {
    return { precision: 'YEAR', earliest: `${yyyy}-01-01`, latest: `${yyyy}-12-31` };
  }
  const part = Number(match[2]);
  if (match[3] === undefined && SUB_YEAR[part]) {
    const { precision, first, last } = SUB_YEAR[part];
    return {
      precision,
      earliest: `${yyyy}-${pad(first)}-01`,
      latest: `${yyyy}-${pad(last)}-${pad(daysInMonth(year, last))}`,
    };
  }
  if (part < 1 || part > 12) {
    throw new InvalidDateError(`"${value}" has month ${match[2]}: months are 01 to 12 (33-36 quarters, 40-41 halves)`);
  }
  const lastDay = daysInMonth(year, part);
  if (match[3] === undefined) {
    return { precision: 'MONTH', earliest: `${yyyy}-${pad(part)}-01`, latest: `${yyyy}-${pad(part)}-${pad(lastDay)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) {
    throw new InvalidDateError(`"${value}" is not a calendar date: ${yyyy}-${pad(part)} has ${lastDay} days`);
  }
  return { precision: 'DAY', earliest: value, latest: value };
}

/**
 * Parses the EDTF subset datasets use. Absent or empty means unknown. An interval keeps both ends' bounds:
 * "2022/2024-06" runs from 2022-01-01 to 2024-06-30; ".." leaves a side open.
 */
export function parseDateValue(value: string | null | undefined): DateBounds {
  if (value === null || value === undefined || value.trim() === '') return UNKNOWN;
  const text = value.trim();
  if (!text.includes('/')) {
    const single = parseSingle(text);
    return { ...single, edtf: text };
  }
  const [from, to, ...rest] = text.split('/');
  if (rest.length > 0 || from === undefined || to === undefined) {
    throw new InvalidDateError(`"${text}" has more than one "/": an interval is start/end`);
  }
  const start = from === '..' ? null : parseSingle(from);
  const end = to === '..' ? null : parseSingle(to);
  if (!start && !end) throw new InvalidDateError(`"${text}" is open at both ends: leave the date out instead`);
  if (start && end && start.earliest > end.latest) {
    throw new InvalidDateError(`"${text}" ends before it starts`);
  }
  return { precision: 'INTERVAL', earliest: start?.earliest ?? null, latest: end?.latest ?? null, edtf: text };
}

/**
 * A string that sorts events chronologically by their earliest possible date, with unknown dates last
 * and the id breaking ties, so keyset pagination over it is total and stable.
 */
export function chronologicalSortKey(bounds: DateBounds, id: string): string {
  const anchor = bounds.earliest ?? bounds.latest ?? '9999-99-99';
  const until = bounds.latest ?? '9999-99-99';
  return `${anchor}|${until}|${id}`;
}
