import { Injectable } from '@nestjs/common';
import { evaluate, groupBy, policyInForceOn, toIsoDate, verdictSpans } from '@mmt/domain';
import type { ModelExceptionRecord, ModelState, PolicyVersion, Verdict } from '@mmt/domain';
import type { Db } from '../database/prisma.service.js';
import { VerdictInputsRepository } from './verdict-inputs.repository.js';
import { VerdictSpanRepository } from './verdict-span.repository.js';

const REFRESH_BATCH = 250;
const WHOLE_TABLE_THRESHOLD = 500;

/**
 * Applies the domain's policy rules to stored models: judges states at an instant, and keeps each
 * model's verdict timeline (verdict_span) in step with its history, exceptions and the policy.
 */
@Injectable()
export class VerdictService {
  constructor(
    private readonly inputs: VerdictInputsRepository,
    private readonly spans: VerdictSpanRepository,
  ) {}

  async policyAt(instant: Date): Promise<{ policy: PolicyVersion; versions: PolicyVersion[] }> {
    const versions = await this.inputs.policyVersions();
    return { policy: policyInForceOn(versions, toIsoDate(instant)), versions };
  }

  /** Each model's verdict at `instant`, judging the state it had then (under `policy`, when the caller has read it). */
  async judge(
    models: { id: string; state: ModelState }[],
    instant: Date,
    policyInForce?: PolicyVersion,
  ): Promise<Map<string, Verdict>> {
    const [policy, exceptions] = await Promise.all([
      policyInForce ?? this.policyAt(instant).then((read) => read.policy),
      // For a whole portfolio one scan beats a long IN list.
      models.length > WHOLE_TABLE_THRESHOLD
        ? this.inputs.allExceptions()
        : this.inputs.exceptionsOf(models.map((model) => model.id)),
    ]);
    const byModel = groupBy(exceptions, (exception) => exception.modelId);
    const date = toIsoDate(instant);
    return new Map(
      models.map((model) => [model.id, evaluate(model.state, policy, date, byModel.get(model.id) ?? [], instant)]),
    );
  }

  /** Every policy version: read once per request and passed to the methods below. */
  policyVersions(): Promise<PolicyVersion[]> {
    return this.inputs.policyVersions();
  }

  /** A model's verdict at `instant` from inputs the caller already holds (no reads). */
  verdictOf(state: ModelState, policies: PolicyVersion[], exceptions: ModelExceptionRecord[], instant: Date): Verdict {
    const date = toIsoDate(instant);
    return evaluate(state, policyInForceOn(policies, date), date, exceptions, instant);
  }

  /** Recomputes one model's verdict timeline; call inside the transaction that changed its inputs. */
  async refreshModel(db: Db, modelId: string): Promise<void> {
    await this.refreshModels(db, [modelId], await this.inputs.policyVersions(db));
  }

  /** Recomputes every model's timeline (after a policy change), in batches. */
  async refreshAll(db: Db): Promise<void> {
    await this.refreshMany(db, await this.inputs.allModelIds(db));
  }

  /** Recomputes the timelines of many models (an import), in batches. */
  async refreshMany(db: Db, modelIds: readonly string[]): Promise<void> {
    const policies = await this.inputs.policyVersions(db);
    for (let start = 0; start < modelIds.length; start += REFRESH_BATCH) {
      await this.refreshModels(db, modelIds.slice(start, start + REFRESH_BATCH), policies);
    }
  }

  private async refreshModels(db: Db, modelIds: string[], policies: PolicyVersion[]): Promise<void> {
    const [events, exceptions] = await Promise.all([
      this.inputs.historiesOf(modelIds, db),
      this.inputs.exceptionsOf(modelIds, db),
    ]);
    const exceptionsByModel = groupBy(exceptions, (exception) => exception.modelId);
    const historyByModel = groupBy(events, (event) => event.modelId);
    const spansByModel = new Map(
      modelIds.map((modelId) => [
        modelId,
        verdictSpans({
          events: historyByModel.get(modelId) ?? [],
          policies,
          exceptions: exceptionsByModel.get(modelId) ?? [],
        }),
      ]),
    );
    await this.spans.replaceMany(db, spansByModel);
  }
}
