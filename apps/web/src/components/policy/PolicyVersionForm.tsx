import { DEPLOYMENT_TARGETS, KNOWN_FRAMEWORKS, frameworkLabel, humanize, type PolicyVersion } from '@mmt/domain';
import { useAddPolicyVersion } from '../../api/policy';
import { todayIso } from '../../lib/format';
import {
  emptyAllowance,
  policyFieldLabel,
  policyToForm,
  toPolicyBody,
  validatePolicyForm,
  type AllowanceFormValues,
} from '../../lib/policyForm';
import { useMutationForm } from '../../lib/useMutationForm';
import { CheckboxGroup } from '../CheckboxGroup';
import { Field } from '../Field';
import { FormErrorSummary } from '../FormErrorSummary';
import { SubmitButton } from '../SubmitButton';

/** A new policy version, prefilled from the one in force; sent whole with PUT. */
export function PolicyVersionForm({
  current,
  onDone,
}: {
  current: PolicyVersion;
  onDone: (added: PolicyVersion | null) => void;
}) {
  const form = useMutationForm({
    mutation: useAddPolicyVersion(),
    initial: () => policyToForm(current, todayIso()),
    validate: validatePolicyForm,
    toBody: toPolicyBody,
    fieldLabel: policyFieldLabel,
    onSuccess: (added) => onDone(added),
  });
  const { values, errors, setField, setValues } = form;
  const setAllowance = (index: number, change: Partial<AllowanceFormValues>) =>
    setValues((v) => ({ ...v, allowances: v.allowances.map((a, i) => (i === index ? { ...a, ...change } : a)) }));

  return (
    <form className="policy-form" noValidate onSubmit={form.submit} aria-labelledby="new-version-title">
      <h2 id="new-version-title">Add a policy version</h2>
      <p className="muted">
        Prefilled from the version in force. Saving adds a new version; earlier versions stay and keep judging the past.
      </p>
      <FormErrorSummary errors={errors} countFields />
      <div className="form-grid">
        <Field
          id="policy-inForceFrom"
          label="In force from"
          error={errors.inForceFrom}
          required
          hint="When this version takes over"
        >
          {(a11y) => <input {...a11y} type="date" {...form.bind('inForceFrom')} />}
        </Field>
        <Field
          id="policy-newProjectsFrom"
          label="New projects from"
          error={errors.newProjectsFrom}
          required
          hint="Projects started on or after this date are new"
        >
          {(a11y) => <input {...a11y} type="date" {...form.bind('newProjectsFrom')} />}
        </Field>
        <Field id="policy-preferredFramework" label="Preferred framework" error={errors.preferredFramework} required>
          {(a11y) => (
            <select {...a11y} {...form.bind('preferredFramework')}>
              {KNOWN_FRAMEWORKS.map((framework) => (
                <option key={framework} value={framework}>
                  {frameworkLabel(framework)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <CheckboxGroup
        idPrefix="policy-legacy"
        legend="Legacy frameworks"
        options={KNOWN_FRAMEWORKS}
        selected={values.legacyFrameworks}
        label={frameworkLabel}
        onChange={(next) => setField('legacyFrameworks', next)}
        error={errors.legacyFrameworks}
      />
      <CheckboxGroup
        idPrefix="policy-governed"
        legend="Governed frameworks"
        options={KNOWN_FRAMEWORKS}
        selected={values.governedFrameworks}
        label={frameworkLabel}
        onChange={(next) => setField('governedFrameworks', next)}
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
              options={KNOWN_FRAMEWORKS}
              selected={allowance.frameworks}
              label={frameworkLabel}
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
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Add policy version
        </SubmitButton>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
