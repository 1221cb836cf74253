import { EVENT_PLACE_CLAIMS, SET_EVENT_PLACES } from '../db/ingest/index.js';
import { resolvePlace, type PlaceClaimValue } from '../domain/place-claims.js';
import type { DatasetSync } from './sync.js';

/**
 * The shown place of events (src/domain/place-claims.ts): after a load has written its evidence, each event whose
 * evidence or declaration changed is placed again from every source's claim, and the places that differ from the
 * stored ones are written (the event's before-image journalled first, its OCCURRED_IN link with it, so a failed
 * load puts them back). An event this load created has no claim but this dataset's: its place is its declared one,
 * written without a read.
 */

interface StoredClaim extends PlaceClaimValue {
  readonly dataset: string;
}

interface StoredEventPlace {
  readonly id: string;
  readonly hash: string | null;
  readonly owner: string;
  readonly placeId: string | null;
  readonly links: ReadonlyArray<{ readonly placeId: string; readonly dataset: string | null }>;
  readonly claims: readonly StoredClaim[];
}

/** The owner dataset's claims first, then by source and place. */
export function orderedPlaceClaims<C extends StoredClaim>(claims: readonly C[], owner: string): C[] {
  const rank = (c: C) => `${c.dataset === owner ? 0 : 1}|${c.sourceId}|${c.placeId}`;
  return [...claims].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}

/** A created event's place, as its only dataset declares it. */
export interface CreatedPlace {
  readonly id: string;
  readonly placeId: string;
}

/** Writes the places of events this load created (their undo deletes the events, links and all). */
export async function placeCreatedEvents(sync: DatasetSync, created: readonly CreatedPlace[]): Promise<void> {
  const { batchSize } = sync.settings;
  for (let i = 0; i < created.length; i += batchSize) {
    const batch = created.slice(i, i + batchSize);
    await sync.count(SET_EVENT_PLACES, batch, 'written');
    await sync.afterBatch('Event (places)', batch.length);
  }
}

/** Places again the events with these ids; returns how many places changed. */
export async function placeEvents(sync: DatasetSync, eventIds: readonly string[]): Promise<number> {
  let changed = 0;
  const { batchSize } = sync.settings;
  for (let i = 0; i < eventIds.length; i += batchSize) {
    const stored = (await sync.run(
      EVENT_PLACE_CLAIMS,
      eventIds.slice(i, i + batchSize).map((id) => ({ id })),
    )) as unknown as StoredEventPlace[];
    const updates = stored.flatMap((event) => {
      const { placeId } = resolvePlace(orderedPlaceClaims(event.claims, event.owner));
      const linked = event.links.map((link) => link.placeId);
      const same =
        placeId === event.placeId &&
        linked.length === (placeId === null ? 0 : 1) &&
        event.links.every((link) => link.placeId === placeId && link.dataset === event.owner);
      return same ? [] : [{ id: event.id, hash: event.hash ?? '', placeId }];
    });
    if (updates.length === 0) continue;
    await sync.capture({ node: 'Event' }, updates, 'changed');
    changed += await sync.count(SET_EVENT_PLACES, updates, 'written');
    await sync.afterBatch('Event (places)', updates.length);
  }
  return changed;
}
