import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ChangeNotifications } from './change-notifications.js';
import { JobQueue } from './job-queue.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options.js';
import { OutboxRelay } from './outbox.relay.js';
import { OutboxRepository } from './outbox.repository.js';
import { TimeDrivenRepository } from './time-driven.repository.js';
import { TimeDrivenScan } from './time-driven.scan.js';

const shared = [JobQueue, OutboxRepository, ChangeNotifications];

/**
 * The job queue and the outbox every change writes its notifications to (one call in its
 * transaction), the relay that turns them into delivery jobs, and the scheduled look for changes
 * nobody writes. Global, like the database:
 * the modules that change things use it, and the notification modules build on it.
 */
@Global()
@Module({})
export class OutboxModule {
  static forRoot(options: NotificationOptions): DynamicModule {
    return {
      module: OutboxModule,
      providers: [
        { provide: NOTIFICATION_OPTIONS, useValue: options },
        ...shared,
        OutboxRelay,
        TimeDrivenRepository,
        TimeDrivenScan,
      ],
      exports: [NOTIFICATION_OPTIONS, ...shared],
    };
  }
}
