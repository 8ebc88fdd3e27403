import { Injectable } from '@nestjs/common';
import type { VerdictSpan } from '@mmt/domain';
import type { Db } from '../database/prisma.service.js';

@Injectable()
export class VerdictSpanRepository {
  async replace(db: Db, modelId: string, spans: VerdictSpan[]): Promise<void> {
    await db.verdictSpan.deleteMany({ where: { modelId } });
    if (spans.length > 0) await db.verdictSpan.createMany({ data: spans.map((span) => ({ modelId, ...span })) });
  }

  /** The same for many models in two statements: a large import or restore cannot afford two per model. */
  async replaceMany(db: Db, spansByModel: ReadonlyMap<string, VerdictSpan[]>): Promise<void> {
    await db.verdictSpan.deleteMany({ where: { modelId: { in: [...spansByModel.keys()] } } });
    const data = [...spansByModel].flatMap(([modelId, spans]) => spans.map((span) => ({ modelId, ...span })));
    if (data.length > 0) await db.verdictSpan.createMany({ data });
  }
}
