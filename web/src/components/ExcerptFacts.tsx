import { Fragment } from 'react';
import { Link } from 'wouter';
import { useMessages } from '../i18n/useMessages.js';
import type { ExcerptFact } from '../mapping/source.js';
import { useHref } from '../routing.js';
import { LocalizedTextView } from './LocalizedTextView.js';
import { StatementKindBadge } from './StatementKindBadge.js';

/** The facts a passage is evidence for, each with links to the pages it is about. */
export function ExcerptFacts({ facts }: { readonly facts: readonly ExcerptFact[] }) {
  const { t, label } = useMessages();
  const href = useHref();
  if (facts.length === 0) return null;
  return (
    <div className="excerpt-facts">
      <h3 className="small-heading">{t('source.supports')}</h3>
      <ul>
        {facts.map((fact) => (
          <li key={fact.key} data-testid="excerpt-fact">
            <span className="muted">{label(fact.what.group, fact.what.code)}: </span>
            {fact.links.map((link, index) => (
              <Fragment key={link.path}>
                {index > 0 && <span className="muted"> – </span>}
                <Link href={href(link.path)}>
                  <LocalizedTextView text={link.name} />
                </Link>
              </Fragment>
            ))}{' '}
            <StatementKindBadge kind={fact.statementKind} />
            {fact.disputes && <span className="badge disputes">{t('evidence.disputes')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
