import { Injectable } from '@nestjs/common';
import {
  VERDICT_STATUSES,
  type ListModelsQuery,
  type ModelExceptionRecord,
  type ModelSort,
  type ModelState,
  type CodeState,
} from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';
import { familiesDisagree, latestScanOf } from '../drift/code-drift.sql.js';
import { exceptionsJsonOf } from '../verdicts/verdict-inputs.repository.js';
import { modelColumnList, modelStateJson, stateFromRow } from './model-columns.js';

export interface ListedModel {
  id: string;
  /** Now, or when reading the past the state recorded in the event in force then. */
  state: ModelState;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const SORT_COLUMNS: Record<ModelSort, Prisma.Sql> = {
  name: Prisma.sql`s.name`,
  team: Prisma.sql`s.team`,
  framework: Prisma.sql`s.framework`,
  family: Prisma.sql`s.family`,
  lifecycle: Prisma.sql`array_position(ARRAY['research','development','staging','production','deprecated','retired'], s.lifecycle)`,
  startedOn: Prisma.sql`s.started_on`,
  updatedAt: Prisma.sql`s.updated_at`,
  verdict: Prisma.sql`array_position(${[...VERDICT_STATUSES]}::text[], vs.status)`,
};

const CURRENT_COLUMNS = modelColumnList(Prisma.raw('m'));

/** Each model as it is now (the current-state table) or as it was at `asOf` (its last event then). */
function portfolioAt(asOf: Date | null): Prisma.Sql {
  if (asOf === null) {
    return Prisma.sql`
      SELECT m.id, ${CURRENT_COLUMNS}, m.version, m.created_at, m.updated_at, m.search_text
      FROM model m`;
  }
  return Prisma.sql`
    SELECT m.id, e.state->>'name' AS name, e.state->>'team' AS team, e.framework, e.family, e.lifecycle,
           (e.state->>'startedOn')::date AS started_on, e.version, m.created_at, e.at AS updated_at, e.state,
           concat_ws(' ', e.state->>'name', e.state->>'team', e.state->>'task', e.state->>'description', e.state->>'tags') AS search_text
    FROM model m
    JOIN LATERAL (
      SELECT state, framework, family, lifecycle, version, at FROM model_event
      WHERE model_id = m.id AND at <= ${asOf}
      ORDER BY at DESC, id DESC LIMIT 1
    ) e ON true`;
}

/** What the model's latest scan at `asOf` says: the `code` filter, its states OR'd. */
function codeCondition(states: readonly CodeState[], asOf: Date | null): Prisma.Sql {
  const latest = Prisma.sql`(${latestScanOf(Prisma.sql`s.id`, asOf)})`;
  const disagrees = familiesDisagree(Prisma.sql`ls.primary_family`, Prisma.sql`s.family`);
  const byState: Record<CodeState, Prisma.Sql> = {
    disagrees: Prisma.sql`EXISTS (SELECT 1 FROM ${latest} ls WHERE ${disagrees})`,
    agrees: Prisma.sql`EXISTS (SELECT 1 FROM ${latest} ls WHERE NOT ${disagrees})`,
    unscanned: Prisma.sql`NOT EXISTS ${latest}`,
  };
  return Prisma.sql`(${Prisma.join(
    states.map((state) => byState[state]),
    ' OR ',
  )})`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

type PageRow = { total: string; exceptions: ModelExceptionRecord[] } & (Row | { [K in keyof Row]: null });

interface Row {
  id: string;
  state: ModelState;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/**
 * A listed model's state now, built from its row in the shape events record it, so a page needs
 * no second read (the past's comes from its event). Built on the page's rows only (after the
 * LIMIT): built inside, PostgreSQL would build it for every model a sort has to go through.
 */
const CURRENT_PAGE_STATE = modelStateJson(Prisma.raw('p'));

/** The model list: filters, search, sort and pages over the portfolio at any time. */
@Injectable()
export class ModelListRepository {
  constructor(private readonly prisma: PrismaService) {}

  async page(
    query: ListModelsQuery,
    instant: Date,
  ): Promise<{ items: (ListedModel & { exceptions: ModelExceptionRecord[] })[]; total: number }> {
    const asOf = query.asOf ?? null;
    const conditions: Prisma.Sql[] = [Prisma.sql`true`];
    if (query.framework) conditions.push(Prisma.sql`s.framework = ANY(${query.framework}::text[])`);
    if (query.family) conditions.push(Prisma.sql`s.family = ANY(${query.family}::text[])`);
    if (query.lifecycle) conditions.push(Prisma.sql`s.lifecycle = ANY(${query.lifecycle}::text[])`);
    if (query.verdict) conditions.push(Prisma.sql`vs.status = ANY(${query.verdict}::text[])`);
    if (query.team) conditions.push(Prisma.sql`s.team ILIKE ${escapeLike(query.team)}`);
    if (query.q) conditions.push(Prisma.sql`s.search_text ILIKE ${`%${escapeLike(query.q)}%`}`);
    if (query.code) conditions.push(codeCondition(query.code, asOf));
    const direction = query.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    // The verdict timeline is joined only when a verdict filters or sorts: without it, the first
    // page by name is a walk of the name index instead of a join and sort of the whole portfolio.
    const needsVerdict = query.verdict !== undefined || query.sort === 'verdict';
    const verdictJoin = needsVerdict
      ? Prisma.sql`LEFT JOIN verdict_span vs ON vs.model_id = s.id AND vs.valid_from <= ${instant}
          AND (vs.valid_to IS NULL OR vs.valid_to > ${instant})`
      : Prisma.empty;
    const from = Prisma.sql`
      FROM (${portfolioAt(asOf)}) s
      ${verdictJoin}
      WHERE ${Prisma.join(conditions, ' AND ')}`;
    // One statement: the page (each model with its exceptions) and the total. The total is its own
    // scalar subquery: a count(*) OVER () made every page materialize every match.
    const rows = await this.prisma.rows<PageRow>(Prisma.sql`
      WITH page AS (
        SELECT s.*, ${SORT_COLUMNS[query.sort]} AS sort_key
        ${from}
        ORDER BY sort_key ${direction} NULLS LAST, s.name ASC, s.id ASC
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
      )
      SELECT (SELECT count(*) ${from}) AS total, p.id, ${asOf ? Prisma.sql`p.state` : CURRENT_PAGE_STATE} AS state,
             p.version, p.created_at, p.updated_at, ${exceptionsJsonOf(Prisma.sql`p.id`)} AS exceptions
      FROM (SELECT 1) always LEFT JOIN page p ON true
      ORDER BY p.sort_key ${direction} NULLS LAST, p.name ASC, p.id ASC`);
    return {
      total: Number(rows[0]?.total ?? 0),
      items: rows.flatMap((row) =>
        row.id === null
          ? []
          : [
              {
                id: row.id,
                state: row.state,
                version: row.version,
                createdAt: row.created_at,
                updatedAt: row.updated_at,
                exceptions: row.exceptions,
              },
            ],
      ),
    };
  }

  /** Every model as it is now, by name. */
  async all(): Promise<ListedModel[]> {
    const rows = await this.prisma.model.findMany({ orderBy: { name: 'asc' } });
    return rows.map((row) => ({
      id: row.id,
      state: stateFromRow(row),
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }));
  }

  /** Every model that existed at `asOf`, with its state then. */
  async allAt(asOf: Date): Promise<ListedModel[]> {
    const rows = await this.prisma.$queryRaw<Row[]>`
      SELECT s.id, s.state, s.version, s.created_at, s.updated_at FROM (${portfolioAt(asOf)}) s ORDER BY s.name`;
    return rows.map((row) => ({
      id: row.id,
      state: row.state,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }
}
