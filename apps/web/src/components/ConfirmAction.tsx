import { useState } from 'react';

interface Props {
  /** The button's text ("Revoke") and its accessible name, which says on what ("Revoke token nightly import"). */
  action: string;
  actionLabel: string;
  /** The confirming group's accessible name, its warning and its two buttons. */
  groupLabel: string;
  warning: string;
  confirm: string;
  keep: string;
  pending: boolean;
  /** The confirm button's text while the request is on its way; it keeps `confirm` without one. */
  pendingLabel?: string;
  /** Does it; `close` folds the question back up (a row that changes state goes away by itself). */
  onConfirm: (close: () => void) => void;
}

/** An action that cannot be undone asks first, in place: a warning, "yes" and "keep it". */
export function ConfirmAction({
  action,
  actionLabel,
  groupLabel,
  warning,
  confirm,
  keep,
  pending,
  pendingLabel,
  onConfirm,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const close = () => setConfirming(false);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} aria-label={actionLabel}>
        {action}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={groupLabel}>
      <span>{warning}</span>
      <button type="button" className="button-danger" disabled={pending} onClick={() => onConfirm(close)}>
        {pending && pendingLabel ? pendingLabel : confirm}
      </button>
      <button type="button" onClick={close}>
        {keep}
      </button>
    </span>
  );
}
