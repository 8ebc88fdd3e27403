// node apps/api/dist/seed/bulk-seed.main.js --models 10000 --events 500000 --exceptions 300 [--seed 1] [--first-index 0]
// Loads a large generated portfolio (for benchmarks) into DATABASE_URL, or the embedded PostgreSQL in DATA_DIR.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseUrlModule } from '../database/database.module.js';
import { resolveDatabase } from '../database/embedded-postgres.js';
import { PrismaService } from '../database/prisma.service.js';
import { applyMigrations } from '../database/schema-engine.js';
import { ExceptionRepository } from '../exceptions/exception.repository.js';
import { ExceptionsModule } from '../exceptions/exceptions.module.js';
import { ModelRepository } from '../models/model.repository.js';
import { ModelsModule } from '../models/models.module.js';
import { notificationOptionsFromEnv } from '../notifications/notification-options.js';
import { NotificationOptionsModule } from '../notifications/outbox.module.js';
import { PolicyModule } from '../policy/policy.module.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { loadExceptions, loadModels, refreshVerdicts, type InTransaction } from './bulk-loader.js';
import { generatePortfolio, type PortfolioOptions } from './portfolio-generator.js';

const TRANSACTION_TIMEOUT_MS = 300_000;
const log = (message: string) => console.log(`[seed] ${message}`);

/** What the loader writes through: the models' and exceptions' repositories, the verdict timelines, the default policy. */
@Module({ imports: [ExceptionsModule, ModelsModule, PolicyModule, VerdictsModule] })
class BulkSeedModule {}

function options(): PortfolioOptions {
  const { values } = parseArgs({
    options: {
      models: { type: 'string', default: '10000' },
      events: { type: 'string', default: '500000' },
      exceptions: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      'first-index': { type: 'string', default: '0' },
      from: { type: 'string', default: '2018-01-01' },
    },
  });
  const int = (name: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${text}"`);
    return value;
  };
  return {
    models: int('models', values.models),
    events: int('events', values.events),
    exceptions: int('exceptions', values.exceptions),
    seed: int('seed', values.seed),
    firstIndex: int('first-index', values['first-index']),
    from: new Date(`${values.from}T00:00:00.000Z`),
    until: new Date(),
  };
}

async function main(): Promise<void> {
  const portfolio = options();
  const database = await resolveDatabase(process.env, log);
  try {
    await applyMigrations(database.connectionString, { log });
    // The loader writes no notifications, but the modules it writes through can: they get the
    // server's options, and this process works no jobs.
    const notifications = { ...(await notificationOptionsFromEnv(process.env, log)), runWorkers: false };
    // The policy module adds the default policy on start, as the server does.
    const app = await NestFactory.createApplicationContext(
      {
        module: BulkSeedModule,
        imports: [
          DatabaseUrlModule.forRoot(database.connectionString),
          NotificationOptionsModule.forRoot(notifications),
        ],
      },
      { logger: ['error', 'warn'] },
    );
    try {
      const prisma = app.get(PrismaService);
      const inTransaction: InTransaction = (work) =>
        prisma.$transaction((tx) => work(tx), { timeout: TRANSACTION_TIMEOUT_MS });
      log(
        `Generating and loading ${portfolio.models.toLocaleString('en-US')} models, ${portfolio.events.toLocaleString('en-US')} events, ${portfolio.exceptions} exceptions (seed ${portfolio.seed})`,
      );
      const generated = generatePortfolio(portfolio);
      const { ids, exceptions } = await loadModels(inTransaction, app.get(ModelRepository), generated, portfolio, log);
      await loadExceptions(inTransaction, app.get(ExceptionRepository), exceptions, log);
      await refreshVerdicts(inTransaction, app.get(VerdictService), ids, log);
      log('VACUUM ANALYZE (what autovacuum would have done by now)');
      await prisma.$executeRaw`VACUUM ANALYZE`;
    } finally {
      await app.close();
    }
    log('Done');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
