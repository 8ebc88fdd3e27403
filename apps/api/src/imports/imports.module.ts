import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { ModelsModule } from '../models/models.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

@Module({
  imports: [DatabaseModule, ModelsModule, OutboxModule, VerdictsModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
