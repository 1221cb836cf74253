import { useId } from 'react';
import { useMessages } from '../i18n/useMessages.js';

/** How many hops around the entity the graph shows (the API allows 1 to 3). */
export function GraphDepthSelect({ depth, onChange }: { readonly depth: number; readonly onChange: (depth: number) => void }) {
  const { t } = useMessages();
  const id = useId();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('entity.depth')}</label>
      <select id={id} value={depth} onChange={(event) => onChange(Number(event.target.value))}>
        {[1, 2, 3].map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </div>
  );
}
