import type { Model } from '@mmt/domain';
import { useState, type FormEvent } from 'react';
import { useUpdateModel } from '../../api/models';
import { staleEditCurrent, updateErrorToFieldErrors } from '../../lib/apiErrors';
import {
  changedFields,
  modelToForm,
  reapplyEdits,
  toUpdateInput,
  validateUpdate,
  type FieldErrors,
  type FormField,
  type ModelFormValues,
} from '../../lib/modelForm';
import { FormErrorSummary } from '../FormErrorSummary';
import { ModelFormFields } from '../ModelFormFields';
import { ConflictPanel } from './ConflictPanel';

interface Props {
  model: Model;
  onDone: (saved: Model | null) => void;
}

/** Edits a model against the version it started from; a stale save shows both sides instead of losing either. */
export function EditModelForm({ model, onDone }: Props) {
  const update = useUpdateModel(model.id);
  const [base, setBase] = useState<Model>(model);
  const [values, setValues] = useState<ModelFormValues>(() => modelToForm(model));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<{ mine: ModelFormValues; theirs: Model } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const onChange = (field: FormField, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const found = validateUpdate(base, values);
    setErrors(found);
    if (Object.keys(found).length) return;
    if (changedFields(base, values).length === 0) {
      setNotice('Nothing has changed yet.');
      return;
    }
    update.mutate(toUpdateInput(base, values), {
      onSuccess: (saved) => onDone(saved),
      onError: (error) => {
        const current = staleEditCurrent(error);
        if (current) setConflict({ mine: values, theirs: current });
        else setErrors(updateErrorToFieldErrors(error));
      },
    });
  };

  const reapply = () => {
    if (!conflict) return;
    setValues(reapplyEdits(base, conflict.mine, conflict.theirs));
    setBase(conflict.theirs);
    setConflict(null);
    setNotice(`Your edits are now on top of version ${conflict.theirs.version}. Review them and save again.`);
  };

  const discardMine = () => {
    if (!conflict) return;
    setValues(modelToForm(conflict.theirs));
    setBase(conflict.theirs);
    setConflict(null);
    setNotice(`Loaded version ${conflict.theirs.version}. Your edits were discarded.`);
  };

  return (
    <form className="model-form" noValidate onSubmit={onSubmit} aria-label="Edit model">
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
      <FormErrorSummary errors={errors} />
      <fieldset disabled={conflict !== null} className="fieldset-plain">
        <legend className="visually-hidden">Model fields (editing version {base.version})</legend>
        <ModelFormFields values={values} errors={errors} onChange={onChange} mode="edit" idPrefix="edit" />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
