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
  @ApiOperation({
    operationId: 'getStatusReport',
    summary: 'The status report as a file: JSON, CSV, Markdown (alone or zipped with its charts) or PDF',
  })
  @ApiFileResponse(
    200,
    'The status report at `asOf` (default now). `json` (the default) follows the schema below (`schemaVersion` 1); `csv` has one row per model with the same columns a bulk import reads; `md` and `pdf` are for people; the PDF opens with the charts, and `md-zip` is the Markdown with the same charts as SVG files beside it (`charts/<name>.svg`).',
    {
      'application/json': statusReportSchema,
      'text/csv': 'text',
      'text/markdown': 'text',
      'application/zip': 'binary',
      'application/pdf': 'binary',
    },
  )
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
