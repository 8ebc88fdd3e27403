import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { statusReportSchema } from '@mmt/domain';
import { ApiZodQuery, jsonSchemaOf } from '../common/openapi.js';
import { reportQuerySchema, type ReportQuery } from './report.query.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** The status report as a download (`Content-Disposition: attachment; filename="migration-status-<date>.<format>"`). */
  @Get('status')
  @ApiZodQuery(reportQuerySchema)
  @ApiProduces('application/json', 'text/csv', 'text/markdown', 'application/pdf')
  @ApiOkResponse({
    description:
      'The status report at `asOf` (default now). `json` (the default) follows the schema below (`schemaVersion` 1); `csv` has one row per model with the same columns a bulk import reads; `md` and `pdf` are for people.',
    content: {
      'application/json': { schema: jsonSchemaOf(statusReportSchema) },
      'text/csv': { schema: { type: 'string' } },
      'text/markdown': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async status(@Query({ schema: reportQuerySchema }) query: ReportQuery): Promise<StreamableFile> {
    const file = await this.reports.export(query.format, query.asOf);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      // A file that was ready goes out with its length; one being written streams.
      ...(file.length === null ? {} : { length: file.length }),
    });
  }
}
