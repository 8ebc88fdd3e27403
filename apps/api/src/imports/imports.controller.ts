import { Controller, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  IMPORT_LIMIT_BYTES,
  importQuerySchema,
  importResultSchema,
  type ImportQuery,
  type ImportResult,
} from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { ApiErrorResponse, ApiZodResponse } from '../common/openapi.js';
import { IMPORT_JSON_VALUES, UploadLimit } from '../common/uploads.js';
import { readImportFile, readSourceFiles } from './import-file.js';
import { ImportsService } from './imports.service.js';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /**
   * Registers and updates models from a file, or from the files of MLflow, Hugging Face or
   * Backstage (`source`): rows matched to models by the source's identity of the model, then by
   * name. `dryRun=true` shows what would happen (200); otherwise every row is applied in one
   * transaction (201) or, if any row has a problem, none is (400 with every problem).
   */
  @Post()
  @UploadLimit(IMPORT_LIMIT_BYTES, IMPORT_JSON_VALUES)
  @ApiOperation({
    operationId: 'importModels',
    summary: 'Register and update models from a CSV or JSON file, or from MLflow, Hugging Face or Backstage files',
  })
  @ApiConsumes('text/csv', 'application/json', 'multipart/form-data')
  @ApiBody({
    description:
      'CSV with a header row (the columns of the CSV status report; report-only columns are read past), JSON `{ "models": [...] }` or an array of models, or a multipart form with the file in the field `file`. With `source`: a multipart form with one or several files, each in a field named `file` with its path as the file name (`models/ner-v2/MLmodel`, `export/ner/model.json`, `bert/README.md`, `catalog-info.yaml`), 20 MB together.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiZodResponse(
    200,
    importResultSchema,
    'The dry run: per row, the action (create, update, unchanged, invalid, skip), the changes, its notes and file, and every problem with its row and column.',
  )
  @ApiZodResponse(201, importResultSchema, 'Imported: every row applied in one transaction')
  @ApiErrorResponse(413, `The file is larger than ${IMPORT_LIMIT_BYTES / 1_048_576} MB`)
  async import(
    @Req() request: FastifyRequest,
    @Query({ schema: importQuerySchema }) query: ImportQuery,
    @Actor() actor: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportResult> {
    const file = query.source
      ? await readSourceFiles(request, query.source, query.name)
      : await readImportFile(request);
    const result = await this.imports.run(file, { dryRun: query.dryRun, actor });
    void reply.status(result.committed ? 201 : 200);
    return result;
  }
}
