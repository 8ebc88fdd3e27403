import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { DriftModule } from '../drift/drift.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { DigestController } from './digest.controller.js';
import { DigestMailer } from './digest-mailer.js';
import { DigestRepository } from './digest.repository.js';
import { DigestService } from './digest.service.js';

@Module({
  imports: [DatabaseModule, DriftModule, OutboxModule, ComplianceModule, ReviewsModule],
  controllers: [DigestController],
  providers: [DigestRepository, DigestMailer, DigestService],
})
export class DigestModule {}
