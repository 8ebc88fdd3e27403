import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { KpisModule } from '../kpis/kpis.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ReviewChangesRepository } from './review-changes.repository.js';
import { ReviewRepository } from './review.repository.js';
import { ReviewsController } from './reviews.controller.js';
import { ReviewsService } from './reviews.service.js';

@Module({
  imports: [DatabaseModule, ComplianceModule, KpisModule, OutboxModule, VerdictsModule],
  controllers: [ReviewsController],
  providers: [ReviewsService, ReviewRepository, ReviewChangesRepository],
  exports: [ReviewsService, ReviewRepository, ReviewChangesRepository],
})
export class ReviewsModule {}
