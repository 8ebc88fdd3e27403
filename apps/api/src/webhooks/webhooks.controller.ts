import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
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
import { ApiZodBody, ApiZodResponse } from '../common/openapi.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('webhooks')
@Controller('webhooks')
@RequireRole('admin')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiZodResponse(200, webhookListSchema)
  list() {
    return this.webhooks.list();
  }

  @Post()
  @HttpCode(201)
  @ApiZodBody(createWebhookSchema)
  @ApiZodResponse(201, webhookWithSecretSchema, 'The subscription and its signing secret, shown this once')
  create(@Body({ schema: createWebhookSchema }) body: CreateWebhookInput, @Actor() actor: string) {
    return this.webhooks.create(body, actor);
  }

  @Patch(':id')
  @ApiZodBody(updateWebhookSchema)
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
  @ApiNoContentResponse({ description: 'Deleted, with its delivery log' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.webhooks.remove(id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiZodResponse(200, webhookWithSecretSchema, 'The new signing secret, shown this once; the old one stops working')
  rotateSecret(@IdParam() id: string) {
    return this.webhooks.rotateSecret(id);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiZodResponse(200, webhookDeliverySchema, 'What the receiver answered to a `webhook.test` event')
  test(@IdParam() id: string, @Actor() actor: string) {
    return this.webhooks.test(id, actor);
  }

  @Get(':id/deliveries')
  @ApiZodResponse(200, webhookDeliveryListSchema, 'The last 100 attempts, newest first')
  deliveries(@IdParam() id: string) {
    return this.webhooks.deliveryLog(id);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(200)
  @ApiZodResponse(200, webhookDeliverySchema, 'The new attempt, with the same webhook-id')
  redeliver(@IdParam() id: string, @IdParam('deliveryId') deliveryId: string) {
    return this.webhooks.redeliver(id, deliveryId);
  }
}
