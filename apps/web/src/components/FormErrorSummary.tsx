import type { FieldErrors } from '../lib/modelForm';

/** A short notice at the top of a form; each message also sits under its own field. */
export function FormErrorSummary({ errors }: { errors: FieldErrors }) {
  const { _form: formError, ...fieldErrors } = errors;
  const count = Object.keys(fieldErrors).length;
  if (!formError && count === 0) return null;
  return (
    <div className="panel panel-error" role="alert">
      {formError && <p>{formError}</p>}
      {count > 0 && (
        <p>
          {count === 1 ? 'One field needs attention.' : `${count} fields need attention.`} See the messages below each
          field.
        </p>
      )}
    </div>
  );
}
