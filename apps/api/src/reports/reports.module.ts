import { Module } from '@nestjs/common';
import { ChartsModule } from '../charts/charts.module.js';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { PageChangesQuery } from './page-changes.query.js';
import { ReportPortfolioQuery } from './report-portfolio.query.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  imports: [ComplianceModule, ReviewsModule, ChartsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportPortfolioQuery, PageChangesQuery],
})
export class ReportsModule {}
