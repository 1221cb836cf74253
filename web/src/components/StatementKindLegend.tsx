import { STATEMENT_KINDS } from '../../../src/domain/vocabulary.js';
import { useMessages } from '../i18n/useMessages.js';

/** What the highlight colours mean: one swatch per kind of statement, and one for passages cited for no fact. */
export function StatementKindLegend() {
  const { t, label } = useMessages();
  return (
    <div className="legend" role="group" aria-label={t('source.legend')}>
      {STATEMENT_KINDS.map((kind) => (
        <span key={kind} className="legend-item">
          <mark className={`excerpt swatch statement-${kind.toLowerCase()}`} aria-hidden="true">
            {'\u00a0\u00a0\u00a0'}
          </mark>
          {label('StatementKind', kind)}
        </span>
      ))}
      <span className="legend-item">
        <mark className="excerpt swatch statement-unknown" aria-hidden="true">
          {'\u00a0\u00a0\u00a0'}
        </mark>
        {t('source.notEvidence')}
      </span>
    </div>
  );
}
