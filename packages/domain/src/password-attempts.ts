/**
 * Password guessing is limited per source address, never per account alone: a stranger who
 * guesses wrong can slow themselves down, not lock the account's owner out from elsewhere.
 */
export const PASSWORD_ATTEMPT_WINDOW_MS = 15 * 60_000;
/** Failed (or still unchecked) passwords for one account from one source, per window. */
export const MAX_FAILURES_PER_ACCOUNT_AND_SOURCE = 5;
/** Failed (or still unchecked) passwords from one source, whatever the accounts, per window. */
export const MAX_FAILURES_PER_SOURCE = 20;

export interface RecentFailures {
  count: number;
  /** When the oldest of them happened (null when there are none): the window frees a place then. */
  oldest: Date | null;
}

export type PasswordAttemptDecision =
  { allowed: true } | { allowed: false; limit: 'account' | 'source'; retryAfterSeconds: number };

/** Whether one more password may be checked, given the failures inside the window that ends now. */
export function decidePasswordAttempt(
  recent: { account: RecentFailures; source: RecentFailures },
  now: Date,
): PasswordAttemptDecision {
  const waits = [
    { limit: 'source' as const, failures: recent.source, max: MAX_FAILURES_PER_SOURCE },
    { limit: 'account' as const, failures: recent.account, max: MAX_FAILURES_PER_ACCOUNT_AND_SOURCE },
  ]
    .filter(({ failures, max }) => failures.count >= max)
    .map(({ limit, failures }) => ({ limit, retryAfterSeconds: secondsUntilFreed(failures.oldest, now) }));
  if (waits.length === 0) return { allowed: true };
  const longest = waits.reduce((a, b) => (b.retryAfterSeconds > a.retryAfterSeconds ? b : a));
  return { allowed: false, ...longest };
}

function secondsUntilFreed(oldest: Date | null, now: Date): number {
  const freedAt = (oldest?.getTime() ?? now.getTime()) + PASSWORD_ATTEMPT_WINDOW_MS;
  return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
}
