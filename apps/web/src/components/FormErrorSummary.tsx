import type { ErrorMap } from '../lib/formErrors';

/**
 * A refused form's notice: what belongs to no field and, with `countFields`, how many fields
 * need attention (each message also sits under its own field).
 */
export function FormErrorSummary({ errors, countFields = false }: { errors: ErrorMap; countFields?: boolean }) {
  const { _form: formError, ...fieldErrors } = errors;
  const count = countFields ? Object.keys(fieldErrors).length : 0;
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
