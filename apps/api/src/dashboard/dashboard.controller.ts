import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { dashboardQuerySchema, dashboardSchema, type DashboardQuery } from '@mmt/domain';
import { ApiZodResponse } from '../common/openapi.js';
import { AnswerCache } from '../database/answer-cache.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly cache: AnswerCache,
  ) {}

  /** KPIs (with their change since the last review) and the weekly series, now or as of a past time. */
  @Get()
  @ApiOperation({ operationId: 'getDashboard', summary: 'KPIs and weekly series, now or as of a past moment' })
  @ApiZodResponse(200, dashboardSchema)
  @Header('content-type', 'application/json; charset=utf-8')
  get(@Query({ schema: dashboardQuerySchema }) query: DashboardQuery): Promise<Buffer> {
    const key = `dashboard ${query.asOf?.toISOString() ?? 'now'} ${query.weeks}`;
    return this.cache.json(key, () => this.dashboard.dashboard(query), {
      asOf: query.asOf,
      reads: ['models', 'exceptions', 'policy', 'reviews', 'scans'],
    });
  }
}
