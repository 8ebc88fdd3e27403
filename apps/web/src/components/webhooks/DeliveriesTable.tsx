import { useRedeliver, useWebhookDeliveries } from '../../api/webhooks';
import { formatDateTime } from '../../lib/format';
import { attemptOutcome, TRIGGER_LABELS } from '../../lib/webhooks';
import { ActionError, EmptyState, QueryState } from '../QueryStates';

/** A webhook's recent attempts, newest first, each one redeliverable. */
export function DeliveriesTable({ webhookId }: { webhookId: string }) {
  const deliveries = useWebhookDeliveries(webhookId);
  const redeliver = useRedeliver();
  return (
    <QueryState query={deliveries} loading="Loading the deliveries" errorTitle="Could not load the deliveries">
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState title="Nothing sent yet">
            <p>Send a test event, or wait for a change that this webhook listens to.</p>
          </EmptyState>
        ) : (
          <>
            <ActionError error={redeliver.error} />
            <div className="table-scroll">
              <table className="data-table deliveries-table">
                <caption className="visually-hidden">Recent deliveries</caption>
                <thead>
                  <tr>
                    <th scope="col">Sent</th>
                    <th scope="col">Event</th>
                    <th scope="col">Attempt</th>
                    <th scope="col">Result</th>
                    <th scope="col">Answer</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((delivery) => {
                    const outcome = attemptOutcome(delivery);
                    const sending = redeliver.isPending && redeliver.variables.deliveryId === delivery.id;
                    return (
                      <tr key={delivery.id} data-delivery={delivery.id}>
                        <th scope="row">{formatDateTime(delivery.attemptedAt)}</th>
                        <td>
                          <code>{delivery.eventType}</code>
                          <div className="muted small">{delivery.messageId}</div>
                        </td>
                        <td>
                          {delivery.attempt} <span className="muted small">({TRIGGER_LABELS[delivery.trigger]})</span>
                        </td>
                        <td>
                          <span className={`badge delivery-${outcome.tone}`}>{outcome.text}</span>
                          {delivery.nextAttemptAt && (
                            <div className="muted small">Next attempt {formatDateTime(delivery.nextAttemptAt)}</div>
                          )}
                        </td>
                        <td>
                          <code className="delivery-answer" title={delivery.responseBody}>
                            {delivery.responseBody.slice(0, 120) || '—'}
                          </code>
                        </td>
                        <td>
                          <button
                            type="button"
                            disabled={redeliver.isPending}
                            onClick={() => redeliver.mutate({ id: webhookId, deliveryId: delivery.id })}
                          >
                            {sending ? 'Sending…' : 'Redeliver'}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )
      }
    </QueryState>
  );
}
