import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  apiTokenSchema,
  createdTokenSchema,
  createTokenSchema,
  tokenListSchema,
  type CreateTokenInput,
} from '@mmt/domain';
import { IdParam } from '../common/id-param.js';
import { ApiZodResponse } from '../common/openapi.js';
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
  @ApiOperation({ operationId: 'listTokens', summary: 'API tokens: an admin sees all, anyone else their own' })
  @ApiZodResponse(200, tokenListSchema)
  list(@CurrentPrincipal() principal: Principal) {
    return this.tokens.list(principal);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'createToken', summary: 'Create an API token, no stronger than yourself' })
  @ApiZodResponse(201, createdTokenSchema, 'The token, with its secret (shown this once)')
  create(@Body({ schema: createTokenSchema }) body: CreateTokenInput, @CurrentPrincipal() principal: Principal) {
    return this.tokens.create(body, principal);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'revokeToken', summary: 'Revoke an API token (it stays listed)' })
  @ApiZodResponse(200, apiTokenSchema, 'The token, revoked')
  revoke(@IdParam() id: string, @CurrentPrincipal() principal: Principal) {
    return this.tokens.revoke(id, principal);
  }
}
