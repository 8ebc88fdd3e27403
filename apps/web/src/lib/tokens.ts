import type { TokenView, UserView } from '@mmt/domain';

export type TokenState = 'active' | 'expired' | 'revoked';

export const TOKEN_STATE_LABELS: Record<TokenState, string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** Revoked wins over expired: it is what someone did on purpose. */
export function tokenState(token: Pick<TokenView, 'revokedAt' | 'expiresAt'>, now = new Date()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** The last moment of a day (YYYY-MM-DD) in the user's time zone, as an ISO timestamp. */
export function endOfLocalDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 23, 59, 59, 999).toISOString();
}

/** The tokens acting for one person (an admin's list holds everyone's). */
export function ownTokens(tokens: readonly TokenView[], userId: string): TokenView[] {
  return tokens.filter((token) => token.userId === userId);
}

/** Who a token acts for: their email, or the server itself for the bootstrap token. */
export function tokenOwner(token: Pick<TokenView, 'userId'>, users: readonly Pick<UserView, 'id' | 'email'>[]): string {
  if (!token.userId) return 'Server (bootstrap)';
  return users.find((user) => user.id === token.userId)?.email ?? 'Unknown user';
}
