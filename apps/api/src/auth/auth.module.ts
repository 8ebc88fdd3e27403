import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DatabaseModule } from '../database/database.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { PasswordAttemptRepository } from './password-attempt.repository.js';
import { PasswordAttempts } from './password-attempts.service.js';
import { TokensController } from './tokens.controller.js';
import { TokensService } from './tokens.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [DatabaseModule],
  controllers: [AuthController, UsersController, TokensController],
  providers: [
    AuthRepository,
    PasswordAttemptRepository,
    PasswordAttempts,
    AuthService,
    UsersService,
    TokensService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AuthRepository],
})
export class AuthModule {}
