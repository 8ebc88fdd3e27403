import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import { deliveryJob } from './delivery-job.js';
import { JobQueue, QUEUES } from './job-queue.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options.js';
import { OutboxRepository } from './outbox.repository.js';

const BATCH = 500;

/**
 * Turns outbox events into delivery jobs, one per (event, subscription that wants it), off the
 * request path. Each batch is claimed, queued and marked in one transaction, so replicas share the
 * work without taking an event twice, and an event written just before a crash is relayed by
 * whichever process runs next.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxRepository,
    private readonly queue: JobQueue,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.runWorkers) this.next();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private next(): void {
    this.timer = setTimeout(() => {
      this.running = this.relay().then(
        () => (this.stopped ? undefined : this.next()),
        (error: unknown) => {
          this.logger.warn(`Relaying notifications failed, trying again: ${(error as Error).message}`);
          if (!this.stopped) this.next();
        },
      );
    }, this.options.pollingIntervalSeconds * 1000);
  }

  /** Relays every waiting event not claimed by another replica; returns how many it relayed. */
  async relay(): Promise<number> {
    let relayed = 0;
    while (!this.stopped && (await this.outbox.hasPending())) {
      const count = await this.prisma.$transaction(async (tx) => {
        const claimed = await this.outbox.claimPending(tx, BATCH);
        await this.queue.insert(
          tx,
          QUEUES.webhookDelivery.name,
          claimed.flatMap(({ event_id: eventId, subscription_id: subscriptionId }) =>
            subscriptionId ? [deliveryJob({ eventId, subscriptionId, attempt: 1 })] : [],
          ),
        );
        const ids = [...new Set(claimed.map((row) => row.event_id))];
        await this.outbox.markDispatched(tx, ids, new Date());
        return ids.length;
      });
      relayed += count;
      // Whatever is still waiting is another replica's to relay.
      if (count === 0) break;
    }
    if (relayed > 0) this.queue.wake(QUEUES.webhookDelivery.name);
    return relayed;
  }
}
