import type { DetailResolution } from './vocabulary.js';

/**
 * Each source's place of an event, and the one rule that picks the place shown. A place contains another when
 * the other lies in it (LOCATED_IN relations, and a place's country): `within` lists the places that contain a
 * claimed place, nearest first.
 *
 * The rule:
 * - No claim: no place (UNKNOWN).
 * - Every claim contains or lies in every other (they form a chain, e.g. Morocco and Marrakech): the place shown
 *   is the most specific, the one that lies in all others. One distinct place is SINGLE (one source) or AGREED
 *   (several); a place within another is REFINED.
 * - Two places of which neither contains the other (Paris and Marseille) are a CONFLICT: the place shown is the
 *   nearest place that contains every claimed place (France), when one is known, and none otherwise; never one
 *   side of the disagreement.
 */

export interface PlaceClaimValue {
  readonly placeId: string;
  /** The places that contain this one, nearest first. */
  readonly within: readonly string[];
  readonly sourceId: string;
}

export interface ResolvedPlace<C extends PlaceClaimValue> {
  /** The place shown, or null. */
  readonly placeId: string | null;
  readonly resolution: DetailResolution;
  /** The claim whose place is shown (none for UNKNOWN and CONFLICT). */
  readonly chosen: C | undefined;
  /** For a CONFLICT: the claims that neither contain nor lie in at least one other, in the claims' order. */
  readonly conflicting: readonly C[];
}

/** Whether place `outer` is `inner` or contains it. */
export const containsPlace = (outer: PlaceClaimValue, inner: PlaceClaimValue): boolean =>
  outer.placeId === inner.placeId || inner.within.includes(outer.placeId);

const comparable = (a: PlaceClaimValue, b: PlaceClaimValue) => containsPlace(a, b) || containsPlace(b, a);

/** The place shown for an event from its claims (in order of preference: the owner dataset's first). */
export function resolvePlace<C extends PlaceClaimValue>(claims: readonly C[]): ResolvedPlace<C> {
  if (claims.length === 0) return { placeId: null, resolution: 'UNKNOWN', chosen: undefined, conflicting: [] };
  const conflicting = claims.filter((claim) => claims.some((other) => !comparable(claim, other)));
  if (conflicting.length > 0) {
    // The nearest container of the first claim that contains every claim.
    const first = claims[0]!;
    const common = [first.placeId, ...first.within].find((id) => claims.every((c) => c.placeId === id || c.within.includes(id)));
    return { placeId: common ?? null, resolution: 'CONFLICT', chosen: undefined, conflicting };
  }
  const chosen = claims.find((claim) => claims.every((other) => containsPlace(other, claim))) ?? claims[0]!;
  const places = new Set(claims.map((c) => c.placeId));
  const sources = new Set(claims.map((c) => c.sourceId));
  return {
    placeId: chosen.placeId,
    resolution: places.size > 1 ? 'REFINED' : sources.size > 1 ? 'AGREED' : 'SINGLE',
    chosen,
    conflicting: [],
  };
}
