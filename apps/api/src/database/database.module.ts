import { Module, type DynamicModule } from '@nestjs/common';
import { DATABASE_URL, PrismaService } from './prisma.service.js';
import { AnswerCache } from './answer-cache.js';

/** Where the database is: given once, by the app or a script, for the one connection. */
@Module({})
export class DatabaseUrlModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseUrlModule,
      global: true,
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }],
      exports: [DATABASE_URL],
    };
  }
}

/**
 * The connection (one pool for the process) and the answer cache, and nothing else: every module
 * that reads or writes imports it, and each repository lives in the module of its aggregate.
 */
@Module({ providers: [PrismaService, AnswerCache], exports: [PrismaService, AnswerCache] })
export class DatabaseModule {}
