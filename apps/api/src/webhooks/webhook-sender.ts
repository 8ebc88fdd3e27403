import { Inject, Injectable } from '@nestjs/common';
import { slackMessage, standardPayload, webhookMessageId } from '@mmt/domain';
import { Webhook as Signer } from 'standardwebhooks';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notifications/notification-options.js';
import { SecretCipher } from './secret-cipher.js';
import type { StoredEvent } from '../notifications/outbox.repository.js';
import type { Subscription } from './webhook.repository.js';
import { postWebhook, type WebhookResponse } from './webhook-request.js';

const USER_AGENT = 'ModelMigrationTracker-Webhooks/1';

/**
 * Sends one event to one subscription in its format, signed the Standard Webhooks way: `webhook-id`
 * (the same on every attempt of the event), `webhook-timestamp` (this attempt) and `webhook-signature`.
 */
@Injectable()
export class WebhookSender {
  readonly cipher: SecretCipher;

  constructor(@Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions) {
    this.cipher = new SecretCipher(options.secretKey);
  }

  async send(subscription: Subscription, event: StoredEvent): Promise<WebhookResponse> {
    let secret: string;
    try {
      secret = this.cipher.open(subscription.sealedSecret, subscription.id);
    } catch (error) {
      return { statusCode: null, body: '', durationMs: 0, error: `${(error as Error).message}; rotate the secret` };
    }
    const body = JSON.stringify(
      subscription.format === 'slack' ? slackMessage(event, this.options.publicUrl) : standardPayload(event),
    );
    const messageId = webhookMessageId(event.id);
    const timestamp = new Date();
    return postWebhook(
      subscription.url,
      body,
      {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        'webhook-id': messageId,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': new Signer(secret).sign(messageId, timestamp, body),
      },
      { allowPrivateNetworks: this.options.allowPrivateNetworks, timeoutMs: this.options.requestTimeoutMs },
    );
  }
}
