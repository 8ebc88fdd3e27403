import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { reportQuerySchema, statusReportSchema, type ReportQuery } from '@mmt/domain';
import { ApiFileResponse } from '../common/openapi.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** The status report as a download (`Content-Disposition: attachment; filename="migration-status-<date>.<format>"`). */
  @Get('status')
  @ApiOperation({ operationId: 'getStatusReport', summary: 'The status report as a file: JSON, CSV, Markdown or PDF' })
  @ApiFileResponse(
    200,
    'The status report at `asOf` (default now). `json` (the default) follows the schema below (`schemaVersion` 1); `csv` has one row per model with the same columns a bulk import reads; `md` and `pdf` are for people.',
    {
      'application/json': statusReportSchema,
      'text/csv': 'text',
      'text/markdown': 'text',
      'application/pdf': 'binary',
    },
  )
  async status(@Query({ schema: reportQuerySchema }) query: ReportQuery): Promise<StreamableFile> {
    const file = await this.reports.export(query.format, query.asOf);
    const options = { type: file.contentType, disposition: `attachment; filename="${file.fileName}"` };
    // A file that was ready goes out whole, with its length; one being written streams.
    return Buffer.isBuffer(file.body)
      ? new StreamableFile(file.body, { ...options, length: file.body.length })
      : new StreamableFile(file.body, options);
  }
}
