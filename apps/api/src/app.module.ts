import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from './auth/auth.module.js';
import { BadgesModule } from './badges/badges.module.js';
import { BackupModule } from './backup/backup.module.js';
import { ChartsModule } from './charts/charts.module.js';
import { CliDownloadModule } from './cli-download/cli-download.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { DatabaseModule, DatabaseUrlModule } from './database/database.module.js';
import { DigestModule } from './digest/digest.module.js';
import { ExceptionsModule } from './exceptions/exceptions.module.js';
import { HealthController } from './health/health.controller.js';
import { ImportsModule } from './imports/imports.module.js';
import { loggerParams, type LoggerOptions } from './logging/logger-params.js';
import { ModelsModule } from './models/models.module.js';
import { NotificationOptionsModule, OutboxModule } from './notifications/outbox.module.js';
import type { NotificationOptions } from './notifications/notification-options.js';
import { PolicyModule } from './policy/policy.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { ScansModule } from './scans/scans.module.js';
import { SeedModule } from './seed/seed.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

export interface AppOptions {
  databaseUrl: string;
  logLevel: string;
  notifications: NotificationOptions;
  /** Readable lines or JSON; JSON unless told (main.ts picks readable lines on a terminal). */
  logFormat?: LoggerOptions['format'];
  logDestination?: LoggerOptions['destination'];
  /** PUBLIC_URL: the base of the badge links; null or unset: each request's own host. */
  publicUrl?: string | null;
  /** The command line served at /cli/mmt.mjs; default packages/cli/dist/mmt.mjs. */
  cliBundle?: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(
          loggerParams({
            level: options.logLevel,
            format: options.logFormat ?? 'json',
            destination: options.logDestination,
          }),
        ),
        DatabaseUrlModule.forRoot(options.databaseUrl),
        NotificationOptionsModule.forRoot(options.notifications),
        DatabaseModule,
        // After the database: modules stop in reverse order, so the job queue finishes the
        // deliveries in hand before the database client closes.
        OutboxModule,
        AuthModule,
        ModelsModule,
        ExceptionsModule,
        ScansModule,
        PolicyModule,
        ComplianceModule,
        DashboardModule,
        ChartsModule,
        ReviewsModule,
        SeedModule,
        ReportsModule,
        ImportsModule,
        BackupModule,
        BadgesModule.forRoot(options.publicUrl ?? null),
        WebhooksModule,
        DigestModule,
        CliDownloadModule.forRoot(options.cliBundle),
      ],
      controllers: [HealthController],
    };
  }
}
