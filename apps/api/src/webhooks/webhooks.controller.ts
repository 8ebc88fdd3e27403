import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createWebhookSchema,
  updateWebhookSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookListSchema,
  webhookSchema,
  webhookWithSecretSchema,
  type CreateWebhookInput,
  type UpdateWebhookInput,
} from '@mmt/domain';
import { RequireRole } from '../auth/auth.decorators.js';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiEmptyResponse, ApiZodResponse } from '../common/openapi.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('webhooks')
@Controller('webhooks')
@RequireRole('admin')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ operationId: 'listWebhooks', summary: 'Webhook subscriptions, each with its last delivery' })
  @ApiZodResponse(200, webhookListSchema)
  list() {
    return this.webhooks.list();
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'createWebhook', summary: 'Subscribe a URL to events' })
  @ApiZodResponse(201, webhookWithSecretSchema, 'The subscription and its signing secret, shown this once')
  create(@Body({ schema: createWebhookSchema }) body: CreateWebhookInput, @Actor() actor: string) {
    return this.webhooks.create(body, actor);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateWebhook',
    summary: 'Change a subscription, or enable or disable it',
  })
  @ApiZodResponse(200, webhookSchema)
  update(
    @IdParam() id: string,
    @Body({ schema: updateWebhookSchema }) body: UpdateWebhookInput,
    @Actor() actor: string,
  ) {
    return this.webhooks.update(id, body, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteWebhook', summary: 'Delete a subscription and its delivery log' })
  @ApiEmptyResponse(204, 'Deleted, with its delivery log')
  async remove(@IdParam() id: string): Promise<void> {
    await this.webhooks.remove(id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rotateWebhookSecret',
    summary: 'Give a subscription a new signing secret (the old one stops working)',
  })
  @ApiZodResponse(200, webhookWithSecretSchema, 'The new signing secret, shown this once; the old one stops working')
  rotateSecret(@IdParam() id: string) {
    return this.webhooks.rotateSecret(id);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ operationId: 'testWebhook', summary: 'Send a `webhook.test` event now and see the answer' })
  @ApiZodResponse(200, webhookDeliverySchema, 'What the receiver answered to a `webhook.test` event')
  test(@IdParam() id: string, @Actor() actor: string) {
    return this.webhooks.test(id, actor);
  }

  @Get(':id/deliveries')
  @ApiOperation({ operationId: 'listWebhookDeliveries', summary: "A subscription's delivery log" })
  @ApiZodResponse(200, webhookDeliveryListSchema, 'The last 100 attempts, newest first')
  deliveries(@IdParam() id: string) {
    return this.webhooks.deliveryLog(id);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(200)
  @ApiOperation({ operationId: 'redeliverWebhookEvent', summary: "Send a delivery's event again, now" })
  @ApiZodResponse(200, webhookDeliverySchema, 'The new attempt, with the same webhook-id')
  redeliver(@IdParam() id: string, @IdParam('deliveryId') deliveryId: string) {
    return this.webhooks.redeliver(id, deliveryId);
  }
}
