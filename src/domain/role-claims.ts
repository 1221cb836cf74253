import { PARTICIPANT_ROLES, type DetailResolution, type ParticipantRole } from './vocabulary.js';

/**
 * Each source's role for an entity in an event, and the one rule that picks the roles shown. A role claim is a
 * participation (event, role, entity) with supporting evidence from a source: two sources giving the entity different
 * roles are two participations, each a fact with its own evidence and status; this rule says which of them a reader
 * is shown as the entity's part, and where the sources disagree.
 *
 * Roles:
 * - PARTICIPANT says the entity took part, no more: any specific role refines it (HOST, ORGANISER, ...).
 * - CREDITED is not a part taken (the source credits the entity with the event): it neither refines PARTICIPANT nor
 *   contradicts any role.
 * - Two specific roles can both hold (ORGANISER and HOST, CONTRIBUTOR and COUNTERPART), except the two sides of one
 *   exchange (INCOMPATIBLE_ROLES): a host is not its own visitor, an honoree does not confer its own honour, an
 *   arresting agency is not its own target.
 *
 * The rule, for the claims of one entity in one event:
 * - No claim (every piece of its evidence disputes it): no role shown (UNKNOWN).
 * - Roles that cannot both hold are a CONFLICT: neither is shown; the entity shows PARTICIPANT (every source says it
 *   took part) and the roles no claim contradicts, never one side of the disagreement.
 * - Otherwise every claimed role is shown, except PARTICIPANT when a specific role refines it. One source is SINGLE;
 *   several sources giving the same roles are AGREED; sources giving different roles, all compatible, are REFINED
 *   (the roles shown are what they say together).
 */

/** The pairs of roles that cannot both be an entity's in one event: the two sides of one exchange. */
export const INCOMPATIBLE_ROLES: ReadonlyArray<readonly [ParticipantRole, ParticipantRole]> = [
  ['HOST', 'VISITOR'],
  ['SELECTOR', 'SELECTED'],
  ['CONTRIBUTOR', 'BENEFICIARY'],
  ['HONOREE', 'CONFERRER'],
  ['HONOREE', 'AWARD'],
  ['CONFERRER', 'AWARD'],
  ['ARRESTING_AGENCY', 'TARGET'],
];

/** The role that says only that the entity took part. */
export const UNSPECIFIED_ROLE: ParticipantRole = 'PARTICIPANT';

/** Whether `role` says what part the entity took (anything but PARTICIPANT and CREDITED). */
export const isSpecificRole = (role: ParticipantRole): boolean => role !== 'PARTICIPANT' && role !== 'CREDITED';

/** Whether an entity can hold both roles in one event. */
export const rolesCompatible = (a: ParticipantRole, b: ParticipantRole): boolean =>
  !INCOMPATIBLE_ROLES.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

const inVocabularyOrder = (roles: Iterable<ParticipantRole>): ParticipantRole[] => {
  const set = new Set(roles);
  return PARTICIPANT_ROLES.filter((role) => set.has(role));
};

/**
 * The roles an entity is shown with from roles that all hold: PARTICIPANT dropped when a specific role refines it, in
 * the vocabulary's order. What timelines and graph views show of one entity's participations in an event.
 */
export function refinedRoles(roles: Iterable<ParticipantRole>): ParticipantRole[] {
  const all = inVocabularyOrder(roles);
  return all.some(isSpecificRole) ? all.filter((role) => role !== UNSPECIFIED_ROLE) : all;
}

export interface RoleClaimValue {
  readonly role: ParticipantRole;
  readonly sourceId: string;
}

export interface ResolvedRoles<C extends RoleClaimValue> {
  /** The roles shown, in the vocabulary's order. */
  readonly roles: readonly ParticipantRole[];
  readonly resolution: DetailResolution;
  /** For a CONFLICT: the claims whose role cannot hold with another claimed role, in the claims' order. */
  readonly conflicting: readonly C[];
}

/** The roles shown for one entity in one event from every source's claim (see the rule above). */
export function resolveRoles<C extends RoleClaimValue>(claims: readonly C[]): ResolvedRoles<C> {
  if (claims.length === 0) return { roles: [], resolution: 'UNKNOWN', conflicting: [] };
  const conflicting = claims.filter((claim) => claims.some((other) => !rolesCompatible(claim.role, other.role)));
  if (conflicting.length > 0) {
    const uncontested = claims.filter((claim) => !conflicting.includes(claim)).map((claim) => claim.role);
    return { roles: refinedRoles([UNSPECIFIED_ROLE, ...uncontested]), resolution: 'CONFLICT', conflicting };
  }
  const bySource = new Map<string, Set<ParticipantRole>>();
  for (const claim of claims) bySource.set(claim.sourceId, (bySource.get(claim.sourceId) ?? new Set()).add(claim.role));
  const roleSets = [...bySource.values()].map((roles) => inVocabularyOrder(roles).join(' '));
  const resolution: DetailResolution = bySource.size === 1 ? 'SINGLE' : new Set(roleSets).size === 1 ? 'AGREED' : 'REFINED';
  return { roles: refinedRoles(claims.map((claim) => claim.role)), resolution, conflicting: [] };
}
