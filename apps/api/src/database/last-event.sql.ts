import { Prisma } from '../generated/prisma/client.js';

/**
 * The last event of the model `modelId` (an SQL expression) at `asOf`, the state it was in then, as
 * a subquery of `columns` for a LATERAL join: one probe of `model_event_as_of_idx`, read from the
 * index alone when the columns are among its own (id, at, name, framework, family, lifecycle,
 * started_on, version), so a read of every model then leaves their states on disk.
 */
export const lastEventAt = (modelId: Prisma.Sql, asOf: Date, columns: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`SELECT ${columns} FROM model_event
    WHERE model_id = ${modelId} AND at <= ${asOf} ORDER BY at DESC, id DESC LIMIT 1`;
