import { Body, Controller, Get, Header, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  asOfQuerySchema,
  createModelSchema,
  listModelsQuerySchema,
  modelDetailSchema,
  modelHistorySchema,
  modelPageSchema,
  modelSchema,
  modelVerdictQuerySchema,
  modelVerdictSchema,
  updateModelSchema,
  type AsOfQuery,
  type CreateModel,
  type ListModelsQuery,
  type ModelVerdictQuery,
  type UpdateModel,
} from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiErrorResponse, ApiZodResponse } from '../common/openapi.js';
import { AnswerCache } from '../database/answer-cache.js';
import { ModelsService } from './models.service.js';

@ApiTags('models')
@Controller('models')
export class ModelsController {
  constructor(
    private readonly models: ModelsService,
    private readonly cache: AnswerCache,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'createModel', summary: 'Register a model' })
  @ApiZodResponse(201, modelSchema, 'The model, with its verdict')
  @ApiErrorResponse(409, 'A model with this name already exists')
  create(@Body({ schema: createModelSchema }) body: CreateModel, @Actor() actor: string) {
    return this.models.create(body, actor);
  }

  @Get()
  @ApiOperation({ operationId: 'listModels', summary: 'List models: filtered, searched, sorted, a page at a time' })
  @ApiZodResponse(200, modelPageSchema)
  @Header('content-type', 'application/json; charset=utf-8')
  list(@Query({ schema: listModelsQuerySchema }) query: ListModelsQuery): Promise<Buffer> {
    // A team browsing the list asks the same pages again and again: each is kept until a write to
    // what it reads, so under a steady stream of writes most requests still find it computed.
    return this.cache.json(`models ${JSON.stringify(query)}`, () => this.models.list(query), {
      asOf: query.asOf,
      reads: ['models', 'exceptions', 'policy', 'scans'],
    });
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getModel', summary: 'One model with its exceptions, now or as of a past moment' })
  @ApiZodResponse(200, modelDetailSchema)
  @Header('content-type', 'application/json; charset=utf-8')
  get(@IdParam() id: string, @Query({ schema: asOfQuerySchema }) query: AsOfQuery): Promise<Buffer> {
    return this.cache.json(`model ${id} ${query.asOf?.toISOString() ?? 'now'}`, () => this.models.get(id, query.asOf), {
      asOf: query.asOf,
      reads: ['models', 'exceptions', 'policy', 'scans'],
      // It lists every exception of the model, those granted or revoked since included.
      readsOfToday: ['exceptions'],
    });
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateModel', summary: 'Change a model (send the version you edited)' })
  @ApiZodResponse(200, modelSchema, 'The model after the change')
  @ApiErrorResponse(409, 'Stale version (the body carries `current`), or a duplicate name')
  update(@IdParam() id: string, @Body({ schema: updateModelSchema }) body: UpdateModel, @Actor() actor: string) {
    return this.models.update(id, body, actor);
  }

  @Get(':id/verdict')
  @ApiOperation({
    operationId: 'getModelVerdict',
    summary: "A model's verdict now, or the one it would get with another framework (what `mmt check` asks)",
  })
  @ApiZodResponse(200, modelVerdictSchema)
  verdict(@IdParam() id: string, @Query({ schema: modelVerdictQuerySchema }) query: ModelVerdictQuery) {
    return this.models.verdict(id, query);
  }

  @Get(':id/history')
  @ApiOperation({ operationId: 'getModelHistory', summary: "A model's history, newest first" })
  @ApiZodResponse(200, modelHistorySchema)
  history(@IdParam() id: string) {
    return this.models.history(id);
  }
}
