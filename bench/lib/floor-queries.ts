import type pg from 'pg';
import { modelFieldsSchema } from '@mmt/domain';
import { MODEL_COLUMNS, modelColumnValues } from '../../apps/api/src/models/model-columns.js';
import type { FloorWork } from './sql-floor.js';

// The least SQL each endpoint must run to answer, on a plain pg client: no framework, no mapping
// beyond the driver's own row parsing. Verdicts are read from verdict_span (status and rule), which
// is less than the API does (it also words each verdict's reason).

const CURRENT_VERDICT = `LEFT JOIN verdict_span vs ON vs.model_id = m.id AND vs.valid_from <= $1 AND (vs.valid_to IS NULL OR vs.valid_to > $1)`;
// The model's columns as the API's repositories write them (one list, derived from the domain's fields).
const STATE_COLUMNS = MODEL_COLUMNS.map(({ column }) => column);
const MODEL_ROW = `m.id, ${STATE_COLUMNS.map((column) => `m.${column}`).join(', ')}, m.version, m.created_at, m.updated_at`;

/** A page of the model list and its total, for the filters in `where` (parameters from $2). */
export function modelPage(where: string, values: unknown[], pageSize = 25): FloorWork {
  return async (client) => {
    const now = new Date();
    await client.query(
      `SELECT ${MODEL_ROW}, vs.status, vs.rule FROM model m ${CURRENT_VERDICT} WHERE ${where} ORDER BY m.name LIMIT ${pageSize}`,
      [now, ...values],
    );
    // $1 (now) is unused by the count; the cast keeps its parameter typed.
    await client.query(`SELECT count(*) FROM model m WHERE $1::timestamptz IS NOT NULL AND ${where}`, [now, ...values]);
  };
}

/** A search's first page by name and its total: the matches found once through the trigram index, then counted and sorted. */
export function searchPage(term: string, pageSize = 25): FloorWork {
  return (client) =>
    client.query(
      `WITH matches AS MATERIALIZED (SELECT ${MODEL_ROW}, vs.status, vs.rule FROM model m ${CURRENT_VERDICT}
                                    WHERE m.search_text ILIKE $2)
       SELECT *, (SELECT count(*) FROM matches) AS total FROM matches ORDER BY name, id LIMIT ${pageSize}`,
      [new Date(), `%${term}%`],
    );
}

/** Every model with its verdict now, by name: what the CSV report shows. */
export const wholePortfolio: FloorWork = (client) =>
  client.query(
    `SELECT ${MODEL_ROW}, vs.status, vs.rule, vs.new_project FROM model m ${CURRENT_VERDICT} ORDER BY m.name`,
    [new Date()],
  );

const POLICY = 'SELECT * FROM policy_version ORDER BY id';
const EXPIRING = `SELECT e.*, m.name FROM model_exception e JOIN model m ON m.id = e.model_id
  WHERE e.revoked_at IS NULL AND e.expires_on >= current_date AND e.expires_on < current_date + 31 ORDER BY e.expires_on`;
const SEVERITY = `array_position('{violation,warning,unknown,exception,compliant,grandfathered,out_of_scope,retired}'::text[], vs.status)`;

/** The compliance page: its 500 models worst first (with their exceptions), the verdict counts, the policy and the exceptions ending soon. */
export function compliancePage(verdict: string | null): FloorWork {
  const where = verdict === null ? 'true' : 'vs.status = $2';
  return async (client) => {
    const values = verdict === null ? [new Date()] : [new Date(), verdict];
    await client.query(
      `SELECT ${MODEL_ROW}, vs.status, vs.rule, vs.new_project,
         (SELECT coalesce(jsonb_agg(e.*), '[]') FROM model_exception e WHERE e.model_id = m.id) AS exceptions
       FROM model m ${CURRENT_VERDICT} WHERE ${where} ORDER BY ${SEVERITY}, m.name, m.id LIMIT 500`,
      values,
    );
    await client.query(
      `SELECT vs.status, vs.new_project, count(*) FROM model m ${CURRENT_VERDICT.replace('LEFT JOIN', 'JOIN')} GROUP BY 1, 2`,
      [values[0]],
    );
    await client.query(POLICY);
    await client.query(EXPIRING);
  };
}

/** One model with its exceptions and its verdict now. */
export function modelDetail(id: string): FloorWork {
  return async (client) => {
    await client.query(`SELECT ${MODEL_ROW}, vs.status, vs.rule FROM model m ${CURRENT_VERDICT} WHERE m.id = $2`, [
      new Date(),
      id,
    ]);
    await client.query('SELECT * FROM model_exception WHERE model_id = $1', [id]);
  };
}

/** The first page by name of the portfolio as it was at `asOf` (events walked by name, each its model's last by then), and its total. */
export function modelPageAt(asOf: Date): FloorWork {
  return async (client) => {
    await client.query(
      `SELECT e.model_id, e.state, e.version, vs.status, vs.rule FROM model_event e
       LEFT JOIN verdict_span vs ON vs.model_id = e.model_id AND vs.valid_from <= $1 AND (vs.valid_to IS NULL OR vs.valid_to > $1)
       WHERE e.at <= $1 AND NOT EXISTS (SELECT 1 FROM model_event later WHERE later.model_id = e.model_id
                                        AND later.at <= $1 AND (later.at, later.id) > (e.at, e.id))
       ORDER BY e.name, e.model_id LIMIT 25`,
      [asOf],
    );
    await client.query('SELECT sum(delta) FROM portfolio_change WHERE at <= $1', [asOf]);
  };
}

/** The dashboard's change-log and verdict-timeline reads (52 weeks) at `asOf`, or now. */
export function dashboard(asOf: Date | null): FloorWork {
  return async (client: pg.ClientBase) => {
    const instant = asOf ?? new Date();
    const firstWeekEnd = `(week_end_of($1::timestamptz) - 357)`;
    await client.query(POLICY);
    await client.query(
      'SELECT id, held_on, created_at, snapshot FROM review WHERE created_at <= $1 ORDER BY created_at DESC LIMIT 1',
      [instant],
    );
    await client.query(
      `SELECT GREATEST(week_end_of(at), ${firstWeekEnd}) AS week_end, framework, family, lifecycle, sum(delta)::int AS count
       FROM portfolio_change WHERE at <= $1 GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0`,
      [instant],
    );
    await client.query(
      `SELECT week_end, status, sum(count)::int AS count FROM (
         SELECT GREATEST(week_end_of(valid_from), ${firstWeekEnd}) AS week_end, status, count(*) AS count
         FROM verdict_span WHERE valid_from <= $1 GROUP BY 1, 2
         UNION ALL
         SELECT GREATEST(week_end_of(valid_to), ${firstWeekEnd}), status, -count(*)
         FROM verdict_span WHERE valid_to <= $1 GROUP BY 1, 2) changes
       GROUP BY 1, 2 HAVING sum(count) <> 0`,
      [instant],
    );
    await client.query(
      `SELECT date_trunc('quarter', started_on)::date AS quarter_start, family, sum(delta)::int AS count
       FROM portfolio_change WHERE at <= $1 GROUP BY 1, 2 HAVING sum(delta) <> 0`,
      [instant],
    );
    await client.query(
      'SELECT framework, family, lifecycle, sum(delta)::int AS count FROM portfolio_change WHERE at <= $1 GROUP BY 1, 2, 3 HAVING sum(delta) <> 0',
      [instant],
    );
    await client.query(
      `SELECT status, new_project, count(*)::int FROM verdict_span
       WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1) GROUP BY 1, 2`,
      [instant],
    );
    await client.query(
      `SELECT count(*)::int FROM model_exception WHERE granted_on <= $1::date AND expires_on > $1::date
         AND expires_on <= $1::date + 30 AND (revoked_at IS NULL OR revoked_at > $1)`,
      [instant],
    );
    if (asOf === null) {
      await client.query(
        `SELECT name, retire_by FROM model WHERE lifecycle = 'production' AND framework = ANY('{tensorflow,keras}')`,
      );
    } else {
      await client.query(
        `SELECT e.state->>'name' AS name, e.state->>'retireBy' AS retire_by FROM model m
         JOIN LATERAL (SELECT state, framework, lifecycle FROM model_event WHERE model_id = m.id AND at <= $1
                       ORDER BY at DESC, id DESC LIMIT 1) e ON true
         WHERE e.lifecycle = 'production' AND e.framework = ANY('{tensorflow,keras}')`,
        [asOf],
      );
    }
  };
}

/** A new model, its created event (the change-log trigger fires) and its verdict span, in one transaction. */
export function createModel(runId: string): FloorWork {
  let created = 0;
  const inserted = STATE_COLUMNS.map((_, index) => `$${index + 1}`).join(', ');
  const at = `$${STATE_COLUMNS.length + 1}`;
  return async (client) => {
    const n = ++created;
    const now = new Date();
    const state = modelFieldsSchema.parse(newModelBody(`Floor ${runId}-${n}`));
    const values = modelColumnValues(state);
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO model (id, ${STATE_COLUMNS.join(', ')}, version, created_at, updated_at)
         VALUES (gen_random_uuid(), ${inserted}, 1, ${at}, ${at}) RETURNING id`,
        [...STATE_COLUMNS.map((column) => values[column]), now],
      );
      const id = rows[0]!.id;
      await client.query(
        `INSERT INTO model_event (model_id, kind, actor, at, recorded_at, version, changes, state, framework, family, lifecycle, started_on)
         VALUES ($1, 'created', 'bench', $2, $2, 1, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          now,
          JSON.stringify([]),
          JSON.stringify(state),
          state.framework,
          values['family'],
          state.lifecycle,
          state.startedOn,
        ],
      );
      await client.query(
        `INSERT INTO verdict_span (model_id, valid_from, valid_to, status, rule, new_project) VALUES ($1, $2, NULL, 'compliant', 'new-preferred', true)`,
        [id, now],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  };
}

/** The body of POST /api/models for a new model. */
export function newModelBody(name: string) {
  return {
    name,
    team: 'Benchmark',
    task: 'text classification',
    framework: 'pytorch',
    frameworkVersion: '2.8.0',
    lifecycle: 'research',
    deploymentTarget: 'server',
    servingStack: 'fastapi',
    serialization: 'torchscript',
    startedOn: new Date().toISOString().slice(0, 10),
    description: 'Created by the benchmark.',
    tags: ['bench'],
  };
}
