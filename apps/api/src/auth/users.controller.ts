import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createUserSchema, updateUserSchema, type CreateUserInput, type UpdateUserInput } from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiZodBody } from '../common/openapi.js';
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
  list() {
    return this.users.list();
  }

  @Post()
  @HttpCode(201)
  @ApiZodBody(createUserSchema)
  create(@Body({ schema: createUserSchema }) body: CreateUserInput, @Actor() actor: string) {
    return this.users.create(body, actor);
  }

  /** Change a name or role, or deactivate (history stays; sessions end). */
  @Patch(':id')
  @ApiZodBody(updateUserSchema)
  update(
    @IdParam() id: string,
    @Body({ schema: updateUserSchema }) body: UpdateUserInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.users.update(id, body, principal.userId);
  }
}
