import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { scannedRegistryFramework, type Scan, type ScanInput, type ScanList } from '@mmt/domain';
import { notFound } from '../common/domain-error.js';
import { PrismaService } from '../database/prisma.service.js';
import { ModelRepository } from '../models/model.repository.js';
import { ModelsService } from '../models/models.service.js';
import { ChangeNotifications } from '../notifications/change-notifications.js';
import { VerdictInputsRepository } from '../verdicts/verdict-inputs.repository.js';
import { ScanRepository } from './scan.repository.js';

/** How the history names a change a scan made: the scan, its commit, and who posted it. */
const scanActor = (scan: Scan) =>
  `scan ${scan.id.slice(0, 8)}${scan.commit ? ` of ${scan.commit.slice(0, 7)}` : ''} (${scan.recordedBy})`;

@Injectable()
export class ScansService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly scans: ScanRepository,
    private readonly models: ModelRepository,
    private readonly modelEdits: ModelsService,
    private readonly inputs: VerdictInputsRepository,
    private readonly notifications: ChangeNotifications,
  ) {}

  /**
   * Records the scan and tells subscribers, in one transaction. A model whose framework is unknown
   * takes the scan's primary framework, with a history event that names the scan.
   */
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
      const found = model.framework === 'unknown' ? scannedRegistryFramework(input.findings.primary) : null;
      if (found) {
        const clock = { at: now, recordedAt: now };
        await this.modelEdits.edit(tx, modelId, { version: model.version, ...found }, scanActor(scan), clock);
      }
      return scan;
    });
  }

  async list(modelId: string, limit: number): Promise<ScanList> {
    if (!(await this.models.findById(modelId))) throw notFound('Model', modelId);
    return this.scans.newest(modelId, limit);
  }
}
