import { Module } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { DriftModule } from '../drift/drift.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { KpiRepository } from './kpi.repository.js';
import { KpisService } from './kpis.service.js';

/** The portfolio's headline numbers at an instant: shown by the dashboard, frozen by each review. */
@Module({
  imports: [DatabaseModule, DriftModule, VerdictsModule],
  providers: [KpisService, KpiRepository],
  exports: [KpisService, KpiRepository],
})
export class KpisModule {}
