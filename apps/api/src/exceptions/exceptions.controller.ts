import { Body, Controller, Delete, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { exceptionInputSchema, exceptionViewSchema, type ExceptionBody } from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiZodResponse } from '../common/openapi.js';
import { ExceptionsService } from './exceptions.service.js';

@ApiTags('exceptions')
@Controller()
export class ExceptionsController {
  constructor(private readonly exceptions: ExceptionsService) {}

  @Post('models/:id/exceptions')
  @HttpCode(201)
  @ApiOperation({ operationId: 'grantException', summary: 'Grant a model a time-limited exception' })
  @ApiZodResponse(201, exceptionViewSchema, 'The exception, with its state today')
  grant(
    @IdParam() modelId: string,
    @Body({ schema: exceptionInputSchema }) body: ExceptionBody,
    @Actor() actor: string,
  ) {
    return this.exceptions.grant(modelId, body, actor);
  }

  /** Revokes the exception; it stays in the record as revoked. */
  @Delete('exceptions/:id')
  @ApiOperation({ operationId: 'revokeException', summary: 'Revoke an exception (it stays in the record)' })
  @ApiZodResponse(200, exceptionViewSchema, 'The exception, revoked')
  revoke(@IdParam() id: string, @Actor() actor: string) {
    return this.exceptions.revoke(id, actor);
  }
}
