import { Controller, Get, Header, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { dashboardQuerySchema, REPORT_CHARTS, type DashboardQuery, type ReportChart } from '@mmt/domain';
import { ApiFileResponse } from '../common/openapi.js';
import { ChartsService } from './charts.service.js';

/** The chart `value` names; not found when there is none. */
function reportChartNamed(value: string): ReportChart {
  const name = REPORT_CHARTS.find((chart) => chart === value);
  if (!name)
    throw new NotFoundException(
      `There is no chart named ${value.slice(0, 100)}; there are ${REPORT_CHARTS.join(', ')}`,
    );
  return name;
}

@ApiTags('charts')
@Controller('charts')
export class ChartsController {
  constructor(private readonly charts: ChartsService) {}

  /** A report chart as an SVG image, drawn from the dashboard's series at `asOf` over `weeks`. */
  @Get(':name.svg')
  @ApiOperation({ operationId: 'getChart', summary: 'A report chart as SVG, from the dashboard series' })
  @ApiParam({ name: 'name', enum: REPORT_CHARTS })
  @ApiFileResponse(
    200,
    `The chart the status report shows (${REPORT_CHARTS.join(', ')}), as a standalone SVG with its \`<title>\` and \`<desc>\`. Without \`weeks\`, the range the Overview opens on.`,
    { 'image/svg+xml': 'text' },
  )
  @Header('content-type', 'image/svg+xml; charset=utf-8')
  svg(
    // A plain string here, so the route's parameter is documented the same however the code is compiled.
    @Param('name') name: string,
    @Query({ schema: dashboardQuerySchema }) query: DashboardQuery,
  ): Promise<string> {
    return this.charts.svg(reportChartNamed(name), query);
  }
}
