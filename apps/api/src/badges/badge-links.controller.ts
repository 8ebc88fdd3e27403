import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { RequireRole } from '../auth/auth.decorators.js';
import { IdParam } from '../common/id-param.js';
import { BadgesService } from './badges.service.js';

/** Where the request says it was sent to: the base of the links when PUBLIC_URL is not set. */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const linkDocs = {
  description:
    'The signed badge URL (absolute: PUBLIC_URL when set, else the host this request was sent to) and Markdown that shows it, linking to its page.',
  schema: {
    type: 'object',
    properties: { url: { type: 'string' }, markdown: { type: 'string' } },
    required: ['url', 'markdown'],
  },
};

@ApiTags('badges')
@Controller('badges')
export class BadgeLinksController {
  constructor(private readonly badges: BadgesService) {}

  @Get('models/:id')
  @ApiOkResponse(linkDocs)
  model(@IdParam() id: string, @Req() request: FastifyRequest) {
    return this.badges.modelLink(id, originOf(request));
  }

  @Get('teams/:team')
  @ApiOkResponse(linkDocs)
  team(@Param('team') team: string, @Req() request: FastifyRequest) {
    return this.badges.teamLink(team, originOf(request));
  }

  /** A new signing secret: every badge URL given out so far shows the grey unknown badge. */
  @Post('rotate-secret')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOkResponse({ schema: { type: 'object', properties: { rotatedAt: { type: 'string', format: 'date-time' } } } })
  rotateSecret() {
    return this.badges.rotateSecret();
  }
}
