import { MAX_SEARCH_TEXT_LENGTH } from '../search/normalize.js';
import { ErrorCode, UserInputError } from '../errors.js';

/**
 * Argument limits, checked before any query reaches Neo4j so an abusive request costs nothing. Each refusal
 * names the argument and the allowed range.
 */
export const LIMITS = {
  pageSize: 100,
  neighborhoodDepth: 3,
  neighborhoodNodes: 500,
  pathHops: 6,
  paths: 20,
  searchResults: 50,
  searchText: MAX_SEARCH_TEXT_LENGTH,
  idLength: 200,
  listLength: 50,
} as const;

/**
 * The most items each unpaged list of the schema returns, enforced by the projections (LIMIT or slice) and counted
 * at these sizes by the cost analysis (src/limits/cost.ts). Each is documented on its field in schema/.
 */
export const LIST_CAPS = {
  /** Entity.aliases, in stored order. */
  aliases: 50,
  /** Entity.mentions, in source and offset order. */
  mentions: 50,
  /** Entity.relations, by relation id. */
  relations: 100,
  /** Event.participants and TimelineEntry.participants, by role then entity id. */
  participants: 100,
  /** The evidence of one fact (Event, Participation, Relation, GraphEdge), in source and offset order. */
  evidence: 10,
  /** Source.excerpts, in text order. */
  excerpts: 500,
  /** StatusReason.sources: the sources a fact cites, by source id. */
  statusSources: 10,
  /** ParticipantRoles.claims: one participant's roles by source, by role then source (the rule weighs them all). */
  roleClaims: 20,
  /** Excerpt.supports, by fact. */
  supports: 10,
  /** Stats.eventsByYear: the earliest distinct years (eventsWithoutYear is still counted from every year). */
  years: 500,
} as const;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > LIMITS.pageSize) {
    throw new UserInputError(
      `first must be between 1 and ${LIMITS.pageSize} (got ${value}); page through larger results with after.`,
      'first',
      ErrorCode.PAGE_SIZE_EXCEEDED,
      { max: LIMITS.pageSize },
    );
  }
  return value;
}

export function intInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserInputError(`${name} must be between ${min} and ${max} (got ${value}).`, name, ErrorCode.BAD_USER_INPUT, { min, max });
  }
  return value;
}

export function searchText(name: string, text: string): string {
  if (text.length > LIMITS.searchText) {
    throw new UserInputError(
      `${name} is ${text.length} characters long; search text is limited to ${LIMITS.searchText}.`,
      name,
      ErrorCode.SEARCH_TEXT_TOO_LONG,
      { max: LIMITS.searchText },
    );
  }
  return text;
}

export function id(name: string, value: string): string {
  if (value.length === 0 || value.length > LIMITS.idLength) {
    throw new UserInputError(`${name} must be a non-empty id of at most ${LIMITS.idLength} characters.`, name);
  }
  return value;
}

/** A non-empty list or null (no filter); an empty list would match nothing and is refused as a likely mistake. */
export function optionalList<T>(name: string, values: readonly T[] | null | undefined): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw new UserInputError(`${name} must not be empty; leave it out to not filter.`, name);
  if (values.length > LIMITS.listLength) {
    throw new UserInputError(`${name} has ${values.length} values; at most ${LIMITS.listLength} are allowed.`, name);
  }
  return [...new Set(values)];
}

/**
 * A date window [from, to]; either end may be open. A window whose end comes before its start would silently
 * match nothing (or, with undated events, only those), so it is refused. Dates are validated ISO strings, so
 * comparing them as strings compares them as dates.
 */
export function dateRange(
  fromName: string,
  from: string | null | undefined,
  toName: string,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  if (from != null && to != null && to < from) {
    throw new UserInputError(`${toName} (${to}) is before ${fromName} (${from}); swap them or leave one out.`, toName, ErrorCode.INVALID_DATE_RANGE, {
      from,
      to,
    });
  }
  return { from: from ?? null, to: to ?? null };
}
