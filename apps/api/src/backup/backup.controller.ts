import { Body, Controller, Get, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { backupSchema, toIsoDate } from '@mmt/domain';
import { RequireRole } from '../auth/auth.decorators.js';
import { jsonSchemaOf } from '../common/openapi.js';
import { RESTORE_JSON_VALUES, RESTORE_LIMIT_BYTES, UploadLimit } from '../common/uploads.js';
import { BackupService } from './backup.service.js';

@ApiTags('backup')
@Controller()
export class BackupController {
  constructor(private readonly backup: BackupService) {}

  /**
   * Everything this instance holds, with history: models and their events, exceptions, policy
   * versions, reviews. Readers may take it: it holds nothing they cannot already read (no accounts or tokens).
   */
  @Get('export')
  @ApiProduces('application/json')
  @ApiOkResponse({
    description: 'The backup file (a download)',
    content: { 'application/json': { schema: jsonSchemaOf(backupSchema) } },
  })
  async export(): Promise<StreamableFile> {
    const now = new Date();
    const file = await this.backup.exportFile(now);
    return new StreamableFile(file.body, {
      type: 'application/json; charset=utf-8',
      disposition: `attachment; filename="migration-tracker-backup-${toIsoDate(now)}.json"`,
      ...(file.length === null ? {} : { length: file.length }),
    });
  }

  /** Restores a backup into an empty instance; the restored instance answers as the original did. */
  @Post('import')
  @HttpCode(201)
  @RequireRole('admin')
  @UploadLimit(RESTORE_LIMIT_BYTES, RESTORE_JSON_VALUES)
  @ApiBody({ schema: jsonSchemaOf(backupSchema) })
  @ApiConflictResponse({ description: 'The instance already holds data; nothing was changed' })
  restore(@Body() body: unknown) {
    return this.backup.restore(body);
  }
}
