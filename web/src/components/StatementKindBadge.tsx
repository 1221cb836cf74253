import { useMessages } from '../i18n/useMessages.js';

/** What kind of statement a quote makes, in the colour the source reader highlights it with. */
export function StatementKindBadge({ kind }: { readonly kind: string }) {
  const { label } = useMessages();
  return (
    <span className={`badge statement statement-${kind.toLowerCase()}`} data-statement-kind={kind}>
      {label('StatementKind', kind)}
    </span>
  );
}
