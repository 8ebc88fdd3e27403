import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { ModelsModule } from '../models/models.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ScanRepository } from './scan.repository.js';
import { ScansController } from './scans.controller.js';
import { ScansService } from './scans.service.js';

@Module({
  imports: [DatabaseModule, OutboxModule, VerdictsModule, ModelsModule],
  controllers: [ScansController],
  providers: [ScansService, ScanRepository],
  exports: [ScansService, ScanRepository],
})
export class ScansModule {}
