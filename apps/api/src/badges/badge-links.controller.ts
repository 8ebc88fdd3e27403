import { Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { badgeLinkSchema, badgeSecretRotationSchema } from '@mmt/domain';
import type { FastifyRequest } from 'fastify';
import { RequireRole } from '../auth/auth.decorators.js';
import { IdParam } from '../common/id-param.js';
import { ApiZodResponse } from '../common/openapi.js';
import { BadgesService } from './badges.service.js';

/** Where the request says it was sent to: the base of the links when PUBLIC_URL is not set. */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const LINK_DESCRIPTION = 'The signed badge URL and Markdown that shows it, linking to its page.';

@ApiTags('badges')
@Controller('badges')
export class BadgeLinksController {
  constructor(private readonly badges: BadgesService) {}

  @Get('models/:id')
  @ApiOperation({ operationId: 'getModelBadgeLink', summary: "A model's signed badge URL and its Markdown" })
  @ApiZodResponse(200, badgeLinkSchema, LINK_DESCRIPTION)
  model(@IdParam() id: string, @Req() request: FastifyRequest) {
    return this.badges.modelLink(id, originOf(request));
  }

  @Get('teams/:team')
  @ApiOperation({ operationId: 'getTeamBadgeLink', summary: "A team's signed badge URL and its Markdown" })
  @ApiZodResponse(200, badgeLinkSchema, LINK_DESCRIPTION)
  team(@Param('team') team: string, @Req() request: FastifyRequest) {
    return this.badges.teamLink(team, originOf(request));
  }

  /** A new signing secret: every badge URL given out so far shows the grey unknown badge. */
  @Post('rotate-secret')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({
    operationId: 'rotateBadgeSecret',
    summary: 'A new badge signing secret: every badge URL so far turns grey',
  })
  @ApiZodResponse(200, badgeSecretRotationSchema)
  rotateSecret() {
    return this.badges.rotateSecret();
  }
}
