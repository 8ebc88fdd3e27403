import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { complianceQuerySchema, compliancePageSchema, type ComplianceQuery } from '@mmt/domain';
import { ApiZodResponse } from '../common/openapi.js';
import { AnswerCache } from '../database/answer-cache.js';
import { ComplianceService } from './compliance.service.js';

@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly cache: AnswerCache,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getCompliance',
    summary: 'Verdict counts and the rate, with one page of models (violations first), now or as of a past moment',
  })
  @ApiZodResponse(200, compliancePageSchema)
  @Header('content-type', 'application/json; charset=utf-8')
  page(@Query({ schema: complianceQuerySchema }) query: ComplianceQuery): Promise<Buffer> {
    return this.cache.json(`compliance ${JSON.stringify(query)}`, () => this.compliance.page(query), {
      asOf: query.asOf,
      reads: ['models', 'exceptions', 'policy', 'scans'],
      // Its expiring exceptions carry their model's name and their revocation as they are now.
      readsOfToday: ['models', 'exceptions'],
    });
  }
}
