import { Controller, Get, Headers, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { ApiErrorResponse, ApiFileResponse } from '../common/openapi.js';
import { CliBundleFile } from './cli-bundle.js';

/** The `mmt` command line as one file, for CI jobs to fetch from the team's own server: outside /api, no credentials. */
@ApiTags('cli')
@Controller('cli')
export class CliDownloadController {
  constructor(@Inject(CliBundleFile) private readonly bundle: CliBundleFile) {}

  @Get('mmt.mjs')
  @Public()
  @ApiOperation({
    operationId: 'getCommandLine',
    summary: 'The `mmt` command line, one file that runs with plain `node` (22.12+), at this server’s version',
  })
  @ApiFileResponse(
    200,
    'The bundled command line. `X-MMT-Version` is its version (the server’s); the ETag changes with it, so a cache revalidates and gets 304 until the server is upgraded.',
    { 'text/javascript': 'text' },
  )
  @ApiErrorResponse(503, 'This server was started without building the command line (`npm run build` builds it)')
  async download(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const bundle = await this.bundle.read();
    if (!bundle) {
      throw new ServiceUnavailableException(
        'The command line has not been built on this server: run `npm run build` there (it writes packages/cli/dist/mmt.mjs), then download it again.',
      );
    }
    void reply
      .header('x-mmt-version', bundle.version)
      .header('etag', bundle.etag)
      .header('cache-control', 'public, no-cache');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === bundle.etag)) {
      await reply.status(304).send();
      return;
    }
    await reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('content-disposition', 'attachment; filename="mmt.mjs"')
      .send(bundle.body);
  }
}
