import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodQuery } from '../common/openapi.js';
import { SnapshotCache } from '../database/snapshot-cache.js';
import { dashboardQuerySchema, type DashboardQuery } from './dashboard.query.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly cache: SnapshotCache,
  ) {}

  /** KPIs (with their change since the last review) and the weekly series, now or as of a past time. */
  @Get()
  @ApiZodQuery(dashboardQuerySchema)
  @Header('content-type', 'application/json; charset=utf-8')
  get(@Query({ schema: dashboardQuerySchema }) query: DashboardQuery): Promise<Buffer> {
    const key = `dashboard ${query.asOf?.toISOString() ?? 'now'} ${query.weeks}`;
    return this.cache.json(key, () => this.dashboard.dashboard(query), { aboutNow: query.asOf === undefined });
  }
}
