import { describe, expect, it } from 'vitest';
import type { TokenView } from '@mmt/domain';
import { endOfLocalDay, ownTokens, tokenOwner, tokenState } from './tokens';

const NOW = new Date('2025-03-10T12:00:00Z');

const token = (change: Partial<TokenView>): TokenView => ({
  id: 't1',
  name: 'ci',
  scope: 'write',
  userId: 'u1',
  createdAt: '2025-01-01T00:00:00Z',
  createdBy: 'ana@example.com',
  createdByTokenId: null,
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  ...change,
});

describe('tokenState', () => {
  it.each([
    [{}, 'active'],
    [{ expiresAt: '2025-03-11T00:00:00Z' }, 'active'],
    [{ expiresAt: '2025-03-10T12:00:00Z' }, 'expired'],
    [{ expiresAt: '2025-03-01T00:00:00Z' }, 'expired'],
    [{ revokedAt: '2025-03-02T00:00:00Z' }, 'revoked'],
    [{ revokedAt: '2025-03-02T00:00:00Z', expiresAt: '2025-03-01T00:00:00Z' }, 'revoked'],
  ] as const)('%j → %s', (change, expected) => {
    expect(tokenState(token(change), NOW)).toBe(expected);
  });
});

describe('endOfLocalDay', () => {
  it('is the last millisecond of that day where the user is', () => {
    const end = new Date(endOfLocalDay('2030-01-31'));
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([
      2030, 0, 31, 23, 59,
    ]);
    expect(new Date(end.getTime() + 1).getDate()).toBe(1);
  });
});

describe('owners', () => {
  const users = [{ id: 'u1', email: 'ana@example.com' }];

  it('keeps one person’s tokens', () => {
    expect(ownTokens([token({}), token({ id: 't2', userId: 'u2' }), token({ id: 't3', userId: null })], 'u1')).toEqual([
      token({}),
    ]);
  });

  it('names the owner by email, and the bootstrap token as the server’s', () => {
    expect(tokenOwner(token({}), users)).toBe('ana@example.com');
    expect(tokenOwner(token({ userId: null }), users)).toBe('Server (bootstrap)');
    expect(tokenOwner(token({ userId: 'gone' }), users)).toBe('Unknown user');
  });
});
