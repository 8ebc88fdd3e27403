import { Injectable } from '@nestjs/common';
import type { VerdictSpan } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../database/prisma.service.js';

/** Span rows as one JSON parameter for `jsonb_to_recordset`. */
function spanRecords(modelId: string, spans: readonly VerdictSpan[]) {
  return spans.map((span) => ({
    model_id: modelId,
    valid_from: span.validFrom.toISOString(),
    valid_to: span.validTo?.toISOString() ?? null,
    status: span.status,
    rule: span.rule,
    new_project: span.newProject,
  }));
}

const spanRows = (
  records: ReturnType<typeof spanRecords>,
) => Prisma.sql`jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
  AS r(model_id uuid, valid_from timestamptz, valid_to timestamptz, status text, rule text, new_project boolean)`;

/**
 * SQL inserting a new model's timeline, for the statement that writes the model: `model` names the
 * statement's CTE that returns the new row's `id`.
 */
export function insertTimeline(model: Prisma.Sql, modelId: string, spans: readonly VerdictSpan[]): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO verdict_span (model_id, valid_from, valid_to, status, rule, new_project)
    SELECT ${model}.id, r.valid_from, r.valid_to, r.status, r.rule, r.new_project
    FROM ${model}, ${spanRows(spanRecords(modelId, spans))}`;
}

/**
 * Two data-modifying CTEs replacing an edited model's timeline, for the statement that writes the
 * edit: `model` names its CTE returning the row's `id` (none when the edit did not apply, so nothing
 * changes). Old spans are deleted and new ones upserted on disjoint keys: one statement must not
 * touch a row twice.
 */
export function replaceTimeline(
  model: Prisma.Sql,
  modelId: string,
  spans: readonly VerdictSpan[],
): { deleteOld: Prisma.Sql; upsertNew: Prisma.Sql } {
  const records = spanRecords(modelId, spans);
  const keptFrom = records.map((span) => span.valid_from);
  return {
    deleteOld: Prisma.sql`
      DELETE FROM verdict_span s USING ${model}
      WHERE s.model_id = ${model}.id AND NOT (s.valid_from = ANY(${keptFrom}::timestamptz[]))`,
    upsertNew: Prisma.sql`
      INSERT INTO verdict_span AS v (model_id, valid_from, valid_to, status, rule, new_project)
      SELECT ${model}.id, r.valid_from, r.valid_to, r.status, r.rule, r.new_project
      FROM ${model}, ${spanRows(records)}
      ON CONFLICT (model_id, valid_from) DO UPDATE
        SET valid_to = EXCLUDED.valid_to, status = EXCLUDED.status, rule = EXCLUDED.rule, new_project = EXCLUDED.new_project`,
  };
}

/**
 * Each model's verdict over time. All SQL that writes verdict_span is here: this repository's own
 * statements, and the parts of the model repository's statements that write a timeline with its model.
 */
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
      FROM ${spanRows(records)}`;
  }
}
