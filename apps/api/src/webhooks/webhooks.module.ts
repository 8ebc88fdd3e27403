import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { WebhookDeliveries } from './webhook-deliveries.js';
import { WebhookRepository } from './webhook.repository.js';
import { WebhookSender } from './webhook-sender.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

@Module({
  imports: [DatabaseModule, OutboxModule],
  controllers: [WebhooksController],
  providers: [WebhookRepository, WebhookSender, WebhookDeliveries, WebhooksService],
})
export class WebhooksModule {}
