import { resolveDate, type DateClaimValue, type DateResolution } from '../domain/date-claims.js';
import { resolvePlace } from '../domain/place-claims.js';
import { resolveQuantities, type QuantityClaimValue } from '../domain/quantity-claims.js';
import { resolveRoles } from '../domain/role-claims.js';
import { PARTICIPANT_ROLES, QUANTITY_UNITS, type DetailResolution, type ParticipantRole, type QuantityUnit } from '../domain/vocabulary.js';
import { orderedClaims } from './sync-dates.js';
import { orderedPlaceClaims } from './sync-places.js';

/**
 * What a load would do to each detail of one event or relation, by the rules of src/domain (the loader's for dates
 * and places, the API's for counts, roles and periods): the claims after the load are the graph's, less the
 * evidence this dataset writes again, plus this dataset's own. Pure: planDataset (plan.ts) reads the claims.
 */

/** Every claim names the dataset whose evidence holds it and the source that evidence cites. */
interface Claimed {
  readonly dataset: string;
  readonly sourceId: string;
}

export interface DateClaim extends DateClaimValue, Claimed {}
export interface PlaceClaim extends Claimed {
  readonly placeId: string;
  /** The places that contain it, nearest first (plan-places.ts). */
  readonly within: readonly string[];
}
export interface QuantityClaim extends QuantityClaimValue, Claimed {}
export interface RoleClaim extends Claimed {
  readonly entityId: string;
  readonly role: ParticipantRole;
}

/** A date as the dry run shows it (an event's, a relation's start or end). */
export interface ShownDate {
  readonly phrase: string | null;
  readonly edtf: string | null;
}

export interface ShownQuantity {
  readonly phrase: string | null;
  readonly min: number;
  readonly max: number | null;
}

interface Change<D extends string, V> {
  readonly detail: D;
  /** The value shown now; null when none is (the graph does not hold the fact, or the detail). */
  readonly before: V | null;
  /** The value shown after the load; null when none would be. */
  readonly after: V | null;
  /** How the value after follows from the claims: REFINED and CONFLICT are what the dry run is for. */
  readonly resolution: DateResolution | DetailResolution;
  /** For a CONFLICT: each value in conflict, with its source. */
  readonly conflicting: ReadonlyArray<{ readonly sourceId: string; readonly value: V }>;
}

/** A detail whose shown value a load would change, or whose sources would disagree. */
export type DetailPlan =
  | Change<'date', ShownDate>
  | Change<'place', string>
  | (Change<'quantity', ShownQuantity> & { readonly unit: QuantityUnit })
  | (Change<'roles', readonly ParticipantRole[]> & { readonly entityId: string })
  | Change<'start' | 'end', ShownDate>;

/** The claims the graph holds of a fact, whichever dataset wrote them, and those this dataset's load would write. */
export interface ClaimsOf<C> {
  readonly graph: readonly C[];
  readonly dataset: readonly C[];
}

/** The claims after the load: this dataset's replace its evidence the graph holds. */
const afterLoad = <C extends Claimed>({ graph, dataset }: ClaimsOf<C>, datasetId: string): C[] => [
  ...graph.filter((claim) => claim.dataset !== datasetId),
  ...dataset,
];

/** The owner's claims first, then by source (the API's order of count claims). */
const ownerFirst = <C extends Claimed>(claims: readonly C[], owner: string): C[] =>
  [...claims].sort(
    (a, b) => Number(b.dataset === owner) - Number(a.dataset === owner) || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0),
  );

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether the dry run reports a detail: a conflict always; a changed value only for a fact the graph holds (a fact
 * the load creates has no value to change).
 */
const reported = <D extends string, V>(change: Change<D, V>, held: boolean): boolean =>
  change.resolution === 'CONFLICT' || (held && !same(change.before, change.after));

const shownDate = (phrase: string | null, edtf: string | null): ShownDate => ({ phrase, edtf });

/** One date by the date rule: `before` as shown now, and as the claims after the load give it. */
function planDate<D extends 'date' | 'start' | 'end'>(
  detail: D,
  claims: readonly DateClaim[],
  owner: string,
  before: ShownDate | null,
  unclaimed: ShownDate | null,
): Change<D, ShownDate> {
  if (claims.length === 0) return { detail, before, after: unclaimed, resolution: 'UNKNOWN', conflicting: [] };
  const resolved = resolveDate(orderedClaims(claims, owner));
  return {
    detail,
    before,
    after: shownDate(resolved.phrase, resolved.bounds.edtf),
    resolution: resolved.resolution,
    conflicting: resolved.conflicting.map((claim) => ({ sourceId: claim.sourceId, value: shownDate(claim.phrase, claim.edtf) })),
  };
}

/** What the graph holds of an event (undefined for an event the load creates). */
export interface HeldEvent {
  readonly owner: string;
  /** The shown date and place as stored. */
  readonly date: ShownDate;
  readonly placeId: string | null;
}

export interface EventClaims {
  readonly dates: ClaimsOf<DateClaim>;
  readonly places: ClaimsOf<PlaceClaim>;
  readonly quantities: ClaimsOf<QuantityClaim>;
  readonly roles: ClaimsOf<RoleClaim>;
}

const quantityOf = (q: ShownQuantity): ShownQuantity => ({ phrase: q.phrase, min: q.min, max: q.max });

const roleRank = (claim: RoleClaim) => PARTICIPANT_ROLES.indexOf(claim.role);

/**
 * The details of one event a load of `datasetId` would change or leave contested: its date (the loader's rule on
 * the stored date), its place (likewise), each unit's count, then each participant's roles by entity id.
 */
export function planEventDetails(datasetId: string, held: HeldEvent | undefined, claims: EventClaims): DetailPlan[] {
  const owner = held?.owner ?? datasetId;
  const changes: DetailPlan[] = [];
  // The loader dates an event from its claims: with none the date is unknown.
  const date = planDate('date', afterLoad(claims.dates, datasetId), owner, held?.date ?? null, shownDate(null, null));
  if (reported(date, held !== undefined)) changes.push(date);

  const place = resolvePlace(orderedPlaceClaims(afterLoad(claims.places, datasetId), owner));
  const placeChange: DetailPlan = {
    detail: 'place',
    before: held?.placeId ?? null,
    after: place.placeId,
    resolution: place.resolution,
    conflicting: place.conflicting.map((claim) => ({ sourceId: claim.sourceId, value: claim.placeId })),
  };
  if (reported(placeChange, held !== undefined)) changes.push(placeChange);

  // Counts are judged unit by unit; a unit whose last claim goes shows none.
  const quantitiesBefore = held === undefined ? [] : resolveQuantities(ownerFirst(claims.quantities.graph, owner));
  const quantitiesAfter = resolveQuantities(ownerFirst(afterLoad(claims.quantities, datasetId), owner));
  for (const unit of QUANTITY_UNITS) {
    const before = quantitiesBefore.find((q) => q.unit === unit);
    const after = quantitiesAfter.find((q) => q.unit === unit);
    if (before === undefined && after === undefined) continue;
    const change: DetailPlan = {
      detail: 'quantity',
      unit,
      before: before === undefined ? null : quantityOf(before),
      after: after === undefined ? null : quantityOf(after),
      resolution: after?.resolution ?? 'UNKNOWN',
      conflicting: (after?.conflicting ?? []).map((claim) => ({ sourceId: claim.sourceId, value: quantityOf(claim) })),
    };
    if (reported(change, held !== undefined)) changes.push(change);
  }

  const rolesAfter = afterLoad(claims.roles, datasetId);
  const entities = [...new Set([...claims.roles.graph, ...rolesAfter].map((claim) => claim.entityId))].sort();
  for (const entityId of entities) {
    const of = (list: readonly RoleClaim[]) =>
      list
        .filter((claim) => claim.entityId === entityId)
        .sort((a, b) => roleRank(a) - roleRank(b) || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
    const resolved = resolveRoles(of(rolesAfter));
    const change: DetailPlan = {
      detail: 'roles',
      entityId,
      before: held === undefined ? null : resolveRoles(of(claims.roles.graph)).roles,
      after: resolved.roles,
      resolution: resolved.resolution,
      conflicting: resolved.conflicting.map((claim) => ({ sourceId: claim.sourceId, value: [claim.role] })),
    };
    if (reported(change, held !== undefined)) changes.push(change);
  }
  return changes;
}

/** What the graph holds of a relation (undefined for a relation the load creates). */
export interface HeldRelation {
  readonly owner: string;
  /** The start and end as stored: shown when no claim is kept. */
  readonly since: ShownDate;
  readonly until: ShownDate;
}

export interface PeriodClaims {
  readonly since: ClaimsOf<DateClaim>;
  readonly until: ClaimsOf<DateClaim>;
}

const storedDate = (date: ShownDate | undefined): ShownDate | null =>
  date === undefined || (date.phrase === null && date.edtf === null) ? null : date;

/**
 * A relation's start and end that a load of `datasetId` would change or leave contested: each by the date rule on
 * every source's claim, as the API shows them (the stored value when no claim is kept: the owner's declaration,
 * `declared` when this dataset owns the relation).
 */
export function planRelationPeriod(
  datasetId: string,
  held: HeldRelation | undefined,
  claims: PeriodClaims,
  declared: { readonly since: ShownDate; readonly until: ShownDate },
): DetailPlan[] {
  const owner = held?.owner ?? datasetId;
  const ends = [
    ['start', 'since'],
    ['end', 'until'],
  ] as const;
  return ends.flatMap(([detail, end]) => {
    const { graph } = claims[end];
    const stored = storedDate(held?.[end]);
    const before = held === undefined ? null : graph.length > 0 ? shownOf(graph, held.owner) : stored;
    const unclaimed = owner === datasetId ? storedDate(declared[end]) : stored;
    const change = planDate(detail, afterLoad(claims[end], datasetId), owner, before, unclaimed);
    return reported(change, held !== undefined) ? [change] : [];
  });
}

function shownOf(claims: readonly DateClaim[], owner: string): ShownDate {
  const resolved = resolveDate(orderedClaims(claims, owner));
  return shownDate(resolved.phrase, resolved.bounds.edtf);
}
