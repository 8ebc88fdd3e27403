import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createTokenSchema, type CreateTokenInput } from '@mmt/domain';
import { IdParam } from '../common/id-param.js';
import { ApiZodBody } from '../common/openapi.js';
import { RequireRole } from './auth.decorators.js';
import { CurrentPrincipal } from './principal.decorator.js';
import type { Principal } from './principal.js';
import { TokensService } from './tokens.service.js';

// Anyone signed in may hold tokens for their own scripts, within their own role.
@ApiTags('tokens')
@Controller('tokens')
@RequireRole('viewer')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Get()
  list(@CurrentPrincipal() principal: Principal) {
    return this.tokens.list(principal);
  }

  @Post()
  @HttpCode(201)
  @ApiZodBody(createTokenSchema)
  create(@Body({ schema: createTokenSchema }) body: CreateTokenInput, @CurrentPrincipal() principal: Principal) {
    return this.tokens.create(body, principal);
  }

  @Delete(':id')
  revoke(@IdParam() id: string, @CurrentPrincipal() principal: Principal) {
    return this.tokens.revoke(id, principal);
  }
}
