import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { DriftModule } from '../drift/drift.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ModelListRepository } from './model-list.repository.js';
import { ModelRepository } from './model.repository.js';
import { ModelsController } from './models.controller.js';
import { ModelsService } from './models.service.js';

@Module({
  imports: [DatabaseModule, DriftModule, OutboxModule, VerdictsModule],
  controllers: [ModelsController],
  providers: [ModelsService, ModelRepository, ModelListRepository],
  exports: [ModelsService, ModelRepository, ModelListRepository],
})
export class ModelsModule {}
