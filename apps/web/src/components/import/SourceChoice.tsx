import { useId } from 'react';
import { IMPORT_CHOICES, type ImportChoice } from '../../lib/imports';

/** Where the models come from: our own CSV or JSON, or the files of MLflow, Hugging Face or Backstage. */
export function SourceChoice({
  value,
  disabled,
  onChange,
}: {
  value: ImportChoice;
  disabled: boolean;
  onChange: (choice: ImportChoice) => void;
}) {
  const name = useId();
  return (
    <fieldset className="panel source-choice" disabled={disabled}>
      <legend>Import from</legend>
      <div className="source-options">
        {IMPORT_CHOICES.map((choice) => (
          <label key={choice.value} className="source-option">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
