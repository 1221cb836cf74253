import { useMessages } from '../i18n/useMessages.js';

interface Props {
  readonly type: string;
  readonly role?: string | null | undefined;
}

/** What a graph link says, translated: "took part in (as host)", "heads", "took place in". */
export function EdgeLabel({ type, role }: Props) {
  const { t, label } = useMessages();
  return (
    <span className="relation-type" data-edge-type={type}>
      {label('GraphEdgeType', type)}
      {role && <span className="muted"> ({t('paths.as', { role: label('ParticipantRole', role) })})</span>}
    </span>
  );
}
