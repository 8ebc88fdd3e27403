import type { Webhook, WebhookWithSecret } from '@mmt/domain';
import { useState } from 'react';
import { useDeleteWebhook, useRotateWebhookSecret, useTestWebhook, useUpdateWebhook } from '../../api/webhooks';
import { formatDateTime } from '../../lib/format';
import { FORMAT_LABELS } from '../../lib/webhooks';
import { ConfirmAction } from '../ConfirmAction';
import { ActionError } from '../QueryStates';
import { AttemptResult } from './AttemptResult';
import { DeliveriesTable } from './DeliveriesTable';
import { WebhookSecret } from './WebhookSecret';

/** One webhook: what it receives, whether it is on, and everything an admin does with it. */
export function WebhookCard({ webhook }: { webhook: Webhook }) {
  const test = useTestWebhook();
  const update = useUpdateWebhook();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhook();
  const [showLog, setShowLog] = useState(false);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const titleId = `webhook-${webhook.id}-title`;
  const name = webhook.description || webhook.url;
  const failure = [test, update, rotate, remove].find((action) => action.isError)?.error;
  const last = webhook.lastDelivery;

  return (
    <article className="panel webhook-card" aria-labelledby={titleId} data-webhook={webhook.url}>
      <header className="webhook-card-header">
        <h3 id={titleId}>{name}</h3>
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
      <ActionError error={failure ?? null} />
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
        <ConfirmAction
          action="Rotate secret"
          actionLabel={`Rotate the secret of ${name}`}
          groupLabel={`Confirm rotating the secret of ${name}`}
          warning="The old secret stops working at once: the receiver must get the new one to verify what comes next."
          confirm="Yes, rotate"
          pendingLabel="Rotating…"
          keep="Keep it"
          pending={rotate.isPending}
          onConfirm={(close) =>
            rotate.mutate(webhook.id, {
              onSuccess: (rotated) => {
                setSecret(rotated);
                close();
              },
            })
          }
        />
        <ConfirmAction
          action="Delete"
          actionLabel={`Delete ${name}`}
          groupLabel={`Confirm deleting ${name}`}
          warning="The webhook and its delivery log go for good."
          confirm="Yes, delete"
          pendingLabel="Deleting…"
          keep="Keep it"
          pending={remove.isPending}
          onConfirm={() => remove.mutate(webhook.id)}
        />
      </div>
      {showLog && (
        <section aria-label={`Deliveries of ${name}`}>
          <DeliveriesTable webhookId={webhook.id} />
        </section>
      )}
    </article>
  );
}
