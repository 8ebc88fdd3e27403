import { Body, Controller, Delete, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { exceptionInputSchema, type ExceptionBody } from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiZodBody } from '../common/openapi.js';
import { ExceptionsService } from './exceptions.service.js';

@ApiTags('exceptions')
@Controller()
export class ExceptionsController {
  constructor(private readonly exceptions: ExceptionsService) {}

  @Post('models/:id/exceptions')
  @HttpCode(201)
  @ApiZodBody(exceptionInputSchema)
  grant(
    @IdParam() modelId: string,
    @Body({ schema: exceptionInputSchema }) body: ExceptionBody,
    @Actor() actor: string,
  ) {
    return this.exceptions.grant(modelId, body, actor);
  }

  /** Revokes the exception; it stays in the record as revoked. */
  @Delete('exceptions/:id')
  revoke(@IdParam() id: string, @Actor() actor: string) {
    return this.exceptions.revoke(id, actor);
  }
}
