import { Link, useNavigate } from 'react-router';
import { useCreateModel } from '../api/models';
import { FormErrorSummary } from '../components/FormErrorSummary';
import { ModelFormFields } from '../components/ModelFormFields';
import { RoleGate } from '../components/RoleGate';
import { SubmitButton } from '../components/SubmitButton';
import { modelErrorToErrors } from '../lib/apiErrors';
import { emptyModelForm, toCreateInput, validateCreate } from '../lib/modelForm';
import { useMutationForm } from '../lib/useMutationForm';

export default function RegisterModelPage() {
  return (
    <RoleGate capability="registerModel" title="Register a model" action="register models">
      <RegisterModelForm />
    </RoleGate>
  );
}

function RegisterModelForm() {
  const navigate = useNavigate();
  const form = useMutationForm({
    mutation: useCreateModel(),
    initial: emptyModelForm,
    validate: validateCreate,
    toBody: toCreateInput,
    errorsOf: modelErrorToErrors,
    revalidateOnChange: true,
    onSuccess: (model) => void navigate(`/models/${model.id}`),
  });

  return (
    <section className="page">
      <title>Register model · Model Migration Tracker</title>
      <h1>Register a model</h1>
      <p className="lede">Every field can be changed later; each change is kept in the model's history.</p>
      <form className="model-form" noValidate onSubmit={form.submit} aria-label="Register model">
        <FormErrorSummary errors={form.errors} countFields />
        <ModelFormFields
          values={form.values}
          errors={form.errors}
          onChange={form.setField}
          mode="create"
          idPrefix="new"
        />
        <div className="form-actions">
          <SubmitButton pending={form.pending} pendingLabel="Registering…">
            Register model
          </SubmitButton>
          <Link to="/models">Cancel</Link>
        </div>
      </form>
    </section>
  );
}
