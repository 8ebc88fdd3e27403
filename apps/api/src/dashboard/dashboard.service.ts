import { Injectable } from '@nestjs/common';
import {
  changeSince,
  FRAMEWORK_FAMILIES,
  FRAMEWORKS,
  frameworkLifecycleKey,
  KPI_NAMES,
  lastWeekEnds,
  legacyInProductionSeries,
  LIFECYCLES,
  pivotCounts,
  policyInForceOn,
  portfolioKpis,
  quarterOf,
  quartersBetween,
  retirementProjection,
  storyRange,
  runningTotals,
  toIsoDate,
  VERDICT_STATUSES,
  weekEndsBetween,
  EXPIRY_WARNING_DAYS,
} from '@mmt/domain';
import type { PolicyVersion, PortfolioKpis } from '@mmt/domain';
import { PolicyRepository } from '../policy/policy.repository.js';
import { ReviewRepository } from '../reviews/review.repository.js';
import { DashboardQueries, type CategoryCount } from './dashboard.queries.js';
import type { DashboardQuery } from './dashboard.query.js';

export type KpiTiles = Record<
  keyof PortfolioKpis,
  { value: number | null; previous: number | null; change: number | null }
>;

@Injectable()
export class DashboardService {
  constructor(
    private readonly queries: DashboardQueries,
    private readonly policies: PolicyRepository,
    private readonly reviews: ReviewRepository,
  ) {}

  /** The headline numbers at one moment, judged by the policy in force then. */
  async kpisAt(instant: Date, versions?: PolicyVersion[], counted?: Promise<CategoryCount[]>): Promise<PortfolioKpis> {
    const [categories, verdicts, exceptionsExpiringSoon, allVersions] = await Promise.all([
      counted ?? this.queries.categoryCounts(instant),
      this.queries.verdictCounts(instant),
      this.queries.exceptionsExpiringWithin(instant, EXPIRY_WARNING_DAYS),
      versions ?? this.policies.all(),
    ]);
    const policy = policyInForceOn(allVersions, toIsoDate(instant));
    return portfolioKpis({ categories, verdicts, policy, exceptionsExpiringSoon });
  }

  async dashboard(query: DashboardQuery) {
    const instant = query.asOf ?? new Date();
    const date = toIsoDate(instant);
    const [versions, lastReview, firstEvent] = await Promise.all([
      this.policies.all(),
      this.reviews.latestAtOrBefore(instant),
      query.weeks === undefined || query.weeks === 'all' ? this.queries.firstEventAt() : Promise.resolve(null),
    ]);
    const policy = policyInForceOn(versions, date);
    const firstDate = firstEvent && firstEvent <= instant ? toIsoDate(firstEvent) : null;
    const range = query.weeks ?? storyRange(firstDate, date);
    const weekEnds = range === 'all' ? weekEndsBetween(firstDate ?? date, date) : lastWeekEnds(date, range);
    const firstWeekEnd = weekEnds[0]!;
    // The KPIs and the lifecycle table read the same category counts: one query for both.
    const categoryCounts = this.queries.categoryCounts(instant);
    const [kpis, portfolioDeltas, verdictDeltas, cohorts, categories, legacyModels] = await Promise.all([
      this.kpisAt(instant, versions, categoryCounts),
      this.queries.portfolioDeltas(instant, firstWeekEnd),
      this.queries.verdictDeltas(instant, firstWeekEnd),
      this.queries.cohorts(instant),
      categoryCounts,
      this.queries.productionModelsOn(policy.legacyFrameworks, query.asOf ?? null),
    ]);

    const families = runningTotals(
      portfolioDeltas
        .filter((row) => row.lifecycle !== 'retired')
        .map((row) => ({ weekEnd: row.weekEnd, key: row.family, delta: row.count })),
      weekEnds,
      FRAMEWORK_FAMILIES,
    );
    const frameworkLifecycle = runningTotals(
      portfolioDeltas.map((row) => ({
        weekEnd: row.weekEnd,
        key: frameworkLifecycleKey(row.framework, row.lifecycle),
        delta: row.count,
      })),
      weekEnds,
      FRAMEWORKS.flatMap((framework) => LIFECYCLES.map((lifecycle) => frameworkLifecycleKey(framework, lifecycle))),
    );
    const verdicts = runningTotals(
      verdictDeltas.map((row) => ({ weekEnd: row.weekEnd, key: row.status, delta: row.count })),
      weekEnds,
      VERDICT_STATUSES,
    );
    const cohortQuarters =
      cohorts.length > 0 ? quartersBetween(cohorts.map((row) => row.quarterStart).sort()[0]!, date) : [];

    return {
      asOf: instant.toISOString(),
      range,
      weeks: weekEnds.length,
      policy,
      lastReview: lastReview ? { id: lastReview.id, heldOn: lastReview.heldOn, createdAt: lastReview.createdAt } : null,
      kpis: Object.fromEntries(
        KPI_NAMES.map((name) => {
          const previous = lastReview?.kpis[name] ?? null;
          return [name, { value: kpis[name], previous, change: changeSince(kpis[name], previous) }];
        }),
      ) as KpiTiles,
      series: {
        families,
        verdicts,
        legacyInProduction: legacyInProductionSeries(frameworkLifecycle, versions),
      },
      cohorts: {
        newProjectsFrom: policy.newProjectsFrom,
        policyQuarter: quarterOf(policy.newProjectsFrom),
        rows: pivotCounts(
          cohorts.map((row) => ({ row: quarterOf(row.quarterStart), column: row.family, count: row.count })),
          cohortQuarters,
          FRAMEWORK_FAMILIES,
        ),
      },
      lifecycleByFamily: pivotCounts(
        categories.map((row) => ({ row: row.family, column: row.lifecycle, count: row.count })),
        FRAMEWORK_FAMILIES,
        LIFECYCLES,
      ),
      legacyProjection: retirementProjection(legacyModels, date),
    };
  }
}
