import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ExceptionRepository } from '../exceptions/exception.repository.js';
import { ModelListQuery } from '../models/model-list.query.js';
import { ModelRepository } from '../models/model.repository.js';
import { PolicyRepository } from '../policy/policy.repository.js';
import { ReviewRepository } from '../reviews/review.repository.js';
import { VerdictSpanRepository } from '../verdicts/verdict-span.repository.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { DATABASE_URL, PrismaService } from './prisma.service.js';
import { SnapshotCache } from './snapshot-cache.js';

const dataAccess = [
  PrismaService,
  SnapshotCache,
  ModelRepository,
  ModelListQuery,
  ExceptionRepository,
  PolicyRepository,
  ReviewRepository,
  VerdictSpanRepository,
  VerdictService,
];

/** The database client, every repository and the verdict keeper, shared by all feature modules. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, ...dataAccess],
      // The URL too: the job queue keeps its own connections to the same database.
      exports: [DATABASE_URL, ...dataAccess],
    };
  }
}
