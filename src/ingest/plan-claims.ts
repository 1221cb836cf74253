import type { Executor } from '../db/executor.js';
import { EVENT_DATE_CLAIMS, EVENT_DETAIL_CLAIMS, RELATION_PERIOD_CLAIMS } from '../db/ingest/index.js';
import { parseRange } from '../domain/quantity-claims.js';
import type { DatePrecision, ParticipantRole, QuantityUnit } from '../domain/vocabulary.js';
import type { Dataset } from './dataset.js';
import type { DateClaim, HeldEvent, HeldRelation, PlaceClaim, QuantityClaim, RoleClaim, ShownDate } from './plan-details.js';
import { evidenceRows, participationId } from './rows.js';

/**
 * Every source's claims on the details of a dataset's events and relations, for a dry run: the dataset's own, from
 * the evidence rows its load would write (rows.ts `evidenceRows`, the loader's one derivation of claims), and the
 * graph's, read by id in chunks (src/db/ingest/dates.ts and plan.ts).
 */

/** A place claim before the places that contain it are known (plan-places.ts). */
export type PlaceClaimAt = Omit<PlaceClaim, 'within'>;

/** Claims by fact: an event's date, place, counts and roles (by event id), a relation's start and end (by relation id). */
export interface FactClaims {
  readonly dates: Map<string, DateClaim[]>;
  readonly places: Map<string, PlaceClaimAt[]>;
  readonly quantities: Map<string, QuantityClaim[]>;
  readonly roles: Map<string, RoleClaim[]>;
  readonly since: Map<string, DateClaim[]>;
  readonly until: Map<string, DateClaim[]>;
}

const noClaims = (): FactClaims => ({
  dates: new Map(),
  places: new Map(),
  quantities: new Map(),
  roles: new Map(),
  since: new Map(),
  until: new Map(),
});

/** Adds a claim once: a source that says one thing in two quotes makes one claim (as the graph's reads are DISTINCT). */
function add<C>(map: Map<string, C[]>, factId: string, claim: C): void {
  const list = map.get(factId) ?? [];
  const key = JSON.stringify(claim);
  if (!list.some((other) => JSON.stringify(other) === key)) list.push(claim);
  map.set(factId, list);
}

interface ClaimedDateProps {
  readonly phrase: string | null;
  readonly precision: string | null;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly edtf: string | null;
}

/** A date claim of evidence (`claimedDate*`, `claimedSince*`, `claimedUntil*`); none when it has neither phrase nor value. */
const dateClaim = (base: { dataset: string; sourceId: string }, date: ClaimedDateProps): DateClaim | undefined =>
  date.phrase === null && date.edtf === null
    ? undefined
    : {
        ...base,
        phrase: date.phrase,
        precision: (date.precision ?? 'UNKNOWN') as DatePrecision,
        earliest: date.earliest,
        latest: date.latest,
        edtf: date.edtf,
      };

/** The count claims of evidence, from its aligned lists (`claimedQuantityUnits`, `Phrases`, `Ranges`). */
function quantityClaims(
  base: { dataset: string; sourceId: string },
  units: readonly string[] | null,
  phrases: readonly string[] | null,
  ranges: readonly string[] | null,
): QuantityClaim[] {
  return (units ?? []).map((unit, i) => ({
    ...base,
    unit: unit as QuantityUnit,
    phrase: phrases?.[i] ?? '',
    ...parseRange(ranges?.[i] ?? '0..'),
  }));
}

/** What `dataset` (rewritten to the graph's entity ids) claims, as its load would write it on its supporting evidence. */
export function datasetClaims(dataset: Dataset): FactClaims {
  const sourceOf = new Map(dataset.excerpts.map(({ spec }) => [spec.id, spec.source]));
  const participations = new Map<string, { eventId: string; entityId: string; role: ParticipantRole }>();
  for (const { spec } of dataset.events) {
    for (const { entity, role } of spec.participants)
      participations.set(participationId(spec.id, role, entity), { eventId: spec.id, entityId: entity, role });
  }
  const claims = noClaims();
  for (const { props: ev } of evidenceRows(dataset)) {
    if (ev.stance !== 'SUPPORTS') continue;
    const sourceId = sourceOf.get(ev.excerptId);
    if (sourceId === undefined) throw new Error(`evidence of ${ev.factId} cites ${ev.excerptId}, which the dataset does not hold`);
    const base = { dataset: dataset.id, sourceId };
    if (ev.factType === 'EVENT') {
      const date = dateClaim(base, {
        phrase: ev.claimedDatePhrase,
        precision: ev.claimedDatePrecision,
        earliest: ev.claimedDateEarliest,
        latest: ev.claimedDateLatest,
        edtf: ev.claimedDateEdtf,
      });
      if (date) add(claims.dates, ev.factId, date);
      if (ev.claimedPlaceId !== null) add(claims.places, ev.factId, { ...base, placeId: ev.claimedPlaceId });
      const counts = quantityClaims(base, ev.claimedQuantityUnits, ev.claimedQuantityPhrases, ev.claimedQuantityRanges);
      for (const count of counts) add(claims.quantities, ev.factId, count);
    } else if (ev.factType === 'PARTICIPATION') {
      const participation = participations.get(ev.factId);
      if (participation === undefined) throw new Error(`evidence of ${ev.factId}: the dataset declares no such participation`);
      add(claims.roles, participation.eventId, { ...base, entityId: participation.entityId, role: participation.role });
    } else {
      const since = dateClaim(base, {
        phrase: ev.claimedSincePhrase,
        precision: ev.claimedSincePrecision,
        earliest: ev.claimedSinceEarliest,
        latest: ev.claimedSinceLatest,
        edtf: ev.claimedSinceEdtf,
      });
      if (since) add(claims.since, ev.factId, since);
      const until = dateClaim(base, {
        phrase: ev.claimedUntilPhrase,
        precision: ev.claimedUntilPrecision,
        earliest: ev.claimedUntilEarliest,
        latest: ev.claimedUntilLatest,
        edtf: ev.claimedUntilEdtf,
      });
      if (until) add(claims.until, ev.factId, until);
    }
  }
  return claims;
}

/** What the graph holds of the dataset's events and relations: each held fact, and every dataset's claims on it. */
export interface GraphClaims {
  readonly events: Map<string, HeldEvent>;
  readonly relations: Map<string, HeldRelation>;
  readonly claims: FactClaims;
}

/** Ids per statement: `$rows` of one chunk, each row an index seek. */
const IDS_PER_QUERY = 5_000;

/** Calls `read` with the ids as `$rows` (`{id}`), a chunk at a time. */
export async function inChunks(ids: readonly string[], read: (rows: { id: string }[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) await read(ids.slice(i, i + IDS_PER_QUERY).map((id) => ({ id })));
}

interface StoredEventDates {
  readonly id: string;
  readonly owner: string;
  readonly phrase: string | null;
  readonly edtf: string | null;
  readonly claims: readonly DateClaim[];
}

interface StoredEventDetails {
  readonly id: string;
  readonly placeId: string | null;
  readonly places: readonly PlaceClaimAt[];
  readonly quantities: ReadonlyArray<{
    dataset: string;
    sourceId: string;
    units: readonly string[] | null;
    phrases: readonly string[] | null;
    ranges: readonly string[] | null;
  }>;
  readonly roles: readonly RoleClaim[];
}

interface StoredRelation {
  readonly id: string;
  readonly owner: string;
  readonly since: ShownDate;
  readonly until: ShownDate;
  readonly sinceClaims: readonly DateClaim[];
  readonly untilClaims: readonly DateClaim[];
}

/** Reads what the graph holds of these events and relations, a chunk of ids per statement (index seeks). */
export async function readGraphClaims(executor: Executor, eventIds: readonly string[], relationIds: readonly string[]): Promise<GraphClaims> {
  const events = new Map<string, HeldEvent>();
  const relations = new Map<string, HeldRelation>();
  const claims = noClaims();
  const dates = new Map<string, StoredEventDates>();
  await inChunks(eventIds, async (rows) => {
    for (const record of (await executor.read(EVENT_DATE_CLAIMS, { rows })).records) {
      const event = record.toObject() as StoredEventDates;
      dates.set(event.id, event);
      claims.dates.set(event.id, [...event.claims]);
    }
    for (const record of (await executor.read(EVENT_DETAIL_CLAIMS, { rows })).records) {
      const event = record.toObject() as StoredEventDetails;
      const stored = dates.get(event.id);
      // Both reads see the event unless it was removed between them: the plan reads it as absent.
      if (stored === undefined) continue;
      events.set(event.id, { owner: stored.owner, date: { phrase: stored.phrase, edtf: stored.edtf }, placeId: event.placeId });
      claims.places.set(event.id, [...event.places]);
      claims.quantities.set(
        event.id,
        event.quantities.flatMap((q) => quantityClaims({ dataset: q.dataset, sourceId: q.sourceId }, q.units, q.phrases, q.ranges)),
      );
      claims.roles.set(event.id, [...event.roles]);
    }
  });
  await inChunks(relationIds, async (rows) => {
    for (const record of (await executor.read(RELATION_PERIOD_CLAIMS, { rows })).records) {
      const relation = record.toObject() as StoredRelation;
      relations.set(relation.id, { owner: relation.owner, since: relation.since, until: relation.until });
      claims.since.set(relation.id, [...relation.sinceClaims]);
      claims.until.set(relation.id, [...relation.untilClaims]);
    }
  });
  return { events, relations, claims };
}
