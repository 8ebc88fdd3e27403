import { Controller, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IMPORT_LIMIT_BYTES, type ImportResult } from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { ApiZodQuery } from '../common/openapi.js';
import { optionalParam } from '../common/query-params.js';
import { IMPORT_JSON_VALUES, UploadLimit } from '../common/uploads.js';
import { readImportFile } from './import-file.js';
import { ImportsService } from './imports.service.js';

const importQuerySchema = z.object({
  dryRun: optionalParam(z.enum(['true', 'false'], { message: 'must be true or false' })).transform(
    (value) => value === 'true',
  ),
});

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /**
   * Registers and updates models from a file: rows matched to models by name. `dryRun=true`
   * shows what would happen (200); otherwise every row is applied in one transaction (201) or,
   * if any row has a problem, none is (400 with every problem).
   */
  @Post()
  @UploadLimit(IMPORT_LIMIT_BYTES, IMPORT_JSON_VALUES)
  @ApiZodQuery(importQuerySchema)
  @ApiConsumes('text/csv', 'application/json', 'multipart/form-data')
  @ApiBody({
    description:
      'CSV with a header row (the columns of the CSV status report; report-only columns are read past), JSON `{ "models": [...] }` or an array of models, or a multipart form with the file in the field `file`.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({
    description:
      'The dry run: per row, the action (create, update, unchanged, invalid), the changes, and every problem with its row and column.',
  })
  @ApiPayloadTooLargeResponse({ description: `The file is larger than ${IMPORT_LIMIT_BYTES / 1_048_576} MB` })
  async import(
    @Req() request: FastifyRequest,
    @Query({ schema: importQuerySchema }) query: z.output<typeof importQuerySchema>,
    @Actor() actor: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportResult> {
    const result = await this.imports.run(await readImportFile(request), { dryRun: query.dryRun, actor });
    void reply.status(result.committed ? 201 : 200);
    return result;
  }
}
