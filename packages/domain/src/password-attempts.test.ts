import { describe, expect, it } from 'vitest';
import { decidePasswordAttempt, type RecentFailures } from './password-attempts.js';

const now = new Date('2026-12-01T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const none: RecentFailures = { count: 0, oldest: null };

describe('decidePasswordAttempt', () => {
  it.each([
    { case: 'no failures', account: none, source: none, expected: { allowed: true } },
    {
      case: '4 for the account, 4 from the source',
      account: { count: 4, oldest: minutesAgo(10) },
      source: { count: 4, oldest: minutesAgo(10) },
      expected: { allowed: true },
    },
    {
      case: '5 for the account: the oldest frees a place 15 minutes after it',
      account: { count: 5, oldest: minutesAgo(10) },
      source: { count: 5, oldest: minutesAgo(10) },
      expected: { allowed: false, limit: 'account', retryAfterSeconds: 300 },
    },
    {
      case: '19 from the source, 1 for this account',
      account: { count: 1, oldest: minutesAgo(1) },
      source: { count: 19, oldest: minutesAgo(14) },
      expected: { allowed: true },
    },
    {
      case: '20 from the source, none for this account',
      account: none,
      source: { count: 20, oldest: minutesAgo(14) },
      expected: { allowed: false, limit: 'source', retryAfterSeconds: 60 },
    },
    {
      case: 'both limits: the longer wait',
      account: { count: 5, oldest: minutesAgo(2) },
      source: { count: 20, oldest: minutesAgo(14) },
      expected: { allowed: false, limit: 'account', retryAfterSeconds: 780 },
    },
    {
      case: 'a wait is at least a second',
      account: { count: 5, oldest: new Date(now.getTime() - 15 * 60_000 + 10) },
      source: { count: 5, oldest: minutesAgo(14) },
      expected: { allowed: false, limit: 'account', retryAfterSeconds: 1 },
    },
  ])('$case', ({ account, source, expected }) => {
    expect(decidePasswordAttempt({ account, source }, now)).toEqual(expected);
  });
});
