import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { ChangeNotifications } from './change-notifications.js';
import { JobQueue } from './job-queue.js';
import { NotifiedModelRepository } from './notified-model.repository.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options.js';
import { OutboxRelay } from './outbox.relay.js';
import { OutboxRepository } from './outbox.repository.js';
import { TimeDrivenRepository } from './time-driven.repository.js';
import { TimeDrivenScan } from './time-driven.scan.js';

/** How this server notifies: given once, by the app, for the outbox, webhooks and the digest. */
@Module({})
export class NotificationOptionsModule {
  static forRoot(options: NotificationOptions): DynamicModule {
    return {
      module: NotificationOptionsModule,
      global: true,
      providers: [{ provide: NOTIFICATION_OPTIONS, useValue: options }],
      exports: [NOTIFICATION_OPTIONS],
    };
  }
}

/**
 * The job queue and the outbox every change writes its notifications to (one call in its
 * transaction), the relay that turns them into delivery jobs, and the scheduled look for changes
 * nobody writes. Below the features that change things (they import it): its own reads of what
 * changed go through the verdicts module, never back up to theirs.
 */
@Module({
  imports: [DatabaseModule, VerdictsModule],
  providers: [
    JobQueue,
    OutboxRepository,
    ChangeNotifications,
    NotifiedModelRepository,
    OutboxRelay,
    TimeDrivenRepository,
    TimeDrivenScan,
  ],
  exports: [JobQueue, OutboxRepository, ChangeNotifications],
})
export class OutboxModule {}
