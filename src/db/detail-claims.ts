import { resolvePlace } from '../domain/place-claims.js';
import { parseRange, rangeText, resolveQuantities, type QuantityClaimValue } from '../domain/quantity-claims.js';
import type { DetailResolution, QuantityUnit } from '../domain/vocabulary.js';
import { conflictsOf as dateConflictsOf, type DetailConflictRecord } from './date-claims.js';
import { roleConflictsOf } from './role-claims.js';
import type { EntityRecord, EventRecord, EvidenceRecord, PlaceClaimRow, QuantityClaimRow, QuantityRecord, SourceRecord } from './records.js';

/**
 * Event.quantities, placeClaims, placeResolution and conflicts from the rows the event projection returns (one per
 * supporting quote that carries its source's counts or place): grouped by source and value, and judged by the
 * rules of src/domain (the loader's own for places), so the API says exactly why the shown value is what it is.
 * Counts are judged here, at read time: nothing stored depends on them.
 */

interface Grouped<R> {
  readonly sourceId: string;
  readonly owner: boolean;
  readonly rows: R[];
}

interface QuantityGroup extends Grouped<QuantityClaimRow>, QuantityClaimValue {}
interface PlaceGroup extends Grouped<PlaceClaimRow> {
  readonly placeId: string;
  readonly within: readonly string[];
}

/** Groups rows by source and value, the owner dataset's first (as the loader orders claims). */
function grouped<R extends { readonly sourceId: string; readonly owner: boolean }, G extends Grouped<R>>(
  rows: readonly R[],
  values: (row: R) => ReadonlyArray<{ readonly key: string; readonly group: () => Omit<G, 'rows'> }>,
): G[] {
  const byKey = new Map<string, G>();
  for (const row of rows) {
    for (const { key, group } of values(row)) {
      const found = byKey.get(`${row.sourceId}\u0000${key}`);
      if (found) found.rows.push(row);
      else byKey.set(`${row.sourceId}\u0000${key}`, { ...group(), rows: [row] } as G);
    }
  }
  return [...byKey.values()].sort((a, b) => Number(b.owner) - Number(a.owner));
}

function quantityGroups(event: EventRecord): QuantityGroup[] {
  const rows = event.quantityClaimRows;
  if (rows === undefined) throw new Error('Event.quantityClaimRows was not projected');
  return grouped<QuantityClaimRow, QuantityGroup>(rows, (row) =>
    row.units.map((unit, i) => {
      const phrase = row.phrases[i] ?? '';
      const range = row.ranges[i] ?? '0..';
      return {
        key: `${unit}\u0000${range}\u0000${phrase}`,
        group: () => ({ sourceId: row.sourceId, owner: row.owner, unit, phrase, ...parseRange(range) }),
      };
    }),
  );
}

function placeGroups(event: EventRecord): PlaceGroup[] {
  const rows = event.placeClaimRows;
  if (rows === undefined) throw new Error('Event.placeClaimRows was not projected');
  return grouped<PlaceClaimRow, PlaceGroup>(rows, (row) => [
    { key: row.placeId, group: () => ({ sourceId: row.sourceId, owner: row.owner, placeId: row.placeId, within: row.within }) },
  ]);
}

const sourceOf = <R extends { readonly source?: SourceRecord }>(group: Grouped<R>): SourceRecord => {
  const source = group.rows[0]?.source;
  if (source === undefined) throw new Error('the claim source was not projected');
  return source;
};

const evidenceOf = <R extends { readonly evidence?: EvidenceRecord }>(group: Grouped<R>): EvidenceRecord[] =>
  group.rows.map((row) => {
    if (row.evidence === undefined) throw new Error('the claim evidence was not projected');
    return row.evidence;
  });

const placeOf = (group: PlaceGroup): EntityRecord => {
  const place = group.rows[0]?.place;
  if (place == null) throw new Error('the claimed place was not projected');
  return place;
};

const quantityOf = (group: QuantityGroup): QuantityRecord => ({ unit: group.unit, phrase: group.phrase, min: group.min, max: group.max });

export interface QuantityClaimRecord {
  readonly quantity: QuantityRecord;
  readonly source: SourceRecord;
  readonly evidence: readonly EvidenceRecord[];
  readonly shown: boolean;
}

export interface EventQuantityRecord {
  readonly unit: QuantityUnit;
  readonly value: QuantityRecord;
  readonly resolution: DetailResolution;
  readonly claims: readonly QuantityClaimRecord[];
}

export function quantitiesOf(event: EventRecord): EventQuantityRecord[] {
  return resolveQuantities(quantityGroups(event)).map((resolved) => ({
    unit: resolved.unit,
    value: { unit: resolved.unit, phrase: resolved.phrase, min: resolved.min, max: resolved.max },
    resolution: resolved.resolution,
    claims: resolved.claims.map((group) => ({
      quantity: quantityOf(group),
      get source() {
        return sourceOf(group);
      },
      get evidence() {
        return evidenceOf(group);
      },
      shown: resolved.chosen !== undefined && rangeText(resolved.chosen) === rangeText(group),
    })),
  }));
}

/** The first unit's shown count (Event.quantity, kept for clients written before quantities). */
export const firstQuantityOf = (event: EventRecord): QuantityRecord | null => quantitiesOf(event)[0]?.value ?? null;

export interface PlaceClaimRecord {
  readonly place: EntityRecord;
  readonly source: SourceRecord;
  readonly evidence: readonly EvidenceRecord[];
  readonly shown: boolean;
}

export function placeClaimsOf(event: EventRecord): PlaceClaimRecord[] {
  const all = placeGroups(event);
  const { chosen } = resolvePlace(all);
  return all.map((group) => ({
    get place() {
      return placeOf(group);
    },
    get source() {
      return sourceOf(group);
    },
    get evidence() {
      return evidenceOf(group);
    },
    shown: chosen !== undefined && chosen.placeId === group.placeId,
  }));
}

export const placeResolutionOf = (event: EventRecord): DetailResolution => resolvePlace(placeGroups(event)).resolution;

/** Every detail in conflict: the date, the place, each unit's count, then each participant's role. */
export function conflictsOf(event: EventRecord): DetailConflictRecord[] {
  const conflicts = [...dateConflictsOf(event)];
  const { conflicting } = resolvePlace(placeGroups(event));
  if (conflicting.length > 0) {
    conflicts.push({
      field: 'PLACE',
      unit: null,
      values: conflicting.map((group) => ({
        value: group.placeId,
        get place() {
          return placeOf(group);
        },
        get source() {
          return sourceOf(group);
        },
        get evidence() {
          return evidenceOf(group);
        },
      })),
    });
  }
  for (const resolved of resolveQuantities(quantityGroups(event))) {
    if (resolved.conflicting.length === 0) continue;
    conflicts.push({
      field: 'QUANTITY',
      unit: resolved.unit,
      values: resolved.conflicting.map((group) => ({
        value: rangeText(group),
        quantity: quantityOf(group),
        get source() {
          return sourceOf(group);
        },
        get evidence() {
          return evidenceOf(group);
        },
      })),
    });
  }
  conflicts.push(...roleConflictsOf(event));
  return conflicts;
}
