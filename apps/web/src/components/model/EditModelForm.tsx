import type { Model } from '@mmt/domain';
import { useState } from 'react';
import { useUpdateModel } from '../../api/models';
import { modelErrorToErrors, staleEditCurrent } from '../../lib/apiErrors';
import {
  changedFields,
  modelToForm,
  reapplyEdits,
  toUpdateInput,
  validateUpdate,
  type ModelFormValues,
} from '../../lib/modelForm';
import { useMutationForm } from '../../lib/useMutationForm';
import { FormErrorSummary } from '../FormErrorSummary';
import { ModelFormFields } from '../ModelFormFields';
import { SubmitButton } from '../SubmitButton';
import { ConflictPanel } from './ConflictPanel';

interface Props {
  model: Model;
  onDone: (saved: Model | null) => void;
}

/** Edits a model against the version it started from; a stale save shows both sides instead of losing either. */
export function EditModelForm({ model, onDone }: Props) {
  const [base, setBase] = useState<Model>(model);
  const [conflict, setConflict] = useState<{ mine: ModelFormValues; theirs: Model } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useMutationForm({
    mutation: useUpdateModel(model.id),
    initial: () => modelToForm(model),
    validate: (values) => validateUpdate(base, values),
    toBody: (values) => toUpdateInput(base, values),
    errorsOf: modelErrorToErrors,
    onSubmitStart: () => setNotice(null),
    canSend: (values) => {
      const changed = changedFields(base, values).length > 0;
      if (!changed) setNotice('Nothing has changed yet.');
      return changed;
    },
    onSuccess: (saved) => onDone(saved),
    onError: (error, mine) => {
      const theirs = staleEditCurrent(error);
      if (theirs) setConflict({ mine, theirs });
    },
  });

  const reapply = () => {
    if (!conflict) return;
    form.setValues(reapplyEdits(base, conflict.mine, conflict.theirs));
    setBase(conflict.theirs);
    setConflict(null);
    setNotice(`Your edits are now on top of version ${conflict.theirs.version}. Review them and save again.`);
  };

  const discardMine = () => {
    if (!conflict) return;
    form.setValues(modelToForm(conflict.theirs));
    setBase(conflict.theirs);
    setConflict(null);
    setNotice(`Loaded version ${conflict.theirs.version}. Your edits were discarded.`);
  };

  return (
    <form className="model-form" noValidate onSubmit={form.submit} aria-label="Edit model">
      {conflict && (
        <ConflictPanel
          original={base}
          mine={conflict.mine}
          theirs={conflict.theirs}
          onReapply={reapply}
          onDiscardMine={discardMine}
        />
      )}
      {notice && (
        <p className="panel panel-info" role="status">
          {notice}
        </p>
      )}
      <FormErrorSummary errors={form.errors} countFields />
      <fieldset disabled={conflict !== null} className="fieldset-plain">
        <legend className="visually-hidden">Model fields (editing version {base.version})</legend>
        <ModelFormFields
          values={form.values}
          errors={form.errors}
          onChange={form.setField}
          mode="edit"
          idPrefix="edit"
        />
        <div className="form-actions">
          <SubmitButton pending={form.pending} pendingLabel="Saving…">
            Save changes
          </SubmitButton>
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
