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
  @ApiProduces('application/json', 'text/csv', 'text/markdown', 'application/zip', 'application/pdf')
  @ApiOkResponse({
    description:
      'The status report at `asOf` (default now). `json` (the default) follows the schema below (`schemaVersion` 1); `csv` has one row per model with the same columns a bulk import reads; `md` and `pdf` are for people; the PDF opens with the charts, and `md-zip` is the Markdown with the same charts as SVG files beside it (`charts/<name>.svg`).',
    content: {
      'application/json': { schema: jsonSchemaOf(statusReportSchema) },
      'text/csv': { schema: { type: 'string' } },
      'text/markdown': { schema: { type: 'string' } },
      'application/zip': { schema: { type: 'string', format: 'binary' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async status(@Query({ schema: reportQuerySchema }) query: ReportQuery): Promise<StreamableFile> {
    const file = await this.reports.export(query.format, query.asOf);
    const options = { type: file.contentType, disposition: `attachment; filename="${file.fileName}"` };
    // A file that was ready goes out whole, with its length; one being written streams.
    return Buffer.isBuffer(file.body)
      ? new StreamableFile(file.body, { ...options, length: file.body.length })
      : new StreamableFile(file.body, options);
  }
}
