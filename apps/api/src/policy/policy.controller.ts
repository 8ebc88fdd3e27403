import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  policyOverviewSchema,
  policyVersionInputSchema,
  policyVersionSchema,
  type PolicyVersionInput,
} from '@mmt/domain';
import { RequireRole } from '../auth/auth.decorators.js';
import { Actor } from '../common/actor.decorator.js';
import { ApiZodResponse } from '../common/openapi.js';
import { PolicyService } from './policy.service.js';

@ApiTags('policy')
@Controller('policy')
export class PolicyController {
  constructor(private readonly policy: PolicyService) {}

  @Get()
  @ApiOperation({ operationId: 'getPolicy', summary: 'The policy in force today, and every version' })
  @ApiZodResponse(200, policyOverviewSchema)
  overview() {
    return this.policy.overview();
  }

  @Put()
  @RequireRole('admin')
  @HttpCode(201)
  @ApiOperation({ operationId: 'addPolicyVersion', summary: 'Add a whole new version of the policy' })
  @ApiZodResponse(201, policyVersionSchema, 'The version as recorded')
  add(@Body({ schema: policyVersionInputSchema }) body: PolicyVersionInput, @Actor() actor: string) {
    return this.policy.add(body, actor);
  }
}
