import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { ExceptionsModule } from '../exceptions/exceptions.module.js';
import { ModelsModule } from '../models/models.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ComplianceController } from './compliance.controller.js';
import { ComplianceService } from './compliance.service.js';

@Module({
  imports: [DatabaseModule, ExceptionsModule, ModelsModule, VerdictsModule],
  controllers: [ComplianceController],
  providers: [ComplianceService],
  exports: [ComplianceService],
})
export class ComplianceModule {}
