import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { apiErrorToErrors } from './apiErrors';
import { hasErrors, type ErrorMap, type FieldLabel } from './formErrors';

/** What a form needs of a React Query mutation (one of the `api/*` hooks). */
interface FormMutation<Body, Result> {
  mutate(body: Body, callbacks: { onSuccess: (result: Result) => void; onError: (error: Error) => void }): void;
  isPending: boolean;
}

export interface MutationFormOptions<Values, Body, Result> {
  mutation: FormMutation<Body, Result>;
  /** The form's first values; called again to empty the form after a success (`resetOnSuccess`). */
  initial: () => Values;
  /** The domain schema's verdict on the form's text: field key → message, `{}` when it may be sent. */
  validate: (values: Values) => ErrorMap;
  toBody: (values: Values) => Body;
  /** Puts the API's 400 `details` under the fields this names; the rest go to the form's notice. */
  fieldLabel?: FieldLabel;
  /** Reads a refusal otherwise than by `fieldLabel` (a taken model name, a stale edit). */
  errorsOf?: (error: Error) => ErrorMap;
  /** Runs first on every submit, e.g. to hide the note about the previous success. */
  onSubmitStart?: () => void;
  /** Asked once the values are valid: false keeps them from being sent (the form says why). */
  canSend?: (values: Values) => boolean;
  onSuccess?: (result: Result, sent: Values) => void;
  /** Runs once a refusal's errors show; may return fields to change (a wrong password is emptied). */
  onError?: (error: Error, sent: Values) => Partial<Values> | void;
  resetOnSuccess?: boolean;
  /** After a first attempt, the errors follow the typing. */
  revalidateOnChange?: boolean;
}

type TextKey<Values> = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

export interface MutationForm<Values> {
  values: Values;
  /** Field key → message; `_form` for the form's notice. */
  errors: ErrorMap;
  /** The request is on its way: the submit button waits. */
  pending: boolean;
  setValues: Dispatch<SetStateAction<Values>>;
  setField: <K extends keyof Values>(field: K, value: Values[K]) => void;
  /** `value` and `onChange` of an input, select or textarea that holds the field's text. */
  bind: <K extends TextKey<Values>>(
    field: K,
  ) => { value: Values[K]; onChange: (event: { target: { value: string } }) => void };
  /** The form's `onSubmit`: validates, then sends the body through the mutation. */
  submit: (event: FormEvent) => void;
}

/**
 * The state every form of the app keeps: its values, the errors under its fields, and a submit
 * that checks the values with the domain's schema before the mutation sends them. A refused
 * request's field details land under the same fields.
 */
export function useMutationForm<Values extends object, Body, Result>(
  options: MutationFormOptions<Values, Body, Result>,
): MutationForm<Values> {
  const { mutation, validate } = options;
  const [values, setValues] = useState(options.initial);
  const [errors, setErrors] = useState<ErrorMap>({});
  const [submitted, setSubmitted] = useState(false);

  const setField = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (options.revalidateOnChange && submitted) setErrors(validate({ ...values, [field]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    options.onSubmitStart?.();
    setSubmitted(true);
    const found = validate(values);
    setErrors(found);
    if (hasErrors(found) || options.canSend?.(values) === false) return;
    mutation.mutate(options.toBody(values), {
      onSuccess: (result) => {
        if (options.resetOnSuccess) setValues(options.initial());
        options.onSuccess?.(result, values);
      },
      onError: (error) => {
        setErrors(options.errorsOf ? options.errorsOf(error) : apiErrorToErrors(error, options.fieldLabel ?? noField));
        const change = options.onError?.(error, values);
        if (change) setValues((current) => ({ ...current, ...change }));
      },
    });
  };

  // A text field takes the control's text as it is; a select offers only the values its field allows.
  const bind = <K extends TextKey<Values>>(field: K) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => setField(field, event.target.value as Values[K]),
  });

  return { values, errors, pending: mutation.isPending, setValues, setField, bind, submit };
}

const noField: FieldLabel = () => undefined;
