import type { DateBounds } from './dates.js';
import type { DatePrecision } from './vocabulary.js';

/**
 * Each source's version of an event's date, and the one rule that picks the date shown (the event's own date
 * properties, its bounds and sort key). Used by the loader when a second dataset brings its own date, and by the
 * API to say how the shown date was chosen and where sources disagree.
 *
 * The rule: claims without bounds (an unknown date such as "recently") say nothing about the bounds.
 * - No bounded claim: the date is unknown; the first claim's phrase is kept (UNKNOWN).
 * - Every bounded claim overlaps every other (for intervals on a line that means they all share a common part):
 *   the bounds are that common part, the intersection of all claims, and the phrase, precision and value are the
 *   most precise claim's (the narrowest; the first of equals). One distinct value is SINGLE (one source) or AGREED
 *   (several); a narrower value within the others is REFINED ("2025" and "24-27 November 2025" show the latter).
 * - Two claims that do not overlap are a CONFLICT: the bounds are the span of the claims in conflict (from the
 *   earliest start to the latest end, open when one claim is open), within what the other claims allow, so they
 *   never narrow to one side of a disagreement; the value is that span as an interval, with no phrase.
 */

export interface DateClaimValue {
  readonly phrase: string | null;
  readonly precision: DatePrecision;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly edtf: string | null;
}

export type DateResolution = 'UNKNOWN' | 'SINGLE' | 'AGREED' | 'REFINED' | 'CONFLICT';

export interface ResolvedDate<C extends DateClaimValue> {
  /** The date shown: bounds, precision and value. */
  readonly bounds: DateBounds;
  readonly phrase: string | null;
  readonly resolution: DateResolution;
  /** The claim whose value is shown (none for UNKNOWN without claims and for CONFLICT). */
  readonly chosen: C | undefined;
  /** For a CONFLICT: the claims that do not overlap at least one other, in the claims' order. */
  readonly conflicting: readonly C[];
}

const bounded = (claim: DateClaimValue) => claim.earliest !== null || claim.latest !== null;

/** Whether two claims' intervals share a day (an open side reaches to infinity). */
export function overlaps(a: DateClaimValue, b: DateClaimValue): boolean {
  const startsBeforeBEnds = a.earliest === null || b.latest === null || a.earliest <= b.latest;
  const startsBeforeAEnds = b.earliest === null || a.latest === null || b.earliest <= a.latest;
  return startsBeforeBEnds && startsBeforeAEnds;
}

/** Days between the bounds (Infinity when a side is open): the smaller, the more precise. */
function span(claim: DateClaimValue): number {
  if (claim.earliest === null || claim.latest === null) return Number.POSITIVE_INFINITY;
  return (Date.parse(`${claim.latest}T00:00:00Z`) - Date.parse(`${claim.earliest}T00:00:00Z`)) / 86_400_000;
}

const key = (claim: DateClaimValue) => `${claim.earliest ?? '..'}/${claim.latest ?? '..'}`;

/**
 * The date shown for an event from its claims (in order of preference: the owner dataset's first, then by source):
 * see the rule above. `distinctSources` tells SINGLE from AGREED.
 */
export function resolveDate<C extends DateClaimValue & { readonly sourceId: string }>(claims: readonly C[]): ResolvedDate<C> {
  const withBounds = claims.filter(bounded);
  if (withBounds.length === 0) {
    const first = claims[0];
    return {
      bounds: { precision: 'UNKNOWN', earliest: null, latest: null, edtf: null },
      phrase: first?.phrase ?? null,
      resolution: 'UNKNOWN',
      chosen: first,
      conflicting: [],
    };
  }
  const conflicting = withBounds.filter((claim) => withBounds.some((other) => !overlaps(claim, other)));
  if (conflicting.length > 0) {
    // The span of the values in conflict, within what every other value allows (each value in conflict overlaps
    // every other value, so each keeps a part inside).
    const agreed = withBounds.filter((claim) => !conflicting.includes(claim));
    const spanStart = conflicting.some((c) => c.earliest === null) ? null : conflicting.map((c) => c.earliest as string).sort()[0]!;
    const spanEnd = conflicting.some((c) => c.latest === null)
      ? null
      : conflicting
          .map((c) => c.latest as string)
          .sort()
          .at(-1)!;
    const starts = [spanStart, ...agreed.map((c) => c.earliest)].filter((d): d is string => d !== null).sort();
    const ends = [spanEnd, ...agreed.map((c) => c.latest)].filter((d): d is string => d !== null).sort();
    const earliest = starts.at(-1) ?? null;
    const latest = ends[0] ?? null;
    return {
      bounds: { precision: 'INTERVAL', earliest, latest, edtf: `${earliest ?? '..'}/${latest ?? '..'}` },
      phrase: null,
      resolution: 'CONFLICT',
      chosen: undefined,
      conflicting,
    };
  }
  let chosen = withBounds[0]!;
  for (const claim of withBounds) if (span(claim) < span(chosen)) chosen = claim;
  const starts = withBounds.flatMap((c) => (c.earliest === null ? [] : [c.earliest])).sort();
  const ends = withBounds.flatMap((c) => (c.latest === null ? [] : [c.latest])).sort();
  const earliest = starts.at(-1) ?? null;
  const latest = ends[0] ?? null;
  const exact = earliest === chosen.earliest && latest === chosen.latest;
  const values = new Set(withBounds.map(key));
  const sources = new Set(withBounds.map((c) => c.sourceId));
  return {
    bounds: exact
      ? { precision: chosen.precision, earliest, latest, edtf: chosen.edtf }
      : { precision: 'INTERVAL', earliest, latest, edtf: `${earliest ?? '..'}/${latest ?? '..'}` },
    phrase: chosen.phrase,
    resolution: values.size > 1 ? 'REFINED' : sources.size > 1 ? 'AGREED' : 'SINGLE',
    chosen,
    conflicting: [],
  };
}
