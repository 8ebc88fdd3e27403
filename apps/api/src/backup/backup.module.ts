import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module.js';
import { BackupController } from './backup.controller.js';
import { BackupRepository } from './backup.repository.js';
import { BackupService } from './backup.service.js';

@Module({ imports: [ImportsModule], controllers: [BackupController], providers: [BackupService, BackupRepository] })
export class BackupModule {}
