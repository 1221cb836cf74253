import { resolveDate, type DateResolution } from '../domain/date-claims.js';
import { calendarYear } from '../domain/dates.js';
import type { EventDetail, QuantityUnit } from '../domain/vocabulary.js';
import type { ParticipantRole } from '../domain/vocabulary.js';
import type { DateClaimRow, EntityRecord, EventRecord, EvidenceRecord, FuzzyDateRecord, QuantityRecord, SourceRecord } from './records.js';

/**
 * Event.dateClaims, dateResolution and conflicts from the rows the event projection returns (one per supporting
 * quote that carries its source's date): grouped by source and value, and judged by the loader's own rule
 * (src/domain/date-claims.ts), so the API says exactly why the stored date is what it is.
 */

export interface DateClaimRecord {
  readonly date: FuzzyDateRecord;
  readonly source: SourceRecord;
  readonly evidence: readonly EvidenceRecord[];
  readonly shown: boolean;
}

/**
 * A detail in conflict (src/db/detail-claims.ts gathers an event's date, place, counts and roles; period-claims.ts a
 * relation's start and end).
 */
export interface DetailConflictRecord {
  readonly field: EventDetail;
  readonly unit?: QuantityUnit | null;
  readonly entity?: EntityRecord | null;
  readonly values: ReadonlyArray<{
    readonly value: string;
    readonly date?: FuzzyDateRecord;
    readonly quantity?: QuantityRecord;
    readonly place?: EntityRecord;
    readonly role?: ParticipantRole;
    readonly entity?: EntityRecord;
    readonly source: SourceRecord;
    readonly evidence: readonly EvidenceRecord[];
  }>;
}

interface Group {
  readonly sourceId: string;
  readonly owner: boolean;
  readonly phrase: string | null;
  readonly precision: FuzzyDateRecord['precision'];
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly edtf: string | null;
  readonly rows: DateClaimRow[];
}

function eventRows(event: EventRecord): readonly DateClaimRow[] {
  const rows = event.dateClaimRows;
  if (rows === undefined) throw new Error('Event.dateClaimRows was not projected');
  return rows;
}

function groups(rows: readonly DateClaimRow[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    const key = `${row.sourceId}\u0000${row.date.edtf ?? ''}\u0000${row.date.phrase ?? ''}`;
    const group = byKey.get(key);
    if (group) group.rows.push(row);
    else byKey.set(key, { sourceId: row.sourceId, owner: row.owner, ...row.date, rows: [row] });
  }
  // The owner dataset's claims first, as the loader orders them (src/ingest/sync-dates.ts).
  return [...byKey.values()].sort((a, b) => Number(b.owner) - Number(a.owner));
}

const dateOf = (group: Group, year: number | null): FuzzyDateRecord => ({
  phrase: group.phrase,
  precision: group.precision,
  earliest: group.earliest,
  latest: group.latest,
  edtf: group.edtf,
  year,
});

const yearOf = (group: Group): number | null => calendarYear(group.earliest, group.latest);

const sourceOf = (group: Group): SourceRecord => {
  const source = group.rows[0]?.source;
  if (source === undefined) throw new Error('DateClaim.source was not projected');
  return source;
};

const evidenceOf = (group: Group): EvidenceRecord[] =>
  group.rows.map((row) => {
    if (row.evidence === undefined) throw new Error('DateClaim.evidence was not projected');
    return row.evidence;
  });

export const dateClaimsOf = (event: EventRecord): DateClaimRecord[] => dateClaimsFrom(eventRows(event));

/** The claims of one date (an event's, a relation's start or end) from its rows, each with whether it is shown. */
export function dateClaimsFrom(rows: readonly DateClaimRow[]): DateClaimRecord[] {
  const all = groups(rows);
  const { chosen, resolution } = resolveDate(all);
  return all.map((group) => ({
    date: dateOf(group, yearOf(group)),
    get source() {
      return sourceOf(group);
    },
    get evidence() {
      return evidenceOf(group);
    },
    shown: resolution !== 'CONFLICT' && resolution !== 'UNKNOWN' && chosen !== undefined && chosen.edtf === group.edtf,
  }));
}

export const dateResolutionOf = (event: EventRecord): DateResolution => resolveDate(groups(eventRows(event))).resolution;

/** How one date's shown value follows from the claims of its rows. */
export const dateResolutionFrom = (rows: readonly DateClaimRow[]): DateResolution => resolveDate(groups(rows)).resolution;

/**
 * The date shown from the claims of its rows (src/domain/date-claims.ts): the bounds, precision and phrase the rule
 * gives; null when no claim gives a phrase or bounds.
 */
export function shownDateFrom(rows: readonly DateClaimRow[]): FuzzyDateRecord | null {
  if (rows.length === 0) return null;
  const { bounds, phrase } = resolveDate(groups(rows));
  return { phrase, ...bounds, year: calendarYear(bounds.earliest, bounds.latest) };
}

/** The event date's conflict, if any. */
export const conflictsOf = (event: EventRecord): DetailConflictRecord[] => dateConflictsFrom(eventRows(event), 'DATE');

/** The conflict of one date (an event's DATE, a relation's SINCE or UNTIL), if any. */
export function dateConflictsFrom(rows: readonly DateClaimRow[], field: EventDetail): DetailConflictRecord[] {
  const { conflicting } = resolveDate(groups(rows));
  if (conflicting.length === 0) return [];
  return [
    {
      field,
      values: conflicting.map((group) => ({
        value: group.edtf ?? `${group.earliest ?? '..'}/${group.latest ?? '..'}`,
        date: dateOf(group, yearOf(group)),
        get source() {
          return sourceOf(group);
        },
        get evidence() {
          return evidenceOf(group);
        },
      })),
    },
  ];
}
