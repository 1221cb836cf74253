import { QUANTITY_UNITS, type DetailResolution, type QuantityUnit } from './vocabulary.js';

/**
 * Each source's count of something at an event, and the one rule that picks the count shown, unit by unit (the
 * date rule of date-claims.ts, on integers). Counts of different units are never weighed against each other.
 *
 * The rule, for the claims of one unit (each a range min..max, max open when the source gives no upper bound):
 * - Every range overlaps every other: the shown range is what all have in common (the intersection), and the
 *   phrase is the most precise claim's (the narrowest range; the first of equals). One distinct range is SINGLE
 *   (one source) or AGREED (several); a narrower range within the others is REFINED ("more than 10" and "12").
 * - Two ranges that do not overlap are a CONFLICT: the shown range spans the ranges in conflict (from the smallest
 *   min to the largest max, open when one is open), within what the other ranges allow, so it never narrows to one
 *   side of the disagreement; it has no phrase.
 */

export interface QuantityClaimValue {
  readonly unit: QuantityUnit;
  readonly phrase: string;
  readonly min: number;
  readonly max: number | null;
  readonly sourceId: string;
}

export interface ResolvedQuantity<C extends QuantityClaimValue> {
  readonly unit: QuantityUnit;
  /** The phrase of the claim shown; null for a CONFLICT. */
  readonly phrase: string | null;
  readonly min: number;
  readonly max: number | null;
  readonly resolution: Exclude<DetailResolution, 'UNKNOWN'>;
  /** The claim whose phrase is shown (none for a CONFLICT). */
  readonly chosen: C | undefined;
  /** The claims of this unit, in the order given. */
  readonly claims: readonly C[];
  /** For a CONFLICT: the claims that do not overlap at least one other, in the claims' order. */
  readonly conflicting: readonly C[];
}

/** Whether two ranges share a number (an open max reaches to infinity). */
export function rangesOverlap(a: { min: number; max: number | null }, b: { min: number; max: number | null }): boolean {
  return (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max);
}

const width = (claim: QuantityClaimValue) => (claim.max === null ? Number.POSITIVE_INFINITY : claim.max - claim.min);

/** The range as the product writes it: "196", "801..", "11..20". */
export const rangeText = ({ min, max }: { min: number; max: number | null }): string => (max === min ? String(min) : `${min}..${max ?? ''}`);

/** A range as evidence keeps it ("801..", "11..20", rows.ts `quantityRange`) → {min: 801, max: null}. */
export function parseRange(range: string): { min: number; max: number | null } {
  const [min = '0', max = ''] = range.split('..');
  return { min: Number(min), max: max === '' ? null : Number(max) };
}

/** The quantity shown for one unit from its claims (in order of preference: the owner dataset's first). */
export function resolveQuantity<C extends QuantityClaimValue>(claims: readonly C[]): ResolvedQuantity<C> {
  const first = claims[0];
  if (first === undefined) throw new Error('resolveQuantity needs at least one claim');
  const unit = first.unit;
  const conflicting = claims.filter((claim) => claims.some((other) => !rangesOverlap(claim, other)));
  const highest = (values: ReadonlyArray<number>) => Math.max(...values);
  const lowest = (values: ReadonlyArray<number | null>) => {
    const bounded = values.filter((v): v is number => v !== null);
    return bounded.length === 0 ? null : Math.min(...bounded);
  };
  if (conflicting.length > 0) {
    const agreed = claims.filter((claim) => !conflicting.includes(claim));
    const spanMin = Math.min(...conflicting.map((c) => c.min));
    const spanMax = conflicting.some((c) => c.max === null) ? null : Math.max(...conflicting.map((c) => c.max as number));
    return {
      unit,
      phrase: null,
      min: highest([spanMin, ...agreed.map((c) => c.min)]),
      max: lowest([spanMax, ...agreed.map((c) => c.max)]),
      resolution: 'CONFLICT',
      chosen: undefined,
      claims,
      conflicting,
    };
  }
  let chosen = first;
  for (const claim of claims) if (width(claim) < width(chosen)) chosen = claim;
  const ranges = new Set(claims.map(rangeText));
  const sources = new Set(claims.map((c) => c.sourceId));
  return {
    unit,
    phrase: chosen.phrase,
    min: highest(claims.map((c) => c.min)),
    max: lowest(claims.map((c) => c.max)),
    resolution: ranges.size > 1 ? 'REFINED' : sources.size > 1 ? 'AGREED' : 'SINGLE',
    chosen,
    claims,
    conflicting: [],
  };
}

/** Every unit's shown quantity, in the vocabulary's order of units. */
export function resolveQuantities<C extends QuantityClaimValue>(claims: readonly C[]): ResolvedQuantity<C>[] {
  return QUANTITY_UNITS.flatMap((unit) => {
    const ofUnit = claims.filter((claim) => claim.unit === unit);
    return ofUnit.length === 0 ? [] : [resolveQuantity(ofUnit)];
  });
}
