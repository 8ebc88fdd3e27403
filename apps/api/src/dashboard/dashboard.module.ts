import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { KpisModule } from '../kpis/kpis.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardRepository } from './dashboard.repository.js';
import { DashboardService } from './dashboard.service.js';

@Module({
  imports: [DatabaseModule, KpisModule, ReviewsModule, VerdictsModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository],
  exports: [DashboardRepository, DashboardService],
})
export class DashboardModule {}
