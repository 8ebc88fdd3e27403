import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { healthSchema } from '@mmt/domain';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { ApiZodResponse } from '../common/openapi.js';
import { PrismaService } from '../database/prisma.service.js';

const PROBE_TIMEOUT_MS = 1_500;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'getHealth', summary: 'Whether the server and its database answer' })
  @ApiZodResponse(200, healthSchema, 'Up')
  @ApiZodResponse(503, healthSchema, 'The database does not answer')
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const up = await Promise.race([
      this.prisma.$queryRaw`SELECT 1`.then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS).unref()),
    ]);
    if (!up) void reply.status(503);
    return up ? { status: 'ok', database: 'up' } : { status: 'degraded', database: 'down' };
  }
}
