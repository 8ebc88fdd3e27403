import { applyDecorators, Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { ApiFileResponse } from '../common/openapi.js';
import { BadgesService } from './badges.service.js';

const BadgeHeaders = () =>
  applyDecorators(
    Header('content-type', 'image/svg+xml; charset=utf-8'),
    // Short, so a rotated secret or a changed verdict shows on a README within minutes.
    Header('cache-control', 'public, max-age=300'),
    // Embedded by other sites' pages (a code host's README): helmet's same-origin default would refuse.
    Header('cross-origin-resource-policy', 'cross-origin'),
  );

const BadgeResponse = () =>
  ApiFileResponse(
    200,
    'A shields-style SVG badge. A missing, bad or rotated `sig`, or anything unknown, gives the grey "framework policy: unknown" badge, also with 200.',
    { 'image/svg+xml': 'text' },
  );

/** The badges a README embeds: outside /api, open to anyone holding a signed URL. */
@ApiTags('badges')
@Controller('badges')
export class BadgesController {
  constructor(private readonly badges: BadgesService) {}

  @Get('models/:id.svg')
  @Public()
  @ApiOperation({ operationId: 'getModelBadge', summary: "A model's badge (SVG), for a README" })
  @BadgeHeaders()
  @ApiQuery({ name: 'sig', required: true, description: 'From GET /api/badges/models/{id}' })
  @BadgeResponse()
  model(@Param('id') id: string, @Query('sig') sig: unknown): Promise<string> {
    return this.badges.modelSvg(id, sig);
  }

  @Get('teams/:team.svg')
  @Public()
  @ApiOperation({ operationId: 'getTeamBadge', summary: "A team's new-project compliance badge (SVG), for a README" })
  @BadgeHeaders()
  @ApiQuery({ name: 'sig', required: true, description: 'From GET /api/badges/teams/{team}' })
  @BadgeResponse()
  team(@Param('team') team: string, @Query('sig') sig: unknown): Promise<string> {
    return this.badges.teamSvg(team, sig);
  }
}
