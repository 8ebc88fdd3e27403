import { Injectable } from '@nestjs/common';
import { CHANGE_GROUPS, type ChangeGroup, type ModelExceptionRecord, type ModelState } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';
import { modelStateJson } from '../models/model-columns.js';
import { exceptionsJsonOf } from '../verdicts/verdict-inputs.repository.js';
import { CHANGE_GROUP_QUERIES, changesBase, type ChangesWindow } from './change-groups.sql.js';

/** One item of a group as its query gives it; `change-items.ts` turns it into the review's line. */
export interface ChangeRow {
  kind: ChangeGroup;
  model_id: string;
  model_name: string;
  at: string;
  detail: Record<string, unknown>;
  /** The model's state and exceptions, for the groups whose line gives its verdict's reason. */
  state: ModelState | null;
  exceptions: ModelExceptionRecord[] | null;
}

export interface GroupSlice {
  kind: ChangeGroup;
  total: number;
  rows: ChangeRow[];
}

const CURSOR = Prisma.raw('review_changes');
const ORDER = Prisma.sql`ord, model_name, seq, sub`;

const groupCte = (group: ChangeGroup) => Prisma.raw(`g_${group}`);

/** Every group's query as a CTE named `g_<group>`, after the shared ones. */
const withGroups = (window: ChangesWindow, groups: readonly ChangeGroup[]) =>
  Prisma.sql`WITH ${changesBase(window)}, ${Prisma.join(
    groups.map((group) => Prisma.sql`${groupCte(group)} AS (${CHANGE_GROUP_QUERIES[group].rows(window)})`),
  )}`;

/** The row's model state and exceptions when its group needs them; `p` is the row, `m` its model. */
const judgedColumns = (group: ChangeGroup) =>
  CHANGE_GROUP_QUERIES[group].judged
    ? Prisma.sql`${modelStateJson(Prisma.sql`m`)} AS state, ${exceptionsJsonOf(Prisma.sql`m.id`)} AS exceptions`
    : Prisma.sql`NULL::jsonb AS state, NULL::jsonb AS exceptions`;

/** Every item of every group of the window, group after group, each group in its order. */
const everyItem = (window: ChangesWindow) => {
  const parts = CHANGE_GROUPS.map(
    (group, index) => Prisma.sql`
      SELECT ${index}::int AS gi, ${group}::text AS kind, g.*, ${judgedColumns(group)}
      FROM ${groupCte(group)} g JOIN model m ON m.id = g.model_id`,
  );
  return Prisma.sql`${withGroups(window, CHANGE_GROUPS)} SELECT * FROM (${Prisma.join(parts, ' UNION ALL ')}) r
    ORDER BY gi, ${ORDER}`;
};

/**
 * The weekly review's groups, each one query over the change log, the verdict timelines and the
 * review's frozen snapshot (`change-groups.sql.ts`): a group's count and a slice of its items,
 * never a judgement of every model.
 */
@Injectable()
export class ReviewChangesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Each group's total and its items from `offset` (at most `limit`), in one statement. */
  async slices(
    window: ChangesWindow,
    groups: readonly ChangeGroup[],
    offset: number,
    limit: number,
  ): Promise<GroupSlice[]> {
    const parts = groups.map(
      (group) => Prisma.sql`
        SELECT ${group}::text AS kind, (SELECT count(*)::int FROM ${groupCte(group)}) AS total,
          (SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY p.ord, p.model_name, p.seq, p.sub), '[]'::jsonb)
           FROM (SELECT g.*, ${group}::text AS kind, ${judgedColumns(group)}
                 FROM (SELECT * FROM ${groupCte(group)} ORDER BY ${ORDER} LIMIT ${limit} OFFSET ${offset}) g
                 JOIN model m ON m.id = g.model_id) p) AS rows`,
    );
    return this.prisma.rows<GroupSlice>(Prisma.sql`${withGroups(window, groups)} ${Prisma.join(parts, ' UNION ALL ')}`);
  }

  /**
   * Every item of every group, group after group, handed over `pageSize` rows at a time: for a
   * report, whose list has no bound. Call inside `PrismaService.readSnapshot` (a cursor lives in
   * its transaction).
   */
  async *all(window: ChangesWindow, pageSize: number): AsyncGenerator<ChangeRow[]> {
    await this.prisma.rows(Prisma.sql`DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${everyItem(window)}`);
    try {
      for (;;) {
        const rows = await this.prisma.rows<ChangeRow>(
          Prisma.sql`FETCH ${Prisma.raw(String(pageSize))} FROM ${CURSOR}`,
        );
        if (rows.length > 0) yield rows;
        if (rows.length < pageSize) return;
      }
    } finally {
      // After a failed statement the transaction refuses everything, and the cursor goes with it.
      await this.prisma.rows(Prisma.sql`CLOSE ${CURSOR}`).catch(() => undefined);
    }
  }

  /** Every item of every group about the models `modelIds` (a page of a report), group after group. */
  async ofModels(window: ChangesWindow, modelIds: readonly string[]): Promise<ChangeRow[]> {
    return this.prisma.rows<ChangeRow>(everyItem({ ...window, modelIds }));
  }
}
