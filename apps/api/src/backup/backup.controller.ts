import { Body, Controller, Get, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { backupSchema, restoreSummarySchema, toIsoDate } from '@mmt/domain';
import { RequireRole } from '../auth/auth.decorators.js';
import { ApiErrorResponse, ApiFileResponse, ApiZodResponse, jsonSchemaOf } from '../common/openapi.js';
import { RESTORE_JSON_VALUES, RESTORE_LIMIT_BYTES, UploadLimit } from '../common/uploads.js';
import { BackupService } from './backup.service.js';

const DOWNLOADED = 'The backup file (a download)';
const RESTORED = 'Restored: how many records of each kind';
const NOT_EMPTY = 'The instance already holds data; nothing was changed';

// The routes were `GET /api/export` and `POST /api/import`; those stay for a release, answering the same.
@ApiTags('backup')
@Controller()
export class BackupController {
  constructor(private readonly backup: BackupService) {}

  /**
   * Everything this instance holds, with history: models and their events, exceptions, policy
   * versions, reviews. Readers may take it: it holds nothing they cannot already read (no accounts or tokens).
   */
  @Get('backup')
  @ApiOperation({ operationId: 'downloadBackup', summary: 'Everything this instance holds, with history, as one file' })
  @ApiFileResponse(200, DOWNLOADED, { 'application/json': backupSchema })
  async download(): Promise<StreamableFile> {
    const now = new Date();
    const file = await this.backup.exportFile(now);
    return new StreamableFile(file.body, {
      type: 'application/json; charset=utf-8',
      disposition: `attachment; filename="migration-tracker-backup-${toIsoDate(now)}.json"`,
      ...(file.length === null ? {} : { length: file.length }),
    });
  }

  /** Restores a backup into an empty instance; the restored instance answers as the original did. */
  @Post('backup/restore')
  @HttpCode(201)
  @RequireRole('admin')
  @UploadLimit(RESTORE_LIMIT_BYTES, RESTORE_JSON_VALUES)
  @ApiOperation({ operationId: 'restoreBackup', summary: 'Restore a backup into an empty instance' })
  @ApiBody({ schema: jsonSchemaOf(backupSchema, 'input') })
  @ApiZodResponse(201, restoreSummarySchema, RESTORED)
  @ApiErrorResponse(409, NOT_EMPTY)
  restore(@Body() body: unknown) {
    return this.backup.restore(body);
  }

  @Get('export')
  @ApiOperation({ operationId: 'downloadBackupDeprecated', summary: 'Old name of GET /api/backup', deprecated: true })
  @ApiFileResponse(200, DOWNLOADED, { 'application/json': backupSchema })
  downloadDeprecated(): Promise<StreamableFile> {
    return this.download();
  }

  @Post('import')
  @HttpCode(201)
  @RequireRole('admin')
  @UploadLimit(RESTORE_LIMIT_BYTES, RESTORE_JSON_VALUES)
  @ApiOperation({
    operationId: 'restoreBackupDeprecated',
    summary: 'Old name of POST /api/backup/restore',
    deprecated: true,
  })
  @ApiBody({ schema: jsonSchemaOf(backupSchema, 'input') })
  @ApiZodResponse(201, restoreSummarySchema, RESTORED)
  @ApiErrorResponse(409, NOT_EMPTY)
  restoreDeprecated(@Body() body: unknown) {
    return this.restore(body);
  }
}
