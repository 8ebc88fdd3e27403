import { WEBHOOK_RETRY_SCHEDULE_SECONDS } from '@mmt/domain';
import { resolveSecretKey } from './secret-key.js';

export const NOTIFICATION_OPTIONS = Symbol('NOTIFICATION_OPTIONS');

/** How this server notifies: from the environment for `npm start`, spelled out by tests. */
export interface NotificationOptions {
  /** WEBHOOK_ALLOW_PRIVATE_NETWORKS: loopback and private addresses may receive webhooks. */
  allowPrivateNetworks: boolean;
  /** 32 bytes that encrypt the webhooks' signing secrets at rest. */
  secretKey: Buffer;
  /** SMTP_URL; null: no email (the digest goes to webhooks only, and the web hides the option). */
  smtpUrl: string | null;
  /** SMTP_FROM: the digest's sender. */
  mailFrom: string;
  /** PUBLIC_URL: where the dashboard is reached, for links in messages. */
  publicUrl: string;
  /** Seconds to wait before each delivery attempt (the Standard Webhooks schedule; tests shrink it). */
  retryScheduleSeconds: readonly number[];
  /** How long a receiver gets to answer, in milliseconds. */
  requestTimeoutMs: number;
  /** Whether this process works the job queue; a replica that only serves requests may leave it to others. */
  runWorkers: boolean;
  /** How often the relay looks for new events and idle workers for jobs: an event goes out within about this long. */
  pollingIntervalSeconds: number;
}

export const REQUEST_TIMEOUT_MS = 10_000;

/** The options of `npm start`, from the environment (see the README's configuration table). */
export async function notificationOptionsFromEnv(
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
): Promise<NotificationOptions> {
  const port = env['PORT'] ?? '3000';
  const publicUrl = (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) throw new Error(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  const smtpUrl = env['SMTP_URL'] || null;
  if (smtpUrl !== null && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new Error('SMTP_URL must look like smtp://user:password@mail.example.com:587 (or smtps://…)');
  }
  const secretKey = await resolveSecretKey(env, log);
  return {
    allowPrivateNetworks: env['WEBHOOK_ALLOW_PRIVATE_NETWORKS'] === 'true',
    secretKey,
    smtpUrl,
    mailFrom: env['SMTP_FROM'] || `Model Migration Tracker <mmt@${new URL(publicUrl).hostname}>`,
    publicUrl,
    retryScheduleSeconds: WEBHOOK_RETRY_SCHEDULE_SECONDS,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    runWorkers: true,
    pollingIntervalSeconds: 2,
  };
}
