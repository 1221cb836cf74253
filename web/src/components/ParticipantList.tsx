import type { ParticipantRolesResult, ParticipationResult } from '../api/shapes.js';
import { useMessages } from '../i18n/useMessages.js';
import { EntityLink } from './EntityLink.js';
import { EvidenceList } from './EvidenceList.js';
import { StatusBadge } from './StatusBadge.js';

/**
 * An event's participants, each with its role, how well its part is attested, and the quotes for it. The roles the
 * API shows for each participant (Event.participantRoles) decide what is listed: a PARTICIPANT that another source's
 * specific role refines is left out, a role refined or in conflict says so.
 */
export function ParticipantList({
  participants,
  participantRoles,
}: {
  readonly participants: readonly ParticipationResult[];
  readonly participantRoles: readonly ParticipantRolesResult[];
}) {
  const { label } = useMessages();
  const resolved = new Map(participantRoles.map((participant) => [participant.entity.id, participant]));
  const listed = participants.flatMap((participation) => {
    const roles = resolved.get(participation.entity.id);
    const shown = roles === undefined || roles.roles.includes(participation.role);
    if (!shown && roles.resolution !== 'CONFLICT') return [];
    const note = roles === undefined || roles.resolution === 'SINGLE' || roles.resolution === 'AGREED' ? null : roles.resolution;
    return [{ participation, note }];
  });
  return (
    <ul className="participant-list">
      {listed.map(({ participation, note }) => (
        <li
          key={participation.id}
          data-testid="participant"
          data-role={participation.role}
          data-entity-id={participation.entity.id}
          data-resolution={note ?? undefined}
        >
          <div className="participant-head">
            <span className="role">{label('ParticipantRole', participation.role)}</span>
            <span className="participant-name">
              <EntityLink entity={participation.entity} showKind />
            </span>
            <StatusBadge status={participation.status} />
            {note && <span className="muted">({label('DetailResolution', note)})</span>}
          </div>
          <EvidenceList evidence={participation.evidence} />
        </li>
      ))}
    </ul>
  );
}
