import { resolveRoles } from '../domain/role-claims.js';
import { PARTICIPANT_ROLES, type DetailResolution, type ParticipantRole } from '../domain/vocabulary.js';
import { LIST_CAPS } from './arguments.js';
import type { DetailConflictRecord } from './date-claims.js';
import type { EntityRecord, EventRecord, EvidenceRecord, RoleClaimRow, SourceRecord } from './records.js';

/**
 * Event.participantRoles and the PARTICIPANT_ROLE conflicts from the rows the event projection returns (one per
 * participation, with a row per supporting quote): grouped by participant, then by role and source, and judged by
 * the rule of src/domain/role-claims.ts, at read time (nothing stored depends on it: each participation stays a fact
 * of its own, with its evidence and status).
 */

interface RoleGroup {
  readonly role: ParticipantRole;
  readonly sourceId: string;
  readonly quotes: RoleClaimRow['quotes'][number][];
}

interface Participant {
  readonly entityId: string;
  readonly entity: EntityRecord | undefined;
  /** One per role and source, by role (the vocabulary's order) then source id; the API lists the first LIST_CAPS.roleClaims. */
  readonly claims: RoleGroup[];
}

const roleRank = (role: ParticipantRole) => PARTICIPANT_ROLES.indexOf(role);

function participants(event: EventRecord): Participant[] {
  const rows = event.roleClaimRows;
  if (rows === undefined) throw new Error('Event.roleClaimRows was not projected');
  const byEntity = new Map<string, { entity: EntityRecord | undefined; groups: Map<string, RoleGroup> }>();
  for (const row of rows) {
    const participant = byEntity.get(row.entityId) ?? { entity: row.entity, groups: new Map<string, RoleGroup>() };
    byEntity.set(row.entityId, participant);
    for (const quote of row.quotes) {
      const key = `${row.role}\u0000${quote.sourceId}`;
      const group = participant.groups.get(key);
      if (group) group.quotes.push(quote);
      else participant.groups.set(key, { role: row.role, sourceId: quote.sourceId, quotes: [quote] });
    }
  }
  return [...byEntity.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([entityId, { entity, groups }]) => ({
      entityId,
      entity,
      claims: [...groups.values()].sort(
        (a, b) => roleRank(a.role) - roleRank(b.role) || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0),
      ),
    }));
}

const entityOf = (participant: Participant): EntityRecord => {
  if (participant.entity === undefined) throw new Error('the participant was not projected');
  return participant.entity;
};

const sourceOf = (group: RoleGroup): SourceRecord => {
  const source = group.quotes[0]?.source;
  if (source === undefined) throw new Error('the role claim source was not projected');
  return source;
};

const evidenceOf = (group: RoleGroup): EvidenceRecord[] =>
  group.quotes.map((quote) => {
    if (quote.evidence === undefined) throw new Error('the role claim evidence was not projected');
    return quote.evidence;
  });

export interface RoleClaimRecord {
  readonly role: ParticipantRole;
  readonly source: SourceRecord;
  readonly evidence: readonly EvidenceRecord[];
  readonly shown: boolean;
}

export interface ParticipantRolesRecord {
  readonly entity: EntityRecord;
  readonly roles: readonly ParticipantRole[];
  readonly resolution: DetailResolution;
  readonly claims: readonly RoleClaimRecord[];
}

/** Each participant once, by entity id, with its roles shown and every source's role. */
export function participantRolesOf(event: EventRecord): ParticipantRolesRecord[] {
  return participants(event).map((participant) => {
    const { roles, resolution } = resolveRoles(participant.claims);
    return {
      get entity() {
        return entityOf(participant);
      },
      roles,
      resolution,
      claims: participant.claims.slice(0, LIST_CAPS.roleClaims).map((group) => ({
        role: group.role,
        get source() {
          return sourceOf(group);
        },
        get evidence() {
          return evidenceOf(group);
        },
        shown: roles.includes(group.role),
      })),
    };
  });
}

/** A conflict per participant whose sources give roles that cannot both hold, by entity id. */
export function roleConflictsOf(event: EventRecord): DetailConflictRecord[] {
  return participants(event).flatMap((participant) => {
    const { conflicting } = resolveRoles(participant.claims);
    if (conflicting.length === 0) return [];
    return [
      {
        field: 'PARTICIPANT_ROLE' as const,
        get entity() {
          return entityOf(participant);
        },
        values: conflicting.slice(0, LIST_CAPS.evidence).map((group) => ({
          value: group.role,
          role: group.role,
          get entity() {
            return entityOf(participant);
          },
          get source() {
            return sourceOf(group);
          },
          get evidence() {
            return evidenceOf(group);
          },
        })),
      },
    ];
  });
}
