import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { CodeDriftRepository } from './code-drift.repository.js';

/** Where the code, as last scanned, disagrees with the registry: read by the models, KPIs, dashboard and reviews. */
@Module({
  imports: [DatabaseModule],
  providers: [CodeDriftRepository],
  exports: [CodeDriftRepository],
})
export class DriftModule {}
