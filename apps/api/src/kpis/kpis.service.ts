import { Injectable } from '@nestjs/common';
import { EXPIRY_WARNING_DAYS, policyInForceOn, portfolioKpis, toIsoDate } from '@mmt/domain';
import type { PolicyVersion, PortfolioKpis } from '@mmt/domain';
import { CodeDriftRepository } from '../drift/code-drift.repository.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { KpiRepository, type CategoryCount } from './kpi.repository.js';

@Injectable()
export class KpisService {
  constructor(
    private readonly kpis: KpiRepository,
    private readonly verdicts: VerdictService,
    private readonly drift: CodeDriftRepository,
  ) {}

  /**
   * The headline numbers at one moment, judged by the policy in force then: what the dashboard shows
   * and a review freezes. `versions` and `counted` when the caller has read them already.
   */
  async at(instant: Date, versions?: PolicyVersion[], counted?: Promise<CategoryCount[]>): Promise<PortfolioKpis> {
    const [categories, verdicts, exceptionsExpiringSoon, allVersions, codeDisagrees] = await Promise.all([
      counted ?? this.kpis.categoryCounts(instant),
      this.kpis.verdictCounts(instant),
      this.kpis.exceptionsExpiringWithin(instant, EXPIRY_WARNING_DAYS),
      versions ?? this.verdicts.policyVersions(),
      this.drift.disagreementCount(instant),
    ]);
    const policy = policyInForceOn(allVersions, toIsoDate(instant));
    return portfolioKpis({ categories, verdicts, policy, exceptionsExpiringSoon, codeDisagrees });
  }
}
