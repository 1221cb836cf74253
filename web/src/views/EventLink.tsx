import type { MouseEvent, ReactNode } from 'react';
import type { LinkProps } from './types.js';

interface EventLinkProps extends LinkProps {
  readonly eventId: string;
  readonly children: ReactNode;
  readonly className?: string;
}

/** A real link to an event page; a plain left click goes through `onOpenEvent` when given (client routing). */
export function EventLink({ eventId, eventHref, onOpenEvent, linkTarget, className, children }: EventLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onOpenEvent || linkTarget || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpenEvent(eventId);
  };
  return (
    <a className={className} href={eventHref(eventId)} target={linkTarget} rel={linkTarget === '_blank' ? 'noopener' : undefined} onClick={onClick}>
      {children}
    </a>
  );
}
