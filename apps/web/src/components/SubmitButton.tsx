import type { ReactNode } from 'react';

/** A form's primary button: while the request is on its way it waits, saying what is happening. */
export function SubmitButton({
  pending,
  pendingLabel,
  className,
  children,
}: {
  pending: boolean;
  /** "Saving…" */
  pendingLabel: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button type="submit" className={className ? `button-primary ${className}` : 'button-primary'} disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
