import { Injectable } from '@nestjs/common';
import {
  VERDICT_STATUSES,
  type ComplianceRow,
  type ListModelsQuery,
  type ModelExceptionRecord,
  type ModelSort,
  type ModelState,
  type VerdictStatus,
  type CodeState,
} from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';
import { familiesDisagree, latestScanOf } from '../drift/code-drift.sql.js';
import { exceptionsJsonOf } from '../verdicts/verdict-inputs.repository.js';
import { modelColumnList, modelStateJson, stateFromRow } from './model-columns.js';
import { lastEventAt } from '../database/last-event.sql.js';

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
  // The last event is found in its index alone (the columns beside the state are included there);
  // the state is read by subqueries PostgreSQL evaluates only where they are used: for a page's
  // rows after the sort, or for every model only when a search or the team filters.
  const stateOf = (expression: Prisma.Sql) => Prisma.sql`(SELECT ${expression} FROM model_event WHERE id = e.id)`;
  return Prisma.sql`
    SELECT m.id, e.name, ${stateOf(Prisma.sql`state->>'team'`)} AS team, e.framework, e.family, e.lifecycle,
           e.started_on, e.version, m.created_at, e.at AS updated_at, ${stateOf(Prisma.sql`state`)} AS state,
           ${stateOf(Prisma.sql`concat_ws(' ', state->>'name', state->>'team', state->>'task', state->>'description', state->>'tags')`)} AS search_text
    FROM model m
    JOIN LATERAL (${lastEventAt(Prisma.sql`m.id`, asOf, Prisma.sql`id, name, framework, family, lifecycle, started_on, version, at`)}) e ON true`;
}

/** Each model's verdict at `instant`, from its verdict timeline. */
const verdictAt = (instant: Date, join: 'JOIN' | 'LEFT JOIN') => Prisma.sql`
  ${Prisma.raw(join)} verdict_span vs ON vs.model_id = s.id AND vs.valid_from <= ${instant}
    AND (vs.valid_to IS NULL OR vs.valid_to > ${instant})`;

/** The filters the model list and the compliance page share. */
export type ModelFilters = Pick<
  ListModelsQuery,
  'framework' | 'family' | 'lifecycle' | 'verdict' | 'code' | 'team' | 'q' | 'asOf'
>;

/** The filters as one condition on the portfolio `s` (with the verdict timeline as `vs` when a verdict filters). */
function whereOf(query: ModelFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (query.framework) conditions.push(Prisma.sql`s.framework = ANY(${query.framework}::text[])`);
  if (query.family) conditions.push(Prisma.sql`s.family = ANY(${query.family}::text[])`);
  if (query.lifecycle) conditions.push(Prisma.sql`s.lifecycle = ANY(${query.lifecycle}::text[])`);
  if (query.verdict) conditions.push(Prisma.sql`vs.status = ANY(${query.verdict}::text[])`);
  if (query.team) conditions.push(Prisma.sql`s.team ILIKE ${escapeLike(query.team)}`);
  if (query.q) conditions.push(Prisma.sql`s.search_text ILIKE ${`%${escapeLike(query.q)}%`}`);
  if (query.code) conditions.push(codeCondition(query.code, query.asOf ?? null));
  return Prisma.join(conditions, ' AND ');
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

/** Pages within this many models are found by walking events by name at a past moment; deeper ones by sorting every model. */
const WALKED_MODELS = 1_000;

function pageOf(rows: PageRow[]): { items: (ListedModel & { exceptions: ModelExceptionRecord[] })[]; total: number } {
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

/** The model list: filters, search, sort and pages over the portfolio at any time. */
@Injectable()
export class ModelListRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The first pages by name at a past moment, without finding every model's state then: the events
   * are walked in name order (their `name` index), each kept when it is its model's last event by
   * then, until the page is full. The total comes from the change log (models per category at any
   * moment), so only filters on the category (framework, family, lifecycle) take this way.
   */
  private async pageByNameAt(
    query: ListModelsQuery,
    asOf: Date,
  ): Promise<{ items: (ListedModel & { exceptions: ModelExceptionRecord[] })[]; total: number }> {
    const categories: Prisma.Sql[] = [Prisma.sql`true`];
    if (query.framework) categories.push(Prisma.sql`framework = ANY(${query.framework}::text[])`);
    if (query.family) categories.push(Prisma.sql`family = ANY(${query.family}::text[])`);
    if (query.lifecycle) categories.push(Prisma.sql`lifecycle = ANY(${query.lifecycle}::text[])`);
    const category = Prisma.join(categories, ' AND ');
    const direction = query.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    const rows = await this.prisma.rows<PageRow>(Prisma.sql`
      WITH page AS (
        SELECT e.model_id AS id, e.name, e.state, e.version, e.at AS updated_at
        FROM model_event e
        WHERE e.at <= ${asOf} AND ${category}
          AND NOT EXISTS (
            SELECT 1 FROM model_event later
            WHERE later.model_id = e.model_id AND later.at <= ${asOf} AND (later.at, later.id) > (e.at, e.id))
        ORDER BY e.name ${direction}, e.model_id ASC
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
      )
      SELECT (SELECT coalesce(sum(delta), 0) FROM portfolio_change WHERE at <= ${asOf} AND ${category}) AS total,
             p.id, p.state, p.version, m.created_at, p.updated_at, ${exceptionsJsonOf(Prisma.sql`p.id`)} AS exceptions
      FROM (SELECT 1) always LEFT JOIN (page p JOIN model m ON m.id = p.id) ON true
      ORDER BY p.name ${direction}, p.id ASC`);
    return pageOf(rows);
  }

  async page(
    query: ListModelsQuery,
    instant: Date,
  ): Promise<{ items: (ListedModel & { exceptions: ModelExceptionRecord[] })[]; total: number }> {
    const asOf = query.asOf ?? null;
    if (
      asOf &&
      query.sort === 'name' &&
      !query.q &&
      !query.team &&
      !query.verdict &&
      !query.code &&
      query.page * query.pageSize <= WALKED_MODELS
    ) {
      return this.pageByNameAt(query, asOf);
    }
    return this.sortedPage(query, instant, (query.page - 1) * query.pageSize, true);
  }

  private async sortedPage(
    query: ListModelsQuery,
    instant: Date,
    offset: number,
    counted: boolean,
  ): Promise<{ items: (ListedModel & { exceptions: ModelExceptionRecord[] })[]; total: number }> {
    const asOf = query.asOf ?? null;
    const direction = query.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    // The verdict timeline is joined only when a verdict filters or sorts: without it, the first
    // page by name is a walk of the name index instead of a join and sort of the whole portfolio.
    const needsVerdict = query.verdict !== undefined || query.sort === 'verdict';
    const from = Prisma.sql`
      FROM (${portfolioAt(asOf)}) s
      ${needsVerdict ? verdictAt(instant, 'LEFT JOIN') : Prisma.empty}
      WHERE ${whereOf(query)}`;
    // A search finds its matches once, through the trigram index, then counts them and sorts the
    // page from them. Left to itself PostgreSQL walks the sort's index and tests every row it meets
    // against the pattern, expecting matches spread evenly: when they gather late in the order (a
    // word in many names starting with S) it tested 16,000 rows for 25, 110 ms at 20,000 models.
    const matches = query.q
      ? Prisma.sql`matches AS MATERIALIZED (SELECT s.*, ${SORT_COLUMNS[query.sort]} AS sort_key ${from}),`
      : Prisma.empty;
    const pageFrom = query.q
      ? Prisma.sql`SELECT s.* FROM matches s`
      : Prisma.sql`SELECT s.*, ${SORT_COLUMNS[query.sort]} AS sort_key ${from}`;
    const total = query.q ? Prisma.sql`SELECT count(*) FROM matches` : Prisma.sql`SELECT count(*) ${from}`;
    // One statement: the page (each model with its exceptions) and the total. The total is its own
    // scalar subquery: a count(*) OVER () made every page materialize every match.
    const rows = await this.prisma.rows<PageRow>(Prisma.sql`
      WITH ${matches} page AS (
        ${pageFrom}
        ORDER BY sort_key ${direction} NULLS LAST, s.name ASC, s.id ASC
        LIMIT ${query.pageSize} OFFSET ${offset}
      )
      SELECT ${counted ? Prisma.sql`(${total})` : Prisma.sql`0`} AS total, p.id, ${asOf ? Prisma.sql`p.state` : CURRENT_PAGE_STATE} AS state,
             p.version, p.created_at, p.updated_at, ${exceptionsJsonOf(Prisma.sql`p.id`)} AS exceptions
      FROM (SELECT 1) always LEFT JOIN page p ON true
      ORDER BY p.sort_key ${direction} NULLS LAST, p.name ASC, p.id ASC`);
    return pageOf(rows);
  }

  /**
   * `limit` models from `offset` in the order of `query`, without counting them all (the caller
   * knows how many there are): the compliance page, read from the verdicts it falls in alone.
   */
  async slice(
    query: ListModelsQuery,
    instant: Date,
    offset: number,
  ): Promise<(ListedModel & { exceptions: ModelExceptionRecord[] })[]> {
    return (await this.sortedPage(query, instant, offset, false)).items;
  }

  /** How many of the models the filters select (the verdict left out) have each verdict at `instant`, new projects apart. */
  async verdictCounts(filters: ModelFilters, instant: Date): Promise<ComplianceRow[]> {
    const { framework, family, lifecycle, team, q, code } = filters;
    const filtered = [framework, family, lifecycle, team, q, code].some((filter) => filter !== undefined);
    // Unfiltered, the timelines alone answer: a model has a span at every moment from its first
    // event on, so counting spans counts the models then without finding each one's state.
    const counted = filtered
      ? Prisma.sql`FROM (${portfolioAt(filters.asOf ?? null)}) s ${verdictAt(instant, 'JOIN')}
          WHERE ${whereOf({ ...filters, verdict: undefined })}`
      : Prisma.sql`FROM verdict_span vs WHERE vs.valid_from <= ${instant} AND (vs.valid_to IS NULL OR vs.valid_to > ${instant})`;
    const rows = await this.prisma.rows<{ status: VerdictStatus; new_project: boolean; count: number }>(Prisma.sql`
      SELECT vs.status, vs.new_project, count(*)::int AS count ${counted}
      GROUP BY vs.status, vs.new_project`);
    return rows.map((row) => ({ status: row.status, newProject: row.new_project, count: row.count }));
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
