import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { VerdictInputsRepository } from './verdict-inputs.repository.js';
import { VerdictSpanRepository } from './verdict-span.repository.js';
import { VerdictService } from './verdict.service.js';

/**
 * The policy applied to the models: verdicts at an instant and each model's verdict timeline. Below
 * every feature: the modules that change a verdict's inputs (models, exceptions, policy) import it.
 */
@Module({
  imports: [DatabaseModule],
  providers: [VerdictService, VerdictInputsRepository, VerdictSpanRepository],
  exports: [VerdictService, VerdictInputsRepository, VerdictSpanRepository],
})
export class VerdictsModule {}
