import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  digestScheduleSchema,
  digestSettingsSchema,
  digestSubscriptionInputSchema,
  digestSubscriptionSchema,
  type DigestSchedule,
  type DigestSubscriptionInput,
} from '@mmt/domain';
import { RequireRole } from '../auth/auth.decorators.js';
import { CurrentPrincipal } from '../auth/principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { Actor } from '../common/actor.decorator.js';
import { ApiZodBody, ApiZodResponse } from '../common/openapi.js';
import { DigestService } from './digest.service.js';

@ApiTags('digest')
@Controller('digest')
export class DigestController {
  constructor(private readonly digest: DigestService) {}

  /** When the weekly digest goes out: anyone may read it, an admin sets it. */
  @Get('settings')
  @ApiZodResponse(200, digestSettingsSchema)
  settings() {
    return this.digest.settings();
  }

  @Put('settings')
  @RequireRole('admin')
  @ApiZodBody(digestScheduleSchema)
  @ApiZodResponse(200, digestSettingsSchema)
  updateSettings(@Body({ schema: digestScheduleSchema }) body: DigestSchedule, @Actor() actor: string) {
    return this.digest.updateSettings(body, actor);
  }

  /** Whether I get the digest by email. */
  @Get('subscription')
  @ApiZodResponse(200, digestSubscriptionSchema)
  subscription(@CurrentPrincipal() principal: Principal) {
    return this.digest.subscription(principal);
  }

  @Put('subscription')
  @RequireRole('viewer')
  @ApiZodBody(digestSubscriptionInputSchema)
  @ApiZodResponse(200, digestSubscriptionSchema)
  updateSubscription(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: digestSubscriptionInputSchema }) body: DigestSubscriptionInput,
  ) {
    return this.digest.updateSubscription(principal, body);
  }
}
