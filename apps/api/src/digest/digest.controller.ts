import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ApiErrorResponse, ApiZodResponse } from '../common/openapi.js';
import { DigestService } from './digest.service.js';

@ApiTags('digest')
@Controller('digest')
export class DigestController {
  constructor(private readonly digest: DigestService) {}

  /** When the weekly digest goes out: anyone may read it, an admin sets it. */
  @Get('settings')
  @ApiOperation({ operationId: 'getDigestSettings', summary: 'When the weekly digest goes out' })
  @ApiZodResponse(200, digestSettingsSchema)
  settings() {
    return this.digest.settings();
  }

  @Put('settings')
  @RequireRole('admin')
  @ApiOperation({ operationId: 'updateDigestSettings', summary: 'Set when the weekly digest goes out, or stop it' })
  @ApiZodResponse(200, digestSettingsSchema)
  updateSettings(@Body({ schema: digestScheduleSchema }) body: DigestSchedule, @Actor() actor: string) {
    return this.digest.updateSettings(body, actor);
  }

  /** Whether I get the digest by email. */
  @Get('subscription')
  @ApiOperation({ operationId: 'getDigestSubscription', summary: 'Whether you get the weekly digest by email' })
  @ApiZodResponse(200, digestSubscriptionSchema)
  @ApiErrorResponse(400, 'The caller is not a person (the bootstrap token): only people get the digest by email')
  subscription(@CurrentPrincipal() principal: Principal) {
    return this.digest.subscription(principal);
  }

  @Put('subscription')
  @RequireRole('viewer')
  @ApiOperation({ operationId: 'updateDigestSubscription', summary: 'Get the weekly digest by email, or stop' })
  @ApiZodResponse(200, digestSubscriptionSchema)
  @ApiErrorResponse(400, 'The input is invalid, the server sends no email (no SMTP_URL), or the caller is not a person')
  updateSubscription(
    @CurrentPrincipal() principal: Principal,
    @Body({ schema: digestSubscriptionInputSchema }) body: DigestSubscriptionInput,
  ) {
    return this.digest.updateSubscription(principal, body);
  }
}
