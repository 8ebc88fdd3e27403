import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { reviewInputSchema, type ReviewInput } from '@mmt/domain';
import { z } from 'zod';
import { Actor } from '../common/actor.decorator.js';
import { IdParam } from '../common/id-param.js';
import { ApiZodBody, ApiZodQuery } from '../common/openapi.js';
import { ReviewsService } from './reviews.service.js';

const uuid = z.uuid({ message: 'must be a review id' });
const compareQuerySchema = z.object({ from: uuid, to: uuid });

@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post()
  @HttpCode(201)
  @ApiZodBody(reviewInputSchema)
  record(@Body({ schema: reviewInputSchema }) body: ReviewInput, @Actor() actor: string) {
    return this.reviews.record(body, actor);
  }

  @Get()
  list() {
    return this.reviews.list();
  }

  @Get('latest/changes')
  changes() {
    return this.reviews.changesSinceLastReview();
  }

  @Get('compare')
  @ApiZodQuery(compareQuerySchema)
  compare(@Query({ schema: compareQuerySchema }) query: z.output<typeof compareQuerySchema>) {
    return this.reviews.compare(query.from, query.to);
  }

  @Get(':id')
  get(@IdParam() id: string) {
    return this.reviews.get(id);
  }
}
