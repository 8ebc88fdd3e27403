import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodQuery } from '../common/openapi.js';
import { SnapshotCache } from '../database/snapshot-cache.js';
import { asOfQuerySchema, type AsOfQuery } from '../models/dto/list-models.query.js';
import { ComplianceService } from './compliance.service.js';

@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly cache: SnapshotCache,
  ) {}

  @Get()
  @ApiZodQuery(asOfQuerySchema)
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
