import { Injectable } from '@nestjs/common';
import {
  addDays,
  EXPIRY_WARNING_DAYS,
  exceptionsExpiringWithin,
  isNewProject,
  summarizeCompliance,
  toIsoDate,
  VERDICT_STATUSES,
} from '@mmt/domain';
import type { ComplianceReport, Model } from '@mmt/domain';
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
