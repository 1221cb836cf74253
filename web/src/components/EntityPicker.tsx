import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { EntityRef } from '../api/shapes.js';
import { useEntitySearch } from '../hooks/useEntitySearch.js';
import { pickText } from '../i18n/localized.js';
import { useMessages } from '../i18n/useMessages.js';
import { PickerOptions } from './PickerOptions.js';

interface Props {
  readonly label: string;
  /** The entity chosen, when there is one. */
  readonly value: EntityRef | null;
  readonly onChange: (entity: EntityRef | null) => void;
  readonly testId: string;
}

/** A labelled combobox: type a name in any language, pick an entity from the matches (arrow keys and Enter work). */
export function EntityPicker({ label, value, onChange, testId }: Props) {
  const { t, language } = useMessages();
  const id = useId();
  const shown = pickText(value?.names, language)?.text ?? '';
  const [typed, setTyped] = useState(shown);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => setTyped(shown), [shown]);

  // Nothing to look up while the field shows the chosen entity's name.
  const options = useEntitySearch(typed, open && typed.trim() !== shown, language);
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (option: EntityRef) => {
    onChange(option);
    setOpen(false);
    setTyped(pickText(option.names, language)?.text ?? option.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0), Math.max(options.length - 1, 0)));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="picker" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="picker-field">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? `${id}-list` : undefined}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          // Late enough for a click on an option to land first.
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {value && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onChange(null);
              setTyped('');
            }}
          >
            {t('paths.clear')}
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('paths.pickerHint')}
      </p>
      {expanded && <PickerOptions id={`${id}-list`} optionId={optionId} label={label} options={options} active={active} onChoose={choose} />}
    </div>
  );
}
