import { useMessages } from '../i18n/useMessages.js';

/** How well a fact is attested: reported, corroborated or disputed. */
export function StatusBadge({ status }: { readonly status: string }) {
  const { label } = useMessages();
  return (
    <span className={`badge status status-${status.toLowerCase()}`} data-status={status}>
      {label('EvidenceStatus', status)}
    </span>
  );
}
