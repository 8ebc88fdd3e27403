import { Prisma } from '../generated/prisma/client.js';
import { lastEventAt } from '../database/last-event.sql.js';

const recordedBy = (instant: Date | null) => (instant ? Prisma.sql`recorded_at <= ${instant}` : Prisma.sql`true`);

/** Each model's newest scan recorded at or before `instant` (all of them when null): one row per scanned model. */
export function latestScans(instant: Date | null): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (model_id) id, model_id, recorded_at, primary_family, tf1_total
    FROM scan WHERE ${recordedBy(instant)}
    ORDER BY model_id, recorded_at DESC, id DESC`;
}

/** The newest scan of the model `modelId` (an SQL expression) at or before `instant`: for a LATERAL join. */
export function latestScanOf(modelId: Prisma.Sql, instant: Date | null): Prisma.Sql {
  return Prisma.sql`
    SELECT id, recorded_at, primary_family, tf1_total FROM scan
    WHERE model_id = ${modelId} AND ${recordedBy(instant)}
    ORDER BY recorded_at DESC, id DESC LIMIT 1`;
}

/**
 * The drift rule: the code (a scan's primary family) disagrees with the registry (the registered
 * family) when the scan found a framework and names another family. The unversioned "TensorFlow"
 * (a constraint that allows 1.x and 2.x) agrees with either TensorFlow family: it is vaguer, not
 * different.
 */
export function familiesDisagree(scanned: Prisma.Sql, registered: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${scanned} IS NOT NULL AND ${scanned} <> ${registered}
    AND NOT (${scanned} = 'TensorFlow' AND ${registered} LIKE 'TensorFlow %')
    AND NOT (${registered} = 'TensorFlow' AND ${scanned} LIKE 'TensorFlow %'))`;
}

/**
 * What a model's latest scan says of its code against `registered` (its family then), as a
 * `CodeState`: `scan` is the scan's row alias, absent (a LEFT JOIN's nulls) when it was never scanned.
 */
export function codeStateOf(scan: Prisma.Sql, registered: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${scan}.id IS NULL THEN 'unscanned'
    WHEN ${familiesDisagree(Prisma.sql`${scan}.primary_family`, registered)} THEN 'disagrees' ELSE 'agrees' END`;
}

/** The registered family of the model `modelId` (an SQL expression) at `instant` (now when null): for a LATERAL join. */
export function registeredFamilyOf(modelId: Prisma.Sql, instant: Date | null): Prisma.Sql {
  return instant
    ? lastEventAt(modelId, instant, Prisma.sql`family`)
    : Prisma.sql`SELECT family FROM model WHERE id = ${modelId}`;
}

/** The models whose latest scan at `instant` disagrees with their registered family then: `model_id`, the scan. */
export function disagreeingModels(instant: Date | null): Prisma.Sql {
  return Prisma.sql`
    SELECT ls.model_id, ls.id AS scan_id, ls.recorded_at, ls.primary_family AS scanned_family, r.family AS registered_family
    FROM (${latestScans(instant)}) ls
    JOIN LATERAL (${registeredFamilyOf(Prisma.sql`ls.model_id`, instant)}) r ON true
    WHERE ${familiesDisagree(Prisma.sql`ls.primary_family`, Prisma.sql`r.family`)}`;
}
