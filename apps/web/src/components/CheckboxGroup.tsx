import { toggleInOrder } from '../lib/policyForm';

interface CheckboxGroupProps<T extends string> {
  idPrefix: string;
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label: (value: T) => string;
  onChange: (next: T[]) => void;
  error?: string;
}

/** A list of checkboxes for some of a vocabulary's values, kept in the vocabulary's order. */
export function CheckboxGroup<T extends string>({
  idPrefix,
  legend,
  options,
  selected,
  label,
  onChange,
  error,
}: CheckboxGroupProps<T>) {
  const errorId = error ? `${idPrefix}-error` : undefined;
  return (
    <fieldset className={`checkbox-group${error ? ' field-invalid' : ''}`} aria-describedby={errorId}>
      <legend>{legend}</legend>
      <div className="checkbox-options">
        {options.map((option) => (
          <label key={option} className="checkbox" htmlFor={`${idPrefix}-${option}`}>
            <input
              id={`${idPrefix}-${option}`}
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(event) => onChange(toggleInOrder(options, selected, option, event.target.checked))}
            />
            {label(option)}
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
