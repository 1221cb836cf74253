import { EVENT_DATE_CLAIMS, SET_EVENT_DATES } from '../db/ingest/index.js';
import { resolveDate, type DateClaimValue } from '../domain/date-claims.js';
import { calendarYear, chronologicalSortKey } from '../domain/dates.js';
import type { DatePrecision } from '../domain/vocabulary.js';
import type { DatasetSync } from './sync.js';

/**
 * The shown date of events that several sources date (src/domain/date-claims.ts): after a load has written its
 * evidence, each event whose evidence or declaration changed is dated again from every source's claim, and the
 * dates that differ from the stored ones are written (journalled first, so a failed load puts them back).
 */

interface StoredClaim extends DateClaimValue {
  readonly dataset: string;
  readonly sourceId: string;
}

interface StoredEventDate {
  readonly id: string;
  readonly hash: string | null;
  readonly owner: string;
  readonly phrase: string | null;
  readonly precision: DatePrecision | null;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly edtf: string | null;
  readonly sortKey: string | null;
  readonly claims: readonly StoredClaim[];
}

/** The owner dataset's claims first (its phrase is kept among equals), then by source and value. */
export function orderedClaims<C extends StoredClaim>(claims: readonly C[], owner: string): C[] {
  const rank = (c: C) => `${c.dataset === owner ? 0 : 1}|${c.sourceId}|${c.edtf ?? ''}|${c.phrase ?? ''}`;
  return [...claims].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}

/** Dates again the events with these ids; returns how many dates changed. */
export async function redateEvents(sync: DatasetSync, eventIds: readonly string[]): Promise<number> {
  let changed = 0;
  const { batchSize } = sync.settings;
  for (let i = 0; i < eventIds.length; i += batchSize) {
    const stored = (await sync.run(
      EVENT_DATE_CLAIMS,
      eventIds.slice(i, i + batchSize).map((id) => ({ id })),
    )) as unknown as StoredEventDate[];
    const updates = stored.flatMap((event) => {
      const { bounds, phrase } = resolveDate(orderedClaims(event.claims, event.owner));
      const { earliest, latest } = bounds;
      const year = calendarYear(earliest, latest);
      const date = {
        phrase,
        precision: bounds.precision,
        earliest,
        latest,
        edtf: bounds.edtf,
        year,
        sortKey: chronologicalSortKey(bounds, event.id),
      };
      const same =
        date.phrase === event.phrase &&
        date.precision === (event.precision ?? 'UNKNOWN') &&
        date.earliest === event.earliest &&
        date.latest === event.latest &&
        date.edtf === event.edtf &&
        date.sortKey === event.sortKey;
      return same ? [] : [{ id: event.id, hash: event.hash ?? '', date }];
    });
    if (updates.length === 0) continue;
    await sync.capture({ node: 'Event' }, updates, 'changed');
    changed += await sync.count(SET_EVENT_DATES, updates, 'written');
    await sync.afterBatch('Event (dates)', updates.length);
  }
  return changed;
}
