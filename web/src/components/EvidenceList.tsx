import type { EvidenceResult } from '../api/shapes.js';
import { useMessages } from '../i18n/useMessages.js';
import { Interpolated } from './Interpolated.js';
import { LocalizedTextView } from './LocalizedTextView.js';
import { QuoteLink } from './QuoteLink.js';
import { StatementKindBadge } from './StatementKindBadge.js';

interface Props {
  readonly evidence: readonly EvidenceResult[];
  /** The test id of each item: 'evidence' for a page's own facts, another for nested ones. */
  readonly itemTestId?: string;
}

/** The quotes a fact rests on, each with the kind of statement it makes and who makes it. */
export function EvidenceList({ evidence, itemTestId = 'evidence-item' }: Props) {
  const { t } = useMessages();
  if (evidence.length === 0) return <p className="muted">{t('evidence.none')}</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((item) => (
        <li key={`${item.excerptId}/${item.statementKind}/${item.stance}`} data-testid={itemTestId} data-statement-kind={item.statementKind}>
          <QuoteLink evidence={item} />
          <div className="evidence-meta">
            <StatementKindBadge kind={item.statementKind} />
            {item.stance === 'DISPUTES' && <span className="badge disputes">{t('evidence.disputes')}</span>}
            {item.attributedTo && (
              <span className="muted">
                <Interpolated template={t('evidence.attributedTo')} values={{ name: <LocalizedTextView text={item.attributedTo.names} /> }} />
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
