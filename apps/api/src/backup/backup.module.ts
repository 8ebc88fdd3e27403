import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { ExceptionsModule } from '../exceptions/exceptions.module.js';
import { ModelsModule } from '../models/models.module.js';
import { PolicyModule } from '../policy/policy.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { ScansModule } from '../scans/scans.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { BackupController } from './backup.controller.js';
import { BackupRepository } from './backup.repository.js';
import { BackupService } from './backup.service.js';

@Module({
  imports: [DatabaseModule, ExceptionsModule, ModelsModule, PolicyModule, ReviewsModule, ScansModule, VerdictsModule],
  controllers: [BackupController],
  providers: [BackupService, BackupRepository],
  exports: [BackupRepository],
})
export class BackupModule {}
