import { Module } from '@nestjs/common';
import { ChartsModule } from '../charts/charts.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { DriftModule } from '../drift/drift.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ReportPortfolioRepository } from './report-portfolio.repository.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [DatabaseModule, DriftModule, ReviewsModule, VerdictsModule, ChartsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportPortfolioRepository],
  exports: [ReportPortfolioRepository],
})
export class ReportsModule {}
