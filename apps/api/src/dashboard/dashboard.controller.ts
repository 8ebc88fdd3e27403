import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodQuery } from '../common/openapi.js';
import { dashboardQuerySchema, type DashboardQuery } from './dashboard.query.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** KPIs (with their change since the last review) and the weekly series, now or as of a past time. */
  @Get()
  @ApiZodQuery(dashboardQuerySchema)
  get(@Query({ schema: dashboardQuerySchema }) query: DashboardQuery) {
    return this.dashboard.dashboard(query);
  }
}
