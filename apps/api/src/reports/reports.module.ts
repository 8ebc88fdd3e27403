import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { PageChangesRepository } from './page-changes.repository.js';
import { ReportPortfolioRepository } from './report-portfolio.repository.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [ComplianceModule, ReviewsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportPortfolioRepository, PageChangesRepository],
})
export class ReportsModule {}
