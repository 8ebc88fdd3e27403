import type { WebhookDelivery } from '@mmt/domain';
import { attemptOutcome } from '../../lib/webhooks';

/** What the receiver answered to one attempt: status, time, and the first bytes it sent. */
export function AttemptResult({ delivery }: { delivery: WebhookDelivery }) {
  const outcome = attemptOutcome(delivery);
  return (
    <div className={`panel ${outcome.tone === 'good' ? 'panel-success' : 'panel-error'} attempt-result`} role="status">
      <p>
        <strong>{outcome.tone === 'good' ? 'Delivered' : 'Not delivered'}:</strong> {outcome.text}
      </p>
      {delivery.responseBody && (
        <pre className="attempt-body" aria-label="The receiver's answer">
          {delivery.responseBody}
        </pre>
      )}
    </div>
  );
}
