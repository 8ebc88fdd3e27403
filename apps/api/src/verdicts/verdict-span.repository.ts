import { Injectable } from '@nestjs/common';
import type { VerdictSpan } from '@mmt/domain';
import type { Db } from '../database/prisma.service.js';

/** Span rows as one JSON parameter for `jsonb_to_recordset`. */
export function spanRecords(modelId: string, spans: readonly VerdictSpan[]) {
  return spans.map((span) => ({
    model_id: modelId,
    valid_from: span.validFrom.toISOString(),
    valid_to: span.validTo?.toISOString() ?? null,
    status: span.status,
    rule: span.rule,
    new_project: span.newProject,
  }));
}

@Injectable()
export class VerdictSpanRepository {
  /** Replaces many models' timelines in two statements: a large import or restore cannot afford two per model. */
  async replaceMany(db: Db, spansByModel: ReadonlyMap<string, VerdictSpan[]>): Promise<void> {
    await db.verdictSpan.deleteMany({ where: { modelId: { in: [...spansByModel.keys()] } } });
    const records = [...spansByModel].flatMap(([modelId, spans]) => spanRecords(modelId, spans));
    if (records.length === 0) return;
    // One JSON parameter rather than Prisma's createMany, which is slow for thousands of rows.
    await db.$executeRaw`
      INSERT INTO verdict_span (model_id, valid_from, valid_to, status, rule, new_project)
      SELECT model_id, valid_from, valid_to, status, rule, new_project
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
        model_id uuid, valid_from timestamptz, valid_to timestamptz, status text, rule text, new_project boolean)`;
  }
}
