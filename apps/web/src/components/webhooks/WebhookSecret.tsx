import type { WebhookWithSecret } from '@mmt/domain';
import { SecretBox } from '../SecretBox';

/** A webhook's signing secret, shown once after it is created or rotated. */
export function WebhookSecret({ webhook, onDismiss }: { webhook: WebhookWithSecret; onDismiss: () => void }) {
  return (
    <SecretBox
      id="webhook-secret"
      title={`Signing secret for ${webhook.url}`}
      label={`The signing secret of the webhook to ${webhook.url}`}
      secret={webhook.secret}
      storage="It is stored encrypted; rotate it to get a new one."
      onDismiss={onDismiss}
    >
      <p>
        {webhook.format === 'slack'
          ? 'Slack and Mattermost do not check it; keep it in case you route these messages through your own receiver.'
          : 'Verify each request with any Standard Webhooks library (the webhook-signature header), and refuse what fails.'}
      </p>
    </SecretBox>
  );
}
