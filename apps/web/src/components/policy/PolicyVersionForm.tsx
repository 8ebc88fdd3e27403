import { DEPLOYMENT_TARGETS, FRAMEWORKS, type PolicyVersion } from '@mmt/domain';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useAddPolicyVersion } from '../../api/policy';
import { errorMessage } from '../../lib/apiErrors';
import { FRAMEWORK_LABELS, humanize, todayIso } from '../../lib/format';
import { detailsToIssues, hasErrors, issuesToErrors, type ErrorMap } from '../../lib/formErrors';
import {
  emptyAllowance,
  policyFieldLabel,
  policyToForm,
  toPolicyBody,
  validatePolicyForm,
  type AllowanceFormValues,
  type PolicyFormValues,
} from '../../lib/policyForm';
import { CheckboxGroup } from '../CheckboxGroup';
import { Field } from '../Field';

const frameworkName = (framework: string) => FRAMEWORK_LABELS[framework] ?? framework;

/** A new policy version, prefilled from the one in force; sent whole with PUT. */
export function PolicyVersionForm({
  current,
  onDone,
}: {
  current: PolicyVersion;
  onDone: (added: PolicyVersion | null) => void;
}) {
  const addVersion = useAddPolicyVersion();
  const [values, setValues] = useState<PolicyFormValues>(() => policyToForm(current, todayIso()));
  const [errors, setErrors] = useState<ErrorMap>({});

  const set = <K extends keyof PolicyFormValues>(key: K, value: PolicyFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setAllowance = (index: number, change: Partial<AllowanceFormValues>) =>
    setValues((v) => ({ ...v, allowances: v.allowances.map((a, i) => (i === index ? { ...a, ...change } : a)) }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePolicyForm(values);
    setErrors(found);
    if (hasErrors(found)) return;
    addVersion.mutate(toPolicyBody(values), {
      onSuccess: (added) => onDone(added),
      onError: (error) =>
        setErrors(
          error instanceof ApiError && error.details.length
            ? issuesToErrors(detailsToIssues(error.details), policyFieldLabel)
            : { _form: errorMessage(error) },
        ),
    });
  };

  return (
    <form className="policy-form" noValidate onSubmit={onSubmit} aria-labelledby="new-version-title">
      <h2 id="new-version-title">Add a policy version</h2>
      <p className="muted">
        Prefilled from the version in force. Saving adds a new version; earlier versions stay and keep judging the past.
      </p>
      {hasErrors(errors) && (
        <div className="panel panel-error" role="alert">
          {errors._form ? <p>{errors._form}</p> : <p>Some fields need attention. See the messages below them.</p>}
        </div>
      )}
      <div className="form-grid">
        <Field
          id="policy-inForceFrom"
          label="In force from"
          error={errors.inForceFrom}
          required
          hint="When this version takes over"
        >
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              value={values.inForceFrom}
              onChange={(e) => set('inForceFrom', e.target.value)}
            />
          )}
        </Field>
        <Field
          id="policy-newProjectsFrom"
          label="New projects from"
          error={errors.newProjectsFrom}
          required
          hint="Projects started on or after this date are new"
        >
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              value={values.newProjectsFrom}
              onChange={(e) => set('newProjectsFrom', e.target.value)}
            />
          )}
        </Field>
        <Field id="policy-preferredFramework" label="Preferred framework" error={errors.preferredFramework} required>
          {(a11y) => (
            <select
              {...a11y}
              value={values.preferredFramework}
              onChange={(e) => set('preferredFramework', e.target.value as PolicyFormValues['preferredFramework'])}
            >
              {FRAMEWORKS.map((framework) => (
                <option key={framework} value={framework}>
                  {frameworkName(framework)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <CheckboxGroup
        idPrefix="policy-legacy"
        legend="Legacy frameworks"
        options={FRAMEWORKS}
        selected={values.legacyFrameworks}
        label={frameworkName}
        onChange={(next) => set('legacyFrameworks', next)}
        error={errors.legacyFrameworks}
      />
      <CheckboxGroup
        idPrefix="policy-governed"
        legend="Governed frameworks"
        options={FRAMEWORKS}
        selected={values.governedFrameworks}
        label={frameworkName}
        onChange={(next) => set('governedFrameworks', next)}
        error={errors.governedFrameworks}
      />

      <h3>Allowances</h3>
      <p className="muted">
        A model matches an allowance when it matches every list given. Leave a list empty to match any value.
      </p>
      {values.allowances.length === 0 && <p className="muted">No allowances.</p>}
      {values.allowances.map((allowance, index) => {
        const prefix = `allowances.${index}`;
        return (
          <fieldset key={index} className="allowance-editor">
            <legend>Allowance {index + 1}</legend>
            <CheckboxGroup
              idPrefix={`allowance-${index}-frameworks`}
              legend="Frameworks"
              options={FRAMEWORKS}
              selected={allowance.frameworks}
              label={frameworkName}
              onChange={(next) => setAllowance(index, { frameworks: next })}
              error={errors[`${prefix}.frameworks`]}
            />
            <CheckboxGroup
              idPrefix={`allowance-${index}-targets`}
              legend="Deployment targets"
              options={DEPLOYMENT_TARGETS}
              selected={allowance.deploymentTargets}
              label={humanize}
              onChange={(next) => setAllowance(index, { deploymentTargets: next })}
              error={errors[`${prefix}.deploymentTargets`]}
            />
            <Field
              id={`allowance-${index}-servingStacks`}
              label="Serving stacks"
              error={errors[`${prefix}.servingStacks`]}
              hint="Comma-separated, e.g. tf-lite"
            >
              {(a11y) => (
                <input
                  {...a11y}
                  type="text"
                  value={allowance.servingStacks}
                  onChange={(e) => setAllowance(index, { servingStacks: e.target.value })}
                />
              )}
            </Field>
            <Field id={`allowance-${index}-reason`} label="Reason" error={errors[`${prefix}.reason`]} required>
              {(a11y) => (
                <textarea
                  {...a11y}
                  rows={2}
                  value={allowance.reason}
                  onChange={(e) => setAllowance(index, { reason: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="button-danger-outline"
              onClick={() => setValues((v) => ({ ...v, allowances: v.allowances.filter((_, i) => i !== index) }))}
            >
              Remove allowance {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => setValues((v) => ({ ...v, allowances: [...v.allowances, emptyAllowance()] }))}
      >
        Add allowance
      </button>

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={addVersion.isPending}>
          {addVersion.isPending ? 'Saving…' : 'Add policy version'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
