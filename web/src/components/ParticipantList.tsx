import type { ParticipationResult } from '../api/shapes.js';
import { useMessages } from '../i18n/useMessages.js';
import { EntityLink } from './EntityLink.js';
import { EvidenceList } from './EvidenceList.js';
import { StatusBadge } from './StatusBadge.js';

/** An event's participants, each with its role, how well its part is attested, and the quotes for it. */
export function ParticipantList({ participants }: { readonly participants: readonly ParticipationResult[] }) {
  const { label } = useMessages();
  return (
    <ul className="participant-list">
      {participants.map((participant) => (
        <li key={participant.id} data-testid="participant" data-role={participant.role} data-entity-id={participant.entity.id}>
          <div className="participant-head">
            <span className="role">{label('ParticipantRole', participant.role)}</span>
            <span className="participant-name">
              <EntityLink entity={participant.entity} showKind />
            </span>
            <StatusBadge status={participant.status} />
          </div>
          <EvidenceList evidence={participant.evidence} />
        </li>
      ))}
    </ul>
  );
}
