import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { asOfQuerySchema, complianceReportSchema, type AsOfQuery } from '@mmt/domain';
import { ApiZodResponse } from '../common/openapi.js';
import { SnapshotCache } from '../database/snapshot-cache.js';
import { ComplianceService } from './compliance.service.js';

@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly cache: SnapshotCache,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getCompliance', summary: "Every model's verdict, now or as of a past moment" })
  @ApiZodResponse(200, complianceReportSchema)
  @Header('content-type', 'application/json; charset=utf-8')
  report(@Query({ schema: asOfQuerySchema }) query: AsOfQuery): Promise<Buffer> {
    return this.cache.json(
      `compliance ${query.asOf?.toISOString() ?? 'now'}`,
      () => this.compliance.report(query.asOf),
      {
        aboutNow: query.asOf === undefined,
      },
    );
  }
}
