import type { Webhook, WebhookWithSecret } from '@mmt/domain';
import { useState } from 'react';
import { useDeleteWebhook, useRotateWebhookSecret, useTestWebhook, useUpdateWebhook } from '../../api/webhooks';
import { errorMessage } from '../../lib/apiErrors';
import { formatDateTime } from '../../lib/format';
import { FORMAT_LABELS } from '../../lib/webhooks';
import { AttemptResult } from './AttemptResult';
import { DeliveriesTable } from './DeliveriesTable';
import { WebhookSecret } from './WebhookSecret';

type Confirming = 'rotate' | 'delete' | null;

/** One webhook: what it receives, whether it is on, and everything an admin does with it. */
export function WebhookCard({ webhook }: { webhook: Webhook }) {
  const test = useTestWebhook();
  const update = useUpdateWebhook();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhook();
  const [showLog, setShowLog] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const titleId = `webhook-${webhook.id}-title`;
  const failure = [test, update, rotate, remove].find((action) => action.isError)?.error;
  const last = webhook.lastDelivery;

  return (
    <article className="panel webhook-card" aria-labelledby={titleId} data-webhook={webhook.url}>
      <header className="webhook-card-header">
        <h3 id={titleId}>{webhook.description || webhook.url}</h3>
        <span className={`badge ${webhook.enabled ? 'webhook-enabled' : 'webhook-disabled'}`}>
          {webhook.enabled ? 'Enabled' : 'Disabled'}
        </span>
      </header>
      <dl className="summary-list">
        <div>
          <dt>URL</dt>
          <dd>
            <code>{webhook.url}</code>
          </dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{FORMAT_LABELS[webhook.format]}</dd>
        </div>
        <div>
          <dt>Events</dt>
          <dd>{webhook.events.join(', ')}</dd>
        </div>
        <div>
          <dt>Last delivery</dt>
          <dd>
            {last
              ? `${formatDateTime(last.attemptedAt)}: ${last.succeeded ? 'delivered' : 'failed'}${last.statusCode === null ? '' : ` (HTTP ${last.statusCode})`}`
              : 'None yet'}
          </dd>
        </div>
      </dl>

      {!webhook.enabled && (
        <div className="panel panel-warning" role="alert">
          <p>
            <strong>Disabled{webhook.disabledAt ? ` on ${formatDateTime(webhook.disabledAt)}` : ''}:</strong>{' '}
            {webhook.disabledReason ?? 'no reason recorded'}. It receives no events until it is enabled again.
          </p>
          <button
            type="button"
            disabled={update.isPending}
            onClick={() => update.mutate({ id: webhook.id, change: { enabled: true } })}
          >
            Enable again
          </button>
        </div>
      )}
      {failure && (
        <p className="panel panel-error" role="alert">
          {errorMessage(failure)}
        </p>
      )}
      {secret && <WebhookSecret webhook={secret} onDismiss={() => setSecret(null)} />}
      {test.data && test.variables === webhook.id && <AttemptResult delivery={test.data} />}

      <div className="form-actions">
        <button type="button" disabled={test.isPending} onClick={() => test.mutate(webhook.id)}>
          {test.isPending ? 'Sending…' : 'Send test event'}
        </button>
        <button type="button" aria-expanded={showLog} onClick={() => setShowLog((shown) => !shown)}>
          {showLog ? 'Hide deliveries' : 'Show deliveries'}
        </button>
        {webhook.enabled && (
          <button
            type="button"
            disabled={update.isPending}
            onClick={() => update.mutate({ id: webhook.id, change: { enabled: false } })}
          >
            Disable
          </button>
        )}
        {confirming === null && (
          <>
            <button type="button" onClick={() => setConfirming('rotate')}>
              Rotate secret
            </button>
            <button type="button" onClick={() => setConfirming('delete')}>
              Delete
            </button>
          </>
        )}
      </div>
      {confirming && (
        <div className="panel panel-warning confirm-row" role="group" aria-label="Confirm">
          <p>
            {confirming === 'rotate'
              ? 'The old secret stops working at once: the receiver must get the new one to verify what comes next.'
              : 'The webhook and its delivery log go for good.'}
          </p>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setConfirming(null);
              if (confirming === 'rotate') rotate.mutate(webhook.id, { onSuccess: setSecret });
              else remove.mutate(webhook.id);
            }}
          >
            {confirming === 'rotate' ? 'Rotate the secret' : 'Delete the webhook'}
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      )}
      {showLog && (
        <section aria-label={`Deliveries of ${webhook.description || webhook.url}`}>
          <DeliveriesTable webhookId={webhook.id} />
        </section>
      )}
    </article>
  );
}
