import { VERDICT_LABELS, type Verdict, type VerdictStatus } from '@mmt/domain';

/** The verdict's colour with its label always written out; the reason shows on hover. */
export function VerdictBadge({ status, reason }: { status: VerdictStatus; reason?: string }) {
  return (
    <span className={`badge verdict verdict-${status}`} title={reason}>
      {VERDICT_LABELS[status]}
    </span>
  );
}

/** Badge plus the reason sentence, for a model's own page and the compliance table. */
export function VerdictWithReason({ verdict }: { verdict: Verdict }) {
  return (
    <div className="verdict-block">
      <VerdictBadge status={verdict.status} />
      <p className="verdict-reason">{verdict.reason}</p>
    </div>
  );
}
