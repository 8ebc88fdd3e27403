import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { createModelSchema, updateModelSchema, type CreateModel, type UpdateModel } from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiZodBody, ApiZodQuery } from '../common/openapi.js';
import {
  asOfQuerySchema,
  listModelsQuerySchema,
  type AsOfQuery,
  type ListModelsQuery,
} from './dto/list-models.query.js';
import { ModelsService } from './models.service.js';

@ApiTags('models')
@Controller('models')
export class ModelsController {
  constructor(private readonly models: ModelsService) {}

  @Post()
  @HttpCode(201)
  @ApiZodBody(createModelSchema)
  @ApiConflictResponse({ description: 'A model with this name already exists' })
  create(@Body({ schema: createModelSchema }) body: CreateModel, @Actor() actor: string) {
    return this.models.create(body, actor);
  }

  @Get()
  @ApiZodQuery(listModelsQuerySchema)
  list(@Query({ schema: listModelsQuerySchema }) query: ListModelsQuery) {
    return this.models.list(query);
  }

  @Get(':id')
  @ApiZodQuery(asOfQuerySchema)
  get(@IdParam() id: string, @Query({ schema: asOfQuerySchema }) query: AsOfQuery) {
    return this.models.get(id, query.asOf);
  }

  @Patch(':id')
  @ApiZodBody(updateModelSchema)
  @ApiConflictResponse({ description: 'Stale version (the body carries `current`), or a duplicate name' })
  update(@IdParam() id: string, @Body({ schema: updateModelSchema }) body: UpdateModel, @Actor() actor: string) {
    return this.models.update(id, body, actor);
  }

  @Get(':id/history')
  history(@IdParam() id: string) {
    return this.models.history(id);
  }
}
