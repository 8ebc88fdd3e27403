import { Module } from '@nestjs/common';
import { ImportRepository } from './import.repository.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

@Module({
  controllers: [ImportsController],
  providers: [ImportsService, ImportRepository],
  exports: [ImportRepository],
})
export class ImportsModule {}
