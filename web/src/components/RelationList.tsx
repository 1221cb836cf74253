import type { RelationResult } from '../api/shapes.js';
import { uiLanguageOf } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { DateView } from './DateView.js';
import { EntityLink } from './EntityLink.js';
import { EvidenceList } from './EvidenceList.js';
import { Interpolated } from './Interpolated.js';
import { LocalizedTextView } from './LocalizedTextView.js';
import { StatusBadge } from './StatusBadge.js';

/** Whether a date's resolution is worth a word: another source refined it, or sources disagree. */
const shownResolution = (resolution: RelationResult['sinceResolution']) => resolution === 'REFINED' || resolution === 'CONFLICT';

/**
 * An entity's relations as sentences ("Hammouchi — heads — DGSN"), the page's own entity unlinked, each with
 * its dates (saying when another source refined them or sources disagree), its status and the quotes it rests on.
 */
export function RelationList({ entityId, relations }: { readonly entityId: string; readonly relations: readonly RelationResult[] }) {
  const { t, label } = useMessages();
  if (relations.length === 0) return <p className="muted">{t('entity.noRelations')}</p>;
  const party = (entity: RelationResult['from']) =>
    entity.id === entityId ? (
      <strong className="self">
        <LocalizedTextView text={entity.names} />
      </strong>
    ) : (
      <EntityLink entity={entity} />
    );
  return (
    <ul className="relation-list">
      {relations.map((relation) => {
        const phraseLanguage = relation.evidence[0] ? uiLanguageOf(relation.evidence[0].source.language) : undefined;
        return (
          <li key={relation.id} data-testid="relation" data-relation-type={relation.type}>
            <p className="relation-sentence">
              {party(relation.from)} <span className="relation-type">{label('RelationType', relation.type)}</span> {party(relation.to)}
            </p>
            <div className="relation-meta">
              {relation.since && (
                <span className="muted">
                  <Interpolated
                    template={t('relation.since')}
                    values={{ date: <DateView date={relation.since} phraseLanguage={phraseLanguage} /> }}
                  />
                  {shownResolution(relation.sinceResolution) && <> ({label('DateResolution', relation.sinceResolution)})</>}
                </span>
              )}
              {relation.until && (
                <span className="muted">
                  <Interpolated
                    template={t('relation.until')}
                    values={{ date: <DateView date={relation.until} phraseLanguage={phraseLanguage} /> }}
                  />
                  {shownResolution(relation.untilResolution) && <> ({label('DateResolution', relation.untilResolution)})</>}
                </span>
              )}
              <StatusBadge status={relation.status} />
            </div>
            <EvidenceList evidence={relation.evidence} />
          </li>
        );
      })}
    </ul>
  );
}
