import { Controller, Get, Header, NotFoundException, Param, Query, type PipeTransform } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { REPORT_CHARTS, type ReportChart } from '@mmt/domain';
import { ApiZodQuery } from '../common/openapi.js';
import { dashboardQuerySchema, type DashboardQuery } from '../dashboard/dashboard.query.js';
import { ChartsService } from './charts.service.js';

class ChartNamePipe implements PipeTransform<string, ReportChart> {
  transform(value: string): ReportChart {
    const name = REPORT_CHARTS.find((chart) => chart === value);
    if (!name)
      throw new NotFoundException(
        `There is no chart named ${value.slice(0, 100)}; there are ${REPORT_CHARTS.join(', ')}`,
      );
    return name;
  }
}

@ApiTags('charts')
@Controller('charts')
export class ChartsController {
  constructor(private readonly charts: ChartsService) {}

  /** A report chart as an SVG image, drawn from the dashboard's series at `asOf` over `weeks`. */
  @Get(':name.svg')
  @ApiOperation({ operationId: 'getChart', summary: 'A report chart as SVG, from the dashboard series' })
  @ApiParam({ name: 'name', enum: REPORT_CHARTS })
  @ApiZodQuery(dashboardQuerySchema)
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({
    description:
      'The chart the status report shows, as a standalone SVG with its `<title>` and `<desc>`. Without `weeks`, the range the Overview opens on.',
    content: { 'image/svg+xml': { schema: { type: 'string' } } },
  })
  @Header('content-type', 'image/svg+xml; charset=utf-8')
  svg(
    @Param('name', new ChartNamePipe()) name: ReportChart,
    @Query({ schema: dashboardQuerySchema }) query: DashboardQuery,
  ): Promise<string> {
    return this.charts.svg(name, query);
  }
}
