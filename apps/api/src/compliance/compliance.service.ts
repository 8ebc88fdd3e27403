import { Injectable } from '@nestjs/common';
import {
  addDays,
  EXPIRY_WARNING_DAYS,
  exceptionStateAt,
  exceptionsExpiringWithin,
  isNewProject,
  summarizeCompliance,
  toIsoDate,
  VERDICT_STATUSES,
} from '@mmt/domain';
import type { ComplianceReport, Model, ModelState } from '@mmt/domain';
import { ExceptionRepository } from '../exceptions/exception.repository.js';
import { ModelListQuery } from '../models/model-list.query.js';
import { stateFromRow, toModel, type ModelMeta } from '../models/model.mapper.js';
import { PrismaService } from '../database/prisma.service.js';
import { VerdictService } from '../verdicts/verdict.service.js';

const severity = (model: Model) => VERDICT_STATUSES.indexOf(model.verdict.status);
// Same order as String#localeCompare, without building the comparison afresh for each pair.
const byName = new Intl.Collator().compare;

@Injectable()
export class ComplianceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly listQuery: ModelListQuery,
    private readonly exceptions: ExceptionRepository,
    private readonly verdicts: VerdictService,
  ) {}

  /** Every model's verdict at `asOf` (default now) under the policy in force then, worst first. */
  async report(asOf?: Date): Promise<ComplianceReport> {
    const instant = asOf ?? new Date();
    const date = toIsoDate(instant);
    const [portfolio, { policy }, expiring] = await Promise.all([
      this.portfolioAt(asOf),
      this.verdicts.policyAt(instant),
      this.exceptions.expiringBetween(date, addDays(date, EXPIRY_WARNING_DAYS + 1)),
    ]);
    const verdicts = await this.verdicts.judge(
      portfolio.map(({ meta, state }) => ({ id: meta.id, state })),
      instant,
      policy,
    );
    const models = portfolio
      .map(({ meta, state }) => ({
        ...toModel(meta, state, verdicts.get(meta.id)!),
        newProject: isNewProject(state, policy),
      }))
      .sort((a, b) => severity(a) - severity(b) || byName(a.name, b.name));
    return {
      asOf: instant.toISOString(),
      policy,
      ...summarizeCompliance(models.map((model) => ({ newProject: model.newProject, status: model.verdict.status }))),
      expiringExceptions: exceptionsExpiringWithin(expiring, date, EXPIRY_WARNING_DAYS, instant).map((exception) => ({
        ...exception,
        state: exceptionStateAt(exception, date, instant),
      })),
      models,
    };
  }

  private async portfolioAt(asOf: Date | undefined): Promise<{ meta: ModelMeta; state: ModelState }[]> {
    if (asOf) return (await this.listQuery.allAt(asOf)).map((item) => ({ meta: item, state: item.state }));
    const rows = await this.prisma.model.findMany({ orderBy: { name: 'asc' } });
    return rows.map((row) => ({ meta: row, state: stateFromRow(row) }));
  }
}
