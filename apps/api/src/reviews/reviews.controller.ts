import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  changeGroupPageSchema,
  changeGroupQuerySchema,
  compareQuerySchema,
  latestChangesSchema,
  reviewComparisonSchema,
  reviewInputSchema,
  reviewListSchema,
  reviewRecordSchema,
  type ChangeGroupQuery,
  type CompareQuery,
  type ReviewInput,
} from '@mmt/domain';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiZodResponse } from '../common/openapi.js';
import { AnswerCache, type DataArea } from '../database/answer-cache.js';
import { ReviewsService } from './reviews.service.js';

/** What the changes since the last review read: the review itself, and everything it compares. */
const CHANGES_READ: readonly DataArea[] = ['models', 'exceptions', 'policy', 'reviews', 'scans'];

@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly cache: AnswerCache,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'recordReview', summary: 'Record a weekly review, freezing every verdict and the KPIs' })
  @ApiZodResponse(201, reviewRecordSchema, 'The review with its frozen snapshot')
  record(@Body({ schema: reviewInputSchema }) body: ReviewInput, @Actor() actor: string) {
    return this.reviews.record(body, actor);
  }

  @Get()
  @ApiOperation({ operationId: 'listReviews', summary: 'Every recorded review, newest first' })
  @ApiZodResponse(200, reviewListSchema)
  list() {
    return this.reviews.list();
  }

  @Get('latest/changes')
  @ApiOperation({ operationId: 'getLatestChanges', summary: 'What changed since the last review, grouped' })
  @ApiZodResponse(200, latestChangesSchema)
  @Header('content-type', 'application/json; charset=utf-8')
  changes(): Promise<Buffer> {
    return this.cache.json('review changes', () => this.reviews.changesSinceLastReview(), {
      asOf: undefined,
      reads: CHANGES_READ,
    });
  }

  @Get('latest/changes/group')
  @ApiOperation({
    operationId: 'getLatestChangeGroup',
    summary: 'One group of what changed since the last review, a page at a time (the rest of a long group)',
  })
  @ApiZodResponse(200, changeGroupPageSchema)
  @Header('content-type', 'application/json; charset=utf-8')
  changeGroup(@Query({ schema: changeGroupQuerySchema }) query: ChangeGroupQuery): Promise<Buffer> {
    return this.cache.json(`review changes ${JSON.stringify(query)}`, () => this.reviews.changeGroup(query), {
      asOf: undefined,
      reads: CHANGES_READ,
    });
  }

  @Get('compare')
  @ApiOperation({ operationId: 'compareReviews', summary: 'Models whose verdict differs between two reviews' })
  @ApiZodResponse(200, reviewComparisonSchema)
  compare(@Query({ schema: compareQuerySchema }) query: CompareQuery) {
    return this.reviews.compare(query.from, query.to);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getReview', summary: 'One review with its frozen snapshot' })
  @ApiZodResponse(200, reviewRecordSchema)
  get(@IdParam() id: string) {
    return this.reviews.get(id);
  }
}
