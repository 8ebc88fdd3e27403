import { stableJobId } from './job-queue.js';

export interface DeliveryJobData {
  eventId: string;
  subscriptionId: string;
  /** 1 for the first attempt; the retry schedule says how long to wait before each. */
  attempt: number;
}

/** The job for one attempt; its id is fixed, so a crash that repeats the insert does not repeat the attempt. */
export function deliveryJob(data: DeliveryJobData, startAfterSeconds = 0) {
  return {
    id: stableJobId('webhook-delivery', data.eventId, data.subscriptionId, String(data.attempt)),
    data,
    ...(startAfterSeconds > 0 ? { startAfter: startAfterSeconds } : {}),
  };
}
