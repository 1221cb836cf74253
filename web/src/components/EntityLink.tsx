import { Link } from 'wouter';
import type { LocalizedText } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { nodePath, useHref } from '../routing.js';
import { LocalizedTextView } from './LocalizedTextView.js';

interface Props {
  readonly entity: { readonly id: string; readonly kind?: string; readonly names: LocalizedText };
  /** Show the entity's kind after the name. */
  readonly showKind?: boolean;
}

/** A link to an entity's page, named in the reader's language. */
export function EntityLink({ entity, showKind = false }: Props) {
  const href = useHref();
  const { label } = useMessages();
  return (
    <>
      <Link href={href(nodePath(entity.id, false))} className="entity-link">
        <LocalizedTextView text={entity.names} />
      </Link>
      {showKind && entity.kind && <span className="muted kind-after"> · {label('EntityKind', entity.kind)}</span>}
    </>
  );
}
