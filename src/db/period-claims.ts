import type { DateResolution } from '../domain/date-claims.js';
import {
  dateClaimsFrom,
  dateConflictsFrom,
  dateResolutionFrom,
  shownDateFrom,
  type DateClaimRecord,
  type DetailConflictRecord,
} from './date-claims.js';
import type { DateClaimRow, FuzzyDateRecord, RelationRecord } from './records.js';

/**
 * A relation's start and end (Relation.since, until, their claims, resolutions and conflicts) from every source's
 * value: the `claimedSince*` and `claimedUntil*` of its supporting evidence, judged by the rule of an event's date
 * (src/domain/date-claims.ts), at read time. A relation written before claims were kept has none: it shows its
 * stored start and end.
 */

type End = 'since' | 'until';

function rowsOf(relation: RelationRecord, end: End): readonly DateClaimRow[] {
  const rows = end === 'since' ? relation.sinceClaimRows : relation.untilClaimRows;
  if (rows === undefined) throw new Error(`Relation.${end}ClaimRows was not projected`);
  return rows;
}

/** The start or end shown: from the claims when there are any, else as stored. */
export function shownPeriodEnd(relation: RelationRecord, end: End): FuzzyDateRecord | null {
  return shownDateFrom(rowsOf(relation, end)) ?? relation[end];
}

export const periodClaimsOf = (relation: RelationRecord, end: End): DateClaimRecord[] => dateClaimsFrom(rowsOf(relation, end));

export const periodResolutionOf = (relation: RelationRecord, end: End): DateResolution => dateResolutionFrom(rowsOf(relation, end));

/** The start's conflict, then the end's. */
export const periodConflictsOf = (relation: RelationRecord): DetailConflictRecord[] => [
  ...dateConflictsFrom(rowsOf(relation, 'since'), 'SINCE'),
  ...dateConflictsFrom(rowsOf(relation, 'until'), 'UNTIL'),
];
