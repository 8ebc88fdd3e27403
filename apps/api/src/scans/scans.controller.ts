import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  listScansQuerySchema,
  scanInputSchema,
  scanListSchema,
  scanSchema,
  type ListScansQuery,
  type ScanInput,
} from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiZodResponse } from '../common/openapi.js';
import { ScansService } from './scans.service.js';

@ApiTags('scans')
@Controller('models/:id/scans')
export class ScansController {
  constructor(private readonly scans: ScansService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'recordScan', summary: "Record a scan of the model's repository (`mmt scan --post`)" })
  @ApiZodResponse(201, scanSchema, 'The scan as recorded')
  record(@IdParam() modelId: string, @Body({ schema: scanInputSchema }) body: ScanInput, @Actor() actor: string) {
    return this.scans.record(modelId, body, actor);
  }

  @Get()
  @ApiOperation({ operationId: 'listScans', summary: "The model's scans, newest first" })
  @ApiZodResponse(200, scanListSchema)
  list(@IdParam() modelId: string, @Query({ schema: listScansQuerySchema }) query: ListScansQuery) {
    return this.scans.list(modelId, query.limit);
  }
}
