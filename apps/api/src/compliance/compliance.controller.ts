import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodQuery } from '../common/openapi.js';
import { asOfQuerySchema, type AsOfQuery } from '../models/dto/list-models.query.js';
import { ComplianceService } from './compliance.service.js';

@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get()
  @ApiZodQuery(asOfQuerySchema)
  report(@Query({ schema: asOfQuerySchema }) query: AsOfQuery) {
    return this.compliance.report(query.asOf);
  }
}
