import { Injectable } from '@nestjs/common';
import type { Model as ModelRow } from '../generated/prisma/client.js';
import type { Db } from '../database/prisma.service.js';

/** The current rows of changed models, read inside the change's transaction for its notifications. */
@Injectable()
export class NotifiedModelRepository {
  findById(db: Db, id: string): Promise<ModelRow | null> {
    return db.model.findUnique({ where: { id } });
  }

  /** Of these models, or of every model (a policy change judges them all). */
  findMany(db: Db, ids?: readonly string[]): Promise<ModelRow[]> {
    return db.model.findMany({ where: ids ? { id: { in: [...ids] } } : {}, orderBy: { id: 'asc' } });
  }
}
