import { Link } from 'wouter';
import type { GraphNodeResult } from '../api/shapes.js';
import { useMessages } from '../i18n/useMessages.js';
import { nodePath, useHref } from '../routing.js';
import { LocalizedTextView } from './LocalizedTextView.js';

/** A link to the page of a graph node (an entity or an event), with what it is. */
export function GraphNodeLink({ node, showKind = true }: { readonly node: GraphNodeResult; readonly showKind?: boolean }) {
  const { label } = useMessages();
  const href = useHref();
  const isEvent = node.nodeType === 'EVENT';
  const kind = isEvent ? (node.eventType ? label('EventType', node.eventType) : null) : node.entityKind ? label('EntityKind', node.entityKind) : null;
  return (
    <>
      <Link href={href(nodePath(node.id, isEvent))} className="entity-link">
        <LocalizedTextView text={node.labels} />
      </Link>
      {showKind && kind && <span className="muted"> · {kind}</span>}
    </>
  );
}
