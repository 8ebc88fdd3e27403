import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ExceptionRepository } from './exception.repository.js';
import { ExceptionsController } from './exceptions.controller.js';
import { ExceptionsService } from './exceptions.service.js';

@Module({
  imports: [DatabaseModule, OutboxModule, VerdictsModule],
  controllers: [ExceptionsController],
  providers: [ExceptionsService, ExceptionRepository],
  exports: [ExceptionsService, ExceptionRepository],
})
export class ExceptionsModule {}
