import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { decidePasswordAttempt, PASSWORD_ATTEMPT_WINDOW_MS, type PasswordAttemptDecision } from '@mmt/domain';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { rateLimited } from '../common/domain-error.js';
import { sourceOf } from './client-address.js';
import { PasswordAttemptRepository } from './password-attempt.repository.js';

/** What the 429 calls the attempts it counted. */
export type PasswordCheck = 'sign-in' | 'password change';

export interface PasswordAttempt {
  /** The password was right: the account's failures from this source are forgotten. */
  succeeded(): Promise<void>;
}

// Another check from the same source holds its lock for a few milliseconds: wait outside the
// database, briefly; a source that keeps it busy longer is flooding and is told to slow down.
const BUSY_RETRIES = 20;
const BUSY_PAUSE_MS = 5;

const WHAT: Record<PasswordCheck, string> = {
  'sign-in': 'failed sign-ins',
  'password change': 'wrong current passwords',
};

function duration(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function refuseIfLimited(decision: PasswordAttemptDecision, check: PasswordCheck): void {
  if (decision.allowed) return;
  const forWhom = decision.limit === 'account' ? ' for this account' : '';
  throw rateLimited(
    `Too many ${WHAT[check]}${forWhom} from your address. Wait ${duration(decision.retryAfterSeconds)}, then try again.`,
    decision.retryAfterSeconds,
  );
}

/**
 * Limits password guessing (sign-in and password change share the count): an attempt is counted
 * as a failure before its password is checked, so guesses in flight count too, and forgotten only
 * when the password was right.
 */
@Injectable()
export class PasswordAttempts {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: PasswordAttemptRepository,
  ) {}

  async begin(check: PasswordCheck, email: string, address: string, now = new Date()): Promise<PasswordAttempt> {
    const source = sourceOf(address);
    const since = new Date(now.getTime() - PASSWORD_ATTEMPT_WINDOW_MS);
    const decide = async (db: Db) => decidePasswordAttempt(await this.repository.recent(db, email, source, since), now);
    for (let attempt = 0; attempt <= BUSY_RETRIES; attempt += 1) {
      // Without the lock: a source over its limit is refused with one read, however many requests it sends.
      refuseIfLimited(await decide(this.prisma), check);
      const decision = await this.repository.withSourceLock(source, async (tx) => {
        const counted = await decide(tx);
        if (counted.allowed) await this.repository.record(tx, email, source, now);
        return counted;
      });
      if (decision) {
        refuseIfLimited(decision, check);
        return { succeeded: () => this.repository.clear(email, source) };
      }
      await sleep(BUSY_PAUSE_MS + Math.random() * BUSY_PAUSE_MS * (attempt + 1));
    }
    throw rateLimited('Too many password checks at once from your address. Wait a second, then try again.', 1);
  }
}
