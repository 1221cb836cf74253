/**
 * From the timeline query's entries to the timeline view's items, and the view's filters to and from the URL
 * (`types`, `kinds`, `status`, `from`, `to`, `sort`), so a filtered timeline is a link that can be shared.
 */
import type { EntityPageQuery } from '../__generated__/graphql.js';
import type { UiLanguage } from '../i18n/language.js';
import { pickText } from '../i18n/localized.js';
import { EVENT_TYPES, STATEMENT_KINDS } from '../../../src/domain/vocabulary.js';
import type { EventType, EvidenceStatus, StatementKind, TimelineFilters, TimelineItem, TimelineSort } from '../views/types.js';

const STATUSES: readonly EvidenceStatus[] = ['REPORTED', 'CORROBORATED', 'DISPUTED'];

/** A timeline entry as the entity page and the timeline embed select it (the same fields in both). */
export type TimelineEntryResult = EntityPageQuery['timeline']['edges'][number]['node'];

export function timelineItems(entries: readonly TimelineEntryResult[], language: UiLanguage): TimelineItem[] {
  return entries.map(({ event, roles, date }) => {
    const title = pickText(event.titles, language);
    return {
      eventId: event.id,
      title: title?.text ?? event.id,
      ...(title?.fallback ? { titleLanguage: title.language } : {}),
      type: event.type,
      status: event.status,
      statementKinds: event.statementKinds,
      roles,
      date: {
        precision: date.precision,
        earliest: date.earliest ?? null,
        latest: date.latest ?? null,
        phrase: date.phrase ?? null,
      },
    };
  });
}

const pickCodes = <T extends string>(allowed: readonly T[], values: readonly string[]): T[] => allowed.filter((code) => values.includes(code));

const year = (value: string | null): number | null => {
  if (value === null || !/^-?\d{1,4}$/.test(value)) return null;
  return Number(value);
};

/** The timeline's filters as the URL gives them; unknown codes are dropped. */
export function filtersFromUrl(params: URLSearchParams, list: (name: string) => string[]): TimelineFilters {
  return {
    types: pickCodes<EventType>(EVENT_TYPES, list('types')),
    statementKinds: pickCodes<StatementKind>(STATEMENT_KINDS, list('kinds')),
    statuses: pickCodes<EvidenceStatus>(STATUSES, list('status')),
    fromYear: year(params.get('from')),
    toYear: year(params.get('to')),
  };
}

/** The URL parameters of a set of filters (empty ones removed). */
export function filtersToUrl(filters: TimelineFilters): Record<string, string | readonly string[] | null> {
  return {
    types: filters.types,
    kinds: filters.statementKinds,
    status: filters.statuses,
    from: filters.fromYear === null ? null : String(filters.fromYear),
    to: filters.toYear === null ? null : String(filters.toYear),
  };
}

export function sortFromUrl(params: URLSearchParams): TimelineSort {
  return params.get('sort') === 'desc' ? 'desc' : 'asc';
}
