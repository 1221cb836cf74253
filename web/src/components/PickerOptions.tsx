import type { EntityRef } from '../api/shapes.js';
import { useMessages } from '../i18n/useMessages.js';
import { LocalizedTextView } from './LocalizedTextView.js';

interface Props {
  readonly id: string;
  /** The id of each option, so the combobox can point at the active one. */
  readonly optionId: (index: number) => string;
  readonly label: string;
  readonly options: readonly EntityRef[];
  readonly active: number;
  readonly onChoose: (entity: EntityRef) => void;
}

/** The matches under an entity picker, each with its kind. */
export function PickerOptions({ id, optionId, label: name, options, active, onChoose }: Props) {
  const { label } = useMessages();
  return (
    <ul id={id} role="listbox" aria-label={name} className="picker-options">
      {options.map((option, index) => (
        <li
          key={option.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'active' : undefined}
          // Keeps the focus in the field, so its blur does not close the list before the click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(option)}
        >
          <LocalizedTextView text={option.names} />
          <span className="muted"> · {label('EntityKind', option.kind)}</span>
        </li>
      ))}
    </ul>
  );
}
