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
  quarterOf,
  quartersBetween,
  retirementProjection,
  storyRange,
  runningTotals,
  toIsoDate,
  VERDICT_STATUSES,
  weekEndsSince,
  MAX_WEEKS,
} from '@mmt/domain';
import type { Dashboard, DashboardQuery } from '@mmt/domain';
import { KpiRepository } from '../kpis/kpi.repository.js';
import { KpisService } from '../kpis/kpis.service.js';
import { ReviewRepository } from '../reviews/review.repository.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { DashboardRepository } from './dashboard.repository.js';

@Injectable()
export class DashboardService {
  constructor(
    private readonly series: DashboardRepository,
    private readonly counts: KpiRepository,
    private readonly kpis: KpisService,
    private readonly verdicts: VerdictService,
    private readonly reviews: ReviewRepository,
  ) {}

  async dashboard(query: DashboardQuery): Promise<Dashboard> {
    const instant = query.asOf ?? new Date();
    const date = toIsoDate(instant);
    const [versions, lastReview, firstEvent] = await Promise.all([
      this.verdicts.policyVersions(),
      this.reviews.latestSummaryAtOrBefore(instant),
      query.weeks === undefined || query.weeks === 'all' ? this.series.firstEventAt() : Promise.resolve(null),
    ]);
    const policy = policyInForceOn(versions, date);
    const firstDate = firstEvent && firstEvent <= instant ? toIsoDate(firstEvent) : null;
    const range = query.weeks ?? storyRange(firstDate, date);
    const weekEnds = range === 'all' ? weekEndsSince(firstDate ?? date, date, MAX_WEEKS) : lastWeekEnds(date, range);
    const firstWeekEnd = weekEnds[0]!;
    // The KPIs and the lifecycle table read the same category counts: one query for both.
    const categoryCounts = this.counts.categoryCounts(instant);
    const [kpis, portfolioDeltas, verdictDeltas, cohorts, categories, legacyModels, tf1Deltas] = await Promise.all([
      this.kpis.at(instant, versions, categoryCounts),
      this.series.portfolioDeltas(instant, firstWeekEnd),
      this.series.verdictDeltas(instant, firstWeekEnd),
      this.series.cohorts(instant),
      categoryCounts,
      this.series.productionModelsOn(policy.legacyFrameworks, query.asOf ?? null),
      this.series.tf1ApiUseDeltas(instant, firstWeekEnd),
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
      ) as Dashboard['kpis'],
      series: {
        // Each point holds a count under every key it was asked for.
        families: families as Dashboard['series']['families'],
        verdicts: verdicts as Dashboard['series']['verdicts'],
        legacyInProduction: legacyInProductionSeries(frameworkLifecycle, versions),
        tf1ApiUses: runningTotals(
          tf1Deltas.map((row) => ({ weekEnd: row.weekEnd, key: 'count', delta: row.count })),
          weekEnds,
          ['count'],
        ).map((point) => ({ weekEnd: point.weekEnd, count: Number(point.count) })),
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
