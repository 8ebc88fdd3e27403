import type { ChangeGroup } from '@mmt/domain';
import { Prisma } from '../generated/prisma/client.js';
import { isoInstant } from '../database/sql-json.js';
import { disagreeingModels } from '../drift/code-drift.sql.js';

/** What "changed since the last review" is measured against. */
export interface ChangesWindow {
  /** The last review (its frozen verdicts are the "before"); null when none has been recorded. */
  reviewId: string | null;
  /** When it was recorded; null when there is none (every grant and revocation counts). */
  since: Date | null;
  /** Where the history read starts: the review, or a week back (`changesWindowStart`). */
  windowStart: Date;
  now: Date;
  today: string;
  /** The end of today: an exception revoked by then is revoked today (`exceptionStateAt`). */
  endOfToday: Date;
  /** The last expiry date still "expiring soon". */
  expiringBy: string;
  /** Only these models' changes (a page of a report); every model's when absent. */
  modelIds?: readonly string[];
}

/** `id` (an SQL expression) is one of the window's models: every one when it names none. */
const ofWindow = (window: ChangesWindow, id: Prisma.Sql): Prisma.Sql =>
  window.modelIds ? Prisma.sql`${id} = ANY(${window.modelIds}::uuid[])` : Prisma.sql`true`;

/**
 * One group as a query over the CTEs of `changesBase`: a row per item, with the columns
 * `model_id, model_name, at (text), ord (text), seq (bigint), sub (int), detail (jsonb)`, listed by
 * `ord, model_name, seq, sub`. `judged`: the item's text needs the model's verdict reason, so its
 * state and exceptions are read for the rows shown (never for the whole group).
 */
export interface GroupQuery {
  rows: (window: ChangesWindow) => Prisma.Sql;
  judged: boolean;
}

/**
 * The change log read once per answer: `moved`, the models whose verdict now (their verdict
 * timeline) differs from the one frozen by the review (`review_verdict`, or that have none there), and
 * `recent`, the events recorded since the window's start with their model's current name.
 */
export const changesBase = (window: ChangesWindow): Prisma.Sql => Prisma.sql`
  moved AS (
    SELECT m.id AS model_id, m.name AS model_name, c.prev, c.cur
    FROM (
      SELECT s.model_id, b.status AS prev, s.status AS cur
      FROM verdict_span s
      LEFT JOIN review_verdict b ON b.review_id = ${window.reviewId}::uuid AND b.model_id = s.model_id
      WHERE s.valid_from <= ${window.now} AND (s.valid_to IS NULL OR s.valid_to > ${window.now})
        AND b.status IS DISTINCT FROM s.status AND ${ofWindow(window, Prisma.sql`s.model_id`)}
    ) c JOIN model m ON m.id = c.model_id
  ), recent AS (
    SELECT ev.id, ev.model_id, m.name AS model_name, ev.kind, ev.at, ev.actor, ev.changes
    FROM model_event ev JOIN model m ON m.id = ev.model_id
    WHERE ev.recorded_at > ${window.windowStart} AND ${ofWindow(window, Prisma.sql`ev.model_id`)}
  )`;

const verdictGroup = (where: Prisma.Sql): GroupQuery => ({
  judged: true,
  rows: (window) => Prisma.sql`
    SELECT model_id, model_name, ${window.today}::text AS at, ''::text AS ord, 0::bigint AS seq, 0 AS sub,
           jsonb_build_object('prev', prev, 'cur', cur) AS detail
    FROM moved WHERE ${where}`,
});

const EVENT_COLUMNS = Prisma.sql`ev.model_id, ev.model_name, ${isoInstant(Prisma.sql`ev.at`)} AS at,
  ${isoInstant(Prisma.sql`ev.at`)} AS ord, ev.id AS seq`;
const FRAMEWORK_FIELDS = Prisma.sql`('framework', 'frameworkVersion')`;

const eventGroup = (fields: Prisma.Sql): GroupQuery => ({
  judged: false,
  rows: () => Prisma.sql`
    SELECT ${EVENT_COLUMNS}, 0 AS sub, jsonb_build_object('kind', ev.kind, 'actor', ev.actor, 'changes', ev.changes) AS detail
    FROM recent ev
    WHERE ev.kind <> 'created'
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(ev.changes) c WHERE ${fields})`,
});

const EXCEPTION_DETAIL = Prisma.sql`jsonb_build_object('id', e.id, 'modelId', e.model_id, 'reason', e.reason,
  'approvedBy', e.approved_by, 'grantedOn', e.granted_on, 'expiresOn', e.expires_on,
  'createdAt', ${isoInstant(Prisma.sql`e.created_at`)}, 'createdBy', e.created_by,
  'revokedAt', ${isoInstant(Prisma.sql`e.revoked_at`)}, 'revokedBy', e.revoked_by)`;

const exceptionGroup = (at: Prisma.Sql, where: (window: ChangesWindow) => Prisma.Sql): GroupQuery => ({
  judged: false,
  rows: (window) => Prisma.sql`
    SELECT e.model_id, m.name AS model_name, ${at} AS at, ${at} AS ord, 0::bigint AS seq, 0 AS sub,
           ${EXCEPTION_DETAIL} AS detail
    FROM model_exception e JOIN model m ON m.id = e.model_id
    WHERE ${where(window)} AND ${ofWindow(window, Prisma.sql`e.model_id`)}`,
});

const since = (column: Prisma.Sql, window: ChangesWindow) =>
  Prisma.sql`(${window.since}::timestamptz IS NULL OR ${column} > ${window.since})`;
// `exceptionStateAt(exception, today)`: not revoked by the end of today, granted by today.
const inForce = (window: ChangesWindow) =>
  Prisma.sql`(e.revoked_at IS NULL OR e.revoked_at > ${window.endOfToday}) AND e.granted_on <= ${window.today}::date`;
const EXPIRES_ON = Prisma.sql`to_char(e.expires_on, 'YYYY-MM-DD')`;

/**
 * Each group of the weekly review as a query: the same answers as the domain's `reviewChanges`
 * (the API tests hold them to it), without judging every model. Groups of other features add
 * their queries here.
 */
export const CHANGE_GROUP_QUERIES: Record<ChangeGroup, GroupQuery> = {
  newViolations: verdictGroup(Prisma.sql`cur = 'violation'`),
  resolvedViolations: verdictGroup(Prisma.sql`prev = 'violation' AND cur <> 'unknown'`),
  newWarnings: verdictGroup(Prisma.sql`cur = 'warning' AND prev IS DISTINCT FROM 'violation'`),
  becameUnknown: verdictGroup(Prisma.sql`cur = 'unknown'`),
  leftUnknown: verdictGroup(Prisma.sql`prev = 'unknown'`),
  // Without an earlier status (a new model, or no review yet) only the groups above are news.
  otherVerdictChanges: verdictGroup(
    Prisma.sql`prev NOT IN ('unknown', 'violation') AND cur NOT IN ('unknown', 'violation', 'warning')`,
  ),
  newModels: {
    judged: false,
    rows: () => Prisma.sql`
      SELECT ${EVENT_COLUMNS}, 0 AS sub, jsonb_build_object('kind', ev.kind, 'actor', ev.actor) AS detail
      FROM recent ev WHERE ev.kind = 'created'`,
  },
  // One item per lifecycle change (an event holds at most one, but the rule does not assume it).
  lifecycleChanges: {
    judged: false,
    rows: () => Prisma.sql`
      SELECT ${EVENT_COLUMNS}, c.n::int AS sub,
             jsonb_build_object('kind', ev.kind, 'actor', ev.actor, 'changes', jsonb_build_array(c.change)) AS detail
      FROM recent ev CROSS JOIN LATERAL jsonb_array_elements(ev.changes) WITH ORDINALITY c(change, n)
      WHERE ev.kind <> 'created' AND c.change->>'field' = 'lifecycle'`,
  },
  frameworkChanges: eventGroup(Prisma.sql`c->>'field' IN ${FRAMEWORK_FIELDS}`),
  otherChanges: eventGroup(Prisma.sql`c->>'field' <> 'lifecycle' AND c->>'field' NOT IN ${FRAMEWORK_FIELDS}`),
  exceptionsGranted: exceptionGroup(isoInstant(Prisma.sql`e.created_at`), (window) =>
    since(Prisma.sql`e.created_at`, window),
  ),
  exceptionsRevoked: exceptionGroup(
    isoInstant(Prisma.sql`e.revoked_at`),
    (window) => Prisma.sql`e.revoked_at IS NOT NULL AND ${since(Prisma.sql`e.revoked_at`, window)}`,
  ),
  exceptionsExpired: exceptionGroup(
    EXPIRES_ON,
    (window) => Prisma.sql`${inForce(window)} AND e.expires_on <= ${window.today}::date
      AND (${window.since}::timestamptz IS NULL OR e.expires_on > (${window.since}::timestamptz AT TIME ZONE 'UTC')::date)`,
  ),
  exceptionsExpiringSoon: exceptionGroup(
    EXPIRES_ON,
    (window) => Prisma.sql`${inForce(window)} AND e.expires_on > ${window.today}::date
      AND e.expires_on <= ${window.expiringBy}::date`,
  ),
  newDisagreements: {
    judged: false,
    rows: (window) => Prisma.sql`
      SELECT d.model_id, m.name AS model_name, ${isoInstant(Prisma.sql`d.recorded_at`)} AS at, ''::text AS ord,
             0::bigint AS seq, 0 AS sub,
             jsonb_build_object('scannedFamily', d.scanned_family, 'registeredFamily', d.registered_family) AS detail
      FROM (${disagreeingModels(null)}) d JOIN model m ON m.id = d.model_id
      WHERE ${ofWindow(window, Prisma.sql`d.model_id`)}
        AND NOT EXISTS (SELECT 1 FROM (${disagreeingModels(window.windowStart)}) p
                        WHERE p.model_id = d.model_id AND ${ofWindow(window, Prisma.sql`p.model_id`)})`,
  },
  tf1Increases: {
    judged: false,
    rows: (window) => Prisma.sql`
      SELECT s.model_id, m.name AS model_name, ${isoInstant(Prisma.sql`s.recorded_at`)} AS at,
             ${isoInstant(Prisma.sql`s.recorded_at`)} AS ord, 0::bigint AS seq, 0 AS sub,
             jsonb_build_object('commit', s.commit, 'total', s.tf1_total, 'previousTotal', s.previous_total) AS detail
      FROM (
        SELECT model_id, recorded_at, commit, tf1_total,
               lag(tf1_total) OVER (PARTITION BY model_id ORDER BY recorded_at, id) AS previous_total
        FROM scan WHERE model_id IN (
          SELECT model_id FROM scan WHERE recorded_at > ${window.windowStart} AND ${ofWindow(window, Prisma.sql`model_id`)})
      ) s JOIN model m ON m.id = s.model_id
      WHERE s.recorded_at > ${window.windowStart} AND s.tf1_total > s.previous_total`,
  },
  pastRetirement: {
    judged: false,
    rows: (window) => Prisma.sql`
      SELECT id AS model_id, name AS model_name, to_char(retire_by, 'YYYY-MM-DD') AS at,
             to_char(retire_by, 'YYYY-MM-DD') AS ord, 0::bigint AS seq, 0 AS sub,
             jsonb_build_object('lifecycle', lifecycle, 'retireBy', to_char(retire_by, 'YYYY-MM-DD')) AS detail
      FROM model WHERE retire_by < ${window.today}::date AND lifecycle <> 'retired' AND ${ofWindow(window, Prisma.sql`id`)}`,
  },
};
