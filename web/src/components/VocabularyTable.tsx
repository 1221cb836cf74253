import type { AboutQuery } from '../__generated__/graphql.js';
import { directionOf, LANGUAGES } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { useMessages } from '../i18n/useMessages.js';
import { StatementKindBadge } from './StatementKindBadge.js';
import { StatusBadge } from './StatusBadge.js';

interface Props {
  readonly group: 'StatementKind' | 'EvidenceStatus';
  /** The group's codes with their labels in the three languages (the API's vocabulary). */
  readonly entries: readonly AboutQuery['vocabulary'][number][];
}

/** A vocabulary group explained: each code's label, what it means, and its label in each of the three languages. */
export function VocabularyTable({ group, entries }: Props) {
  const { t, label } = useMessages();
  return (
    <table className="vocabulary-table">
      <thead>
        <tr>
          <th scope="col">{t('about.term')}</th>
          <th scope="col">{t('about.meaning')}</th>
          {LANGUAGES.map((code) => (
            <th key={code} scope="col">
              {label('Language', code.toUpperCase())}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.code}>
            <th scope="row">{group === 'StatementKind' ? <StatementKindBadge kind={entry.code} /> : <StatusBadge status={entry.code} />}</th>
            <td>{t(`meaning.${group}.${entry.code}` as MessageKey)}</td>
            {LANGUAGES.map((code) => (
              <td key={code} lang={code} dir={directionOf(code)}>
                {entry.labels[code]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
