import { Injectable } from '@nestjs/common';
import { exceptionInputSchemaFor, toIsoDate, type ExceptionBody, type ExceptionView } from '@mmt/domain';
import { notFound } from '../common/domain-error.js';
import { parseOrThrow } from '../common/validation.js';
import { PrismaService } from '../database/prisma.service.js';
import { ChangeNotifications } from '../notifications/change-notifications.js';
import { exceptionView } from '../verdicts/exception-view.js';
import { VerdictInputsRepository } from '../verdicts/verdict-inputs.repository.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { ExceptionRepository } from './exception.repository.js';

@Injectable()
export class ExceptionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly exceptions: ExceptionRepository,
    private readonly inputs: VerdictInputsRepository,
    private readonly verdicts: VerdictService,
    private readonly notifications: ChangeNotifications,
  ) {}

  async grant(modelId: string, body: ExceptionBody, actor: string, now = new Date()): Promise<ExceptionView> {
    // grantedOn defaults to today, so the expiry check needs the clock: done here, same 400 as the edge.
    const input = parseOrThrow(exceptionInputSchemaFor(toIsoDate(now)), body);
    const exception = await this.prisma.$transaction(async (tx) => {
      if (!(await this.inputs.holdModel(tx, modelId))) throw notFound('Model', modelId);
      const created = await this.exceptions.create(tx, modelId, input, actor, now);
      await this.verdicts.refreshModel(tx, modelId);
      await this.notifications.exceptionChanged(tx, 'granted', created, actor, now);
      return created;
    });
    return exceptionView(exception, now);
  }

  async revoke(id: string, actor: string, now = new Date()): Promise<ExceptionView> {
    const exception = await this.prisma.$transaction(async (tx) => {
      const existing = await this.exceptions.findById(id, tx);
      if (!existing) throw notFound('Exception', id);
      await this.inputs.holdModel(tx, existing.modelId);
      const revoked = (await this.exceptions.revoke(tx, id, actor, now)) ?? existing;
      await this.verdicts.refreshModel(tx, existing.modelId);
      if (existing.revokedAt === null) await this.notifications.exceptionChanged(tx, 'revoked', revoked, actor, now);
      return revoked;
    });
    return exceptionView(exception, now);
  }
}
