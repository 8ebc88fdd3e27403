import {
  DEPLOYMENT_TARGETS,
  FRAMEWORKS,
  KNOWN_FRAMEWORKS,
  LIFECYCLES,
  MIGRATION_LABELS,
  MIGRATION_STATUSES,
  SERIALIZATION_SUGGESTIONS,
  SERVING_STACK_SUGGESTIONS,
  frameworkLabel,
  humanize,
} from '@mmt/domain';
import type { ErrorMap } from '../lib/formErrors';
import { FIELD_LABELS, type FormField, type ModelFormValues } from '../lib/modelForm';
import { Field } from './Field';

interface Props {
  values: ModelFormValues;
  errors: ErrorMap;
  onChange: (field: FormField, value: string) => void;
  /** `create` adds "in this state since". */
  mode: 'create' | 'edit';
  idPrefix: string;
}

/** Every field of a model, shared by the register and edit forms. */
export function ModelFormFields({ values, errors, onChange, mode, idPrefix }: Props) {
  const id = (field: FormField) => `${idPrefix}-${field}`;
  const text = (
    field: FormField,
    options: { required?: boolean; hint?: string; list?: string; type?: string; placeholder?: string } = {},
  ) => (
    <Field
      id={id(field)}
      label={FIELD_LABELS[field]}
      error={errors[field]}
      hint={options.hint}
      required={options.required}
    >
      {(a11y) => (
        <input
          {...a11y}
          name={field}
          type={options.type ?? 'text'}
          value={values[field]}
          list={options.list}
          placeholder={options.placeholder}
          required={options.required}
          autoComplete="off"
          onChange={(event) => onChange(field, event.target.value)}
        />
      )}
    </Field>
  );
  const select = <T extends string>(
    field: FormField,
    choices: readonly T[],
    label: (value: T) => string,
    options: { required?: boolean; blank?: string } = {},
  ) => (
    <Field id={id(field)} label={FIELD_LABELS[field]} error={errors[field]} required={options.required}>
      {(a11y) => (
        <select
          {...a11y}
          name={field}
          value={values[field]}
          required={options.required}
          onChange={(event) => onChange(field, event.target.value)}
        >
          {options.blank !== undefined && <option value="">{options.blank}</option>}
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {label(choice)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <>
      <fieldset>
        <legend>What it is</legend>
        <div className="form-grid">
          {text('name', { required: true })}
          {text('team', { required: true })}
          {text('task', { placeholder: 'e.g. NER, text classification' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>How it is built</legend>
        <div className="form-grid">
          {select('framework', FRAMEWORKS, frameworkLabel, {
            required: true,
            blank: mode === 'create' ? 'Choose…' : undefined,
          })}
          {text('frameworkVersion', { placeholder: 'e.g. 1.15.2' })}
          {select('deploymentTarget', DEPLOYMENT_TARGETS, humanize)}
          {text('servingStack', { list: `${idPrefix}-serving-stacks`, hint: 'Pick a suggestion or type your own' })}
          {text('serialization', { list: `${idPrefix}-serializations`, hint: 'Pick a suggestion or type your own' })}
        </div>
        <datalist id={`${idPrefix}-serving-stacks`}>
          {SERVING_STACK_SUGGESTIONS.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
        <datalist id={`${idPrefix}-serializations`}>
          {SERIALIZATION_SUGGESTIONS.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      </fieldset>
      <fieldset>
        <legend>Lifecycle and migration</legend>
        <div className="form-grid">
          {select('lifecycle', LIFECYCLES, humanize, {
            required: true,
            blank: mode === 'create' ? 'Choose…' : undefined,
          })}
          {text('startedOn', {
            type: 'date',
            required: true,
            hint: 'Decides whether the policy treats it as a new or a legacy project',
          })}
          {select('migration', MIGRATION_STATUSES, (value) => MIGRATION_LABELS[value])}
          {select('migrationTarget', KNOWN_FRAMEWORKS, frameworkLabel, { blank: 'None' })}
          {text('retireBy', { type: 'date' })}
          {mode === 'create' &&
            text('since', {
              type: 'date',
              hint: 'For a model that already exists: the date it has been in this state since (not in the future). Leave empty for today.',
            })}
        </div>
      </fieldset>
      <fieldset>
        <legend>More</legend>
        <div className="form-grid">
          {text('repoUrl', { type: 'url', placeholder: 'https://…' })}
          {text('tags', { hint: 'Comma-separated, e.g. nlp, customs' })}
        </div>
        <Field id={id('description')} label={FIELD_LABELS.description} error={errors.description}>
          {(a11y) => (
            <textarea
              {...a11y}
              name="description"
              rows={4}
              value={values.description}
              onChange={(event) => onChange('description', event.target.value)}
            />
          )}
        </Field>
      </fieldset>
    </>
  );
}
