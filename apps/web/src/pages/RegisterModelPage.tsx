import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCreateModel } from '../api/models';
import { FormErrorSummary } from '../components/FormErrorSummary';
import { ModelFormFields } from '../components/ModelFormFields';
import { RoleGate } from '../components/RoleGate';
import { createErrorToFieldErrors } from '../lib/apiErrors';
import {
  emptyModelForm,
  toCreateInput,
  validateCreate,
  type FieldErrors,
  type FormField,
  type ModelFormValues,
} from '../lib/modelForm';

export default function RegisterModelPage() {
  return (
    <RoleGate capability="registerModel" title="Register a model" action="register models">
      <RegisterModelForm />
    </RoleGate>
  );
}

function RegisterModelForm() {
  const navigate = useNavigate();
  const create = useCreateModel();
  const [values, setValues] = useState<ModelFormValues>(emptyModelForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);

  const onChange = (field: FormField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // After a first attempt, errors follow the user's typing.
    if (submitted) setErrors(validateCreate(next));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = validateCreate(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(toCreateInput(values), {
      onSuccess: (model) => void navigate(`/models/${model.id}`),
      onError: (error) => setErrors(createErrorToFieldErrors(error)),
    });
  };

  return (
    <section className="page">
      <title>Register model · Model Migration Tracker</title>
      <h1>Register a model</h1>
      <p className="lede">Every field can be changed later; each change is kept in the model's history.</p>
      <form className="model-form" noValidate onSubmit={onSubmit} aria-label="Register model">
        <FormErrorSummary errors={errors} />
        <ModelFormFields values={values} errors={errors} onChange={onChange} mode="create" idPrefix="new" />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={create.isPending}>
            {create.isPending ? 'Registering…' : 'Register model'}
          </button>
          <Link to="/models">Cancel</Link>
        </div>
      </form>
    </section>
  );
}
