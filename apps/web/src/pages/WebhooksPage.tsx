import { Link } from 'react-router';
import { useDigestSettings } from '../api/digest';
import { useWebhooks } from '../api/webhooks';
import { EmptyState, QueryState } from '../components/QueryStates';
import { RoleGate } from '../components/RoleGate';
import { AddWebhookForm } from '../components/webhooks/AddWebhookForm';
import { DigestScheduleForm } from '../components/webhooks/DigestScheduleForm';
import { WebhookCard } from '../components/webhooks/WebhookCard';

export default function WebhooksPage() {
  return (
    <RoleGate capability="administer" title="Webhooks" action="manage webhooks and the weekly digest">
      <Webhooks />
    </RoleGate>
  );
}

function Webhooks() {
  const webhooks = useWebhooks();
  const digest = useDigestSettings();
  return (
    <section className="page">
      <title>Webhooks · Model Migration Tracker</title>
      <p className="muted small">
        <Link to="/admin">Administration</Link> / Webhooks
      </p>
      <h1>Webhooks</h1>

      <section className="section-first" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">Where changes are sent</h2>
        <p className="lede">
          Each change a webhook listens to is sent within seconds, signed the Standard Webhooks way, and retried for
          about a day when the receiver fails (at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). After that, or on 410
          Gone, the webhook is disabled until you enable it again.
        </p>
        <AddWebhookForm />
        <QueryState query={webhooks} loading="Loading the webhooks" errorTitle="Could not load the webhooks">
          {(list) =>
            list.length === 0 ? (
              <EmptyState title="No webhooks yet">
                <p>Add one above: your team chat's incoming webhook is a good start.</p>
              </EmptyState>
            ) : (
              <div className="webhook-list">
                {list.map((webhook) => (
                  <WebhookCard key={webhook.id} webhook={webhook} />
                ))}
              </div>
            )
          }
        </QueryState>
      </section>

      <section className="section" aria-labelledby="digest-settings-title">
        <h2 id="digest-settings-title">Weekly digest</h2>
        <p className="lede">
          &ldquo;What changed since the last review&rdquo; goes to the webhooks that listen to{' '}
          <code>digest.weekly</code>
          {digest.data?.emailAvailable
            ? ', and by email to everyone who opted in under Account.'
            : '. Email needs SMTP_URL on the server (see the README); until then it is not offered.'}
        </p>
        <QueryState
          query={digest}
          loading="Loading the digest schedule"
          errorTitle="Could not load the digest schedule"
        >
          {(settings) => <DigestScheduleForm settings={settings} />}
        </QueryState>
      </section>
    </section>
  );
}
