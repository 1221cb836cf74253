/**
 * The timeline's filtering and ordering, pure: which events a set of filters keeps, in which order, and which
 * codes the filter checkboxes offer.
 */
import { EVENT_TYPES, STATEMENT_KINDS } from '../../../src/domain/vocabulary.js';
import type { EventType, EvidenceStatus, StatementKind, TimelineFilters, TimelineItem, TimelineSort } from './types.js';

export const EVIDENCE_STATUSES: readonly EvidenceStatus[] = ['REPORTED', 'CORROBORATED', 'DISPUTED'];

export const DEFAULT_TIMELINE_FILTERS: TimelineFilters = {
  types: [],
  statementKinds: [],
  statuses: [],
  fromYear: null,
  toYear: null,
};

export const DEFAULT_TIMELINE_SORT: TimelineSort = 'asc';

export function hasActiveFilters(filters: TimelineFilters): boolean {
  return (
    filters.types.length > 0 ||
    filters.statementKinds.length > 0 ||
    filters.statuses.length > 0 ||
    filters.fromYear !== null ||
    filters.toYear !== null
  );
}

/**
 * The items the filters keep. A date range keeps an event that may have happened in it, as the API's
 * EventFilter does: its latest bound is not before the range, its earliest not after; an open or unknown bound
 * never excludes.
 */
export function filterTimeline(items: readonly TimelineItem[], filters: TimelineFilters): TimelineItem[] {
  const from = filters.fromYear === null ? null : `${String(filters.fromYear).padStart(4, '0')}-01-01`;
  const to = filters.toYear === null ? null : `${String(filters.toYear).padStart(4, '0')}-12-31`;
  return items.filter(
    (item) =>
      (filters.types.length === 0 || filters.types.includes(item.type)) &&
      (filters.statuses.length === 0 || filters.statuses.includes(item.status)) &&
      (filters.statementKinds.length === 0 || item.statementKinds.some((kind) => filters.statementKinds.includes(kind))) &&
      (from === null || item.date.latest === null || item.date.latest >= from) &&
      (to === null || item.date.earliest === null || item.date.earliest <= to),
  );
}

/**
 * Oldest first: by earliest bound (an open start first), then latest. Newest first: by latest bound (an open
 * end first), then earliest. Ties keep a stable order by event id.
 */
export function sortTimeline(items: readonly TimelineItem[], sort: TimelineSort): TimelineItem[] {
  const low = (bound: string | null) => bound ?? '';
  const high = (bound: string | null) => bound ?? '\uffff';
  const ascending = (a: TimelineItem, b: TimelineItem) =>
    compare(low(a.date.earliest), low(b.date.earliest)) || compare(high(a.date.latest), high(b.date.latest)) || compare(a.eventId, b.eventId);
  const descending = (a: TimelineItem, b: TimelineItem) =>
    compare(high(b.date.latest), high(a.date.latest)) || compare(low(b.date.earliest), low(a.date.earliest)) || compare(a.eventId, b.eventId);
  return [...items].sort(sort === 'asc' ? ascending : descending);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface TimelineFacets {
  readonly types: readonly EventType[];
  readonly statementKinds: readonly StatementKind[];
  readonly statuses: readonly EvidenceStatus[];
}

/** The codes worth a checkbox: those the items have, plus any already selected, in vocabulary order. */
export function timelineFacets(items: readonly TimelineItem[], filters: TimelineFilters): TimelineFacets {
  const present = <T extends string>(all: readonly T[], found: Iterable<T>, selected: readonly T[]): T[] => {
    const keep = new Set<T>([...found, ...selected]);
    return all.filter((code) => keep.has(code));
  };
  return {
    types: present(
      EVENT_TYPES,
      items.map((item) => item.type),
      filters.types,
    ),
    statementKinds: present(
      STATEMENT_KINDS,
      items.flatMap((item) => item.statementKinds),
      filters.statementKinds,
    ),
    statuses: present(
      EVIDENCE_STATUSES,
      items.map((item) => item.status),
      filters.statuses,
    ),
  };
}

/** A list with a code added or removed. */
export function toggled<T>(list: readonly T[], code: T, on: boolean): T[] {
  return on ? (list.includes(code) ? [...list] : [...list, code]) : list.filter((value) => value !== code);
}

/** An event whose every piece of evidence is a forecast was announced, not reported as having happened. */
export function announcedOnly(item: TimelineItem): boolean {
  return item.statementKinds.length > 0 && item.statementKinds.every((kind) => kind === 'FORECAST');
}
