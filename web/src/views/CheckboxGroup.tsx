import { useId } from 'react';
import { toggled } from './timeline-filter.js';

export interface CheckboxOption<T extends string> {
  readonly value: T;
  readonly label: string;
  /** A colour swatch shown before the label (the same colour the view draws the code in). */
  readonly colour?: string;
}

interface CheckboxGroupProps<T extends string> {
  readonly legend: string;
  /** Says what an empty selection means (nothing checked: no restriction). */
  readonly hint: string;
  readonly options: readonly CheckboxOption<T>[];
  readonly selected: readonly T[];
  readonly onChange: (selected: T[]) => void;
  /** Names the group's codes in data attributes for tests, e.g. "type". */
  readonly name: string;
}

/** A fieldset of checkboxes selecting codes; none checked means all. */
export function CheckboxGroup<T extends string>({ legend, hint, options, selected, onChange, name }: CheckboxGroupProps<T>) {
  const hintId = useId();
  if (options.length === 0) return null;
  return (
    <fieldset className="tl-checkboxes" aria-describedby={hintId} data-filter={name}>
      <legend>{legend}</legend>
      <p id={hintId} className="views-sr-only">
        {hint}
      </p>
      {options.map((option) => (
        <label key={option.value} className="tl-checkbox">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) => onChange(toggled(selected, option.value, event.currentTarget.checked))}
          />
          {option.colour && <span className="tl-swatch" style={{ background: option.colour }} aria-hidden="true" />}
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
