import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { policyVersionInputSchema, type PolicyVersionInput } from '@mmt/domain';
import { RequireRole } from '../auth/auth.decorators.js';
import { Actor } from '../common/actor.decorator.js';
import { ApiZodBody } from '../common/openapi.js';
import { PolicyService } from './policy.service.js';

@ApiTags('policy')
@Controller('policy')
export class PolicyController {
  constructor(private readonly policy: PolicyService) {}

  @Get()
  overview() {
    return this.policy.overview();
  }

  @Put()
  @RequireRole('admin')
  @HttpCode(201)
  @ApiZodBody(policyVersionInputSchema)
  add(@Body({ schema: policyVersionInputSchema }) body: PolicyVersionInput, @Actor() actor: string) {
    return this.policy.add(body, actor);
  }
}
