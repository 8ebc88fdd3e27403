import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Scan, ScanInput, ScanList } from '@mmt/domain';
import { notFound } from '../common/domain-error.js';
import { PrismaService } from '../database/prisma.service.js';
import { ModelRepository } from '../models/model.repository.js';
import { ChangeNotifications } from '../notifications/change-notifications.js';
import { VerdictInputsRepository } from '../verdicts/verdict-inputs.repository.js';
import { ScanRepository } from './scan.repository.js';

@Injectable()
export class ScansService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly scans: ScanRepository,
    private readonly models: ModelRepository,
    private readonly inputs: VerdictInputsRepository,
    private readonly notifications: ChangeNotifications,
  ) {}

  /** Records the scan and tells subscribers, in one transaction. */
  async record(modelId: string, input: ScanInput, actor: string, now = new Date()): Promise<Scan> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await this.inputs.holdModel(tx, modelId))) throw notFound('Model', modelId);
      const model = (await this.models.findById(modelId, tx))!;
      const scan = await this.scans.insert(tx, {
        ...input,
        id: randomUUID(),
        modelId,
        recordedAt: now,
        recordedBy: actor,
      });
      await this.notifications.scanRecorded(tx, scan, model);
      return scan;
    });
  }

  async list(modelId: string, limit: number): Promise<ScanList> {
    if (!(await this.models.findById(modelId))) throw notFound('Model', modelId);
    return this.scans.newest(modelId, limit);
  }
}
