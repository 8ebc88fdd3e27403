import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { KpisModule } from '../kpis/kpis.module.js';
import { ModelsModule } from '../models/models.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ReviewRepository } from './review.repository.js';
import { ReviewsController } from './reviews.controller.js';
import { ReviewsService } from './reviews.service.js';
import { ScanChangesRepository } from './scan-changes.repository.js';

@Module({
  imports: [DatabaseModule, ComplianceModule, KpisModule, ModelsModule, OutboxModule, VerdictsModule],
  controllers: [ReviewsController],
  providers: [ReviewsService, ReviewRepository, ScanChangesRepository],
  exports: [ReviewsService, ReviewRepository],
})
export class ReviewsModule {}
