import { Injectable } from '@nestjs/common';
import {
  addDays,
  countVerdicts,
  EXPIRY_WARNING_DAYS,
  exceptionsExpiringWithin,
  isNewProject,
  policyInForceOn,
  summarizeCompliance,
  toIsoDate,
  VERDICT_STATUSES,
  verdictSlice,
} from '@mmt/domain';
import type { ComplianceQuery, CompliancePage, ComplianceReport, Model } from '@mmt/domain';
import { ExceptionRepository } from '../exceptions/exception.repository.js';
import { ModelListRepository } from '../models/model-list.repository.js';
import { toModel } from '../models/model.mapper.js';
import { exceptionView } from '../verdicts/exception-view.js';
import { VerdictService } from '../verdicts/verdict.service.js';

const severity = (model: Model) => VERDICT_STATUSES.indexOf(model.verdict.status);
// Same order as String#localeCompare, without building the comparison afresh for each pair.
const byName = new Intl.Collator().compare;

@Injectable()
export class ComplianceService {
  constructor(
    private readonly modelList: ModelListRepository,
    private readonly exceptions: ExceptionRepository,
    private readonly verdicts: VerdictService,
  ) {}

  /**
   * The counts and rate of the models the filters select at `asOf` (default now), and one page of
   * them, worst verdict first: read from the verdict timelines in SQL, so only the page is judged here.
   */
  async page(query: ComplianceQuery): Promise<CompliancePage> {
    const instant = query.asOf ?? new Date();
    const date = toIsoDate(instant);
    const [counted, policies, expiring] = await Promise.all([
      this.modelList.verdictCounts(query, instant),
      this.verdicts.policyVersions(),
      this.exceptions.expiringBetween(date, addDays(date, EXPIRY_WARNING_DAYS + 1)),
    ]);
    // The counts say which verdicts the page falls in: only those models are sorted by name.
    const slice = verdictSlice(
      countVerdicts(counted),
      query.verdict,
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    const items =
      slice.statuses.length === 0
        ? []
        : await this.modelList.slice(
            { ...query, verdict: slice.statuses, sort: 'verdict', order: 'asc' },
            instant,
            slice.offset,
          );
    const policy = policyInForceOn(policies, date);
    return {
      asOf: instant.toISOString(),
      policy,
      ...summarizeCompliance(counted),
      expiringExceptions: exceptionsExpiringWithin(expiring, date, EXPIRY_WARNING_DAYS, instant).map((exception) =>
        exceptionView(exception, instant),
      ),
      total: slice.total,
      page: query.page,
      pageSize: query.pageSize,
      models: items.map((item) => ({
        ...toModel(item, item.state, this.verdicts.verdictOf(item.state, policies, item.exceptions, instant)),
        newProject: isNewProject(item.state, policy),
      })),
    };
  }

  /** Every model's verdict at `asOf` (default now) under the policy in force then, worst first. */
  async report(asOf?: Date): Promise<ComplianceReport> {
    const instant = asOf ?? new Date();
    const date = toIsoDate(instant);
    const [portfolio, { policy }, expiring] = await Promise.all([
      asOf ? this.modelList.allAt(asOf) : this.modelList.all(),
      this.verdicts.policyAt(instant),
      this.exceptions.expiringBetween(date, addDays(date, EXPIRY_WARNING_DAYS + 1)),
    ]);
    const verdicts = await this.verdicts.judge(portfolio, instant, policy);
    const models = portfolio
      .map((model) => ({
        ...toModel(model, model.state, verdicts.get(model.id)!),
        newProject: isNewProject(model.state, policy),
      }))
      .sort((a, b) => severity(a) - severity(b) || byName(a.name, b.name));
    return {
      asOf: instant.toISOString(),
      policy,
      ...summarizeCompliance(models.map((model) => ({ newProject: model.newProject, status: model.verdict.status }))),
      expiringExceptions: exceptionsExpiringWithin(expiring, date, EXPIRY_WARNING_DAYS, instant).map((exception) =>
        exceptionView(exception, instant),
      ),
      models,
    };
  }
}
