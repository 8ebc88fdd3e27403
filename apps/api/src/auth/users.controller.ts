import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createdUserSchema,
  createUserSchema,
  updateUserSchema,
  userListSchema,
  userSchema,
  type CreateUserInput,
  type UpdateUserInput,
} from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiErrorResponse, ApiZodResponse } from '../common/openapi.js';
import { RequireRole } from './auth.decorators.js';
import { CurrentPrincipal } from './principal.decorator.js';
import type { Principal } from './principal.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
@RequireRole('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: 'Every account' })
  @ApiZodResponse(200, userListSchema)
  list() {
    return this.users.list();
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createUser',
    summary: 'Create an account (a password is generated when none is given)',
  })
  @ApiZodResponse(201, createdUserSchema, 'The account; `initialPassword` when it was generated')
  @ApiErrorResponse(409, 'An account with this email already exists')
  create(@Body({ schema: createUserSchema }) body: CreateUserInput, @Actor() actor: string) {
    return this.users.create(body, actor);
  }

  /** Change a name or role, or deactivate (history stays; sessions end). */
  @Patch(':id')
  @ApiOperation({ operationId: 'updateUser', summary: 'Change a name or role, or deactivate' })
  @ApiZodResponse(200, userSchema, 'The account after the change')
  update(
    @IdParam() id: string,
    @Body({ schema: updateUserSchema }) body: UpdateUserInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.users.update(id, body, principal.userId);
  }
}
