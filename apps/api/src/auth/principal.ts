import type { PrincipalView, Role } from '@mmt/domain';

/** A person signed in with a session cookie. */
export interface SessionPrincipal extends PrincipalView {
  kind: 'user';
  via: 'session';
  userId: string;
  /** The session this request came with (the one a password change keeps). */
  sessionId: string;
}

/** A script with an API token, acting as its scope but never as more than its owner's current role. */
export interface TokenPrincipal extends PrincipalView {
  kind: 'token';
  via: 'token';
  /** The user who created the token; null for a token with no owner (BOOTSTRAP_ADMIN_TOKEN and what it made). */
  userId: string | null;
  ownerEmail: string | null;
  /** The latest a token created with this one may expire. */
  expiresAt: Date | null;
}

/** Who made the request, and how they proved it. */
export type Principal = SessionPrincipal | TokenPrincipal;

/** What the API tells about the principal (no ids of sessions, owners or expiries). */
export const principalView = ({ kind, id, name, email, role }: Principal): PrincipalView => ({
  kind,
  id,
  name,
  email,
  role,
});

/** How history, exceptions, policy versions and reviews name who acted: a token by its owner. */
export function actorOf(principal: Principal): string {
  if (principal.via === 'session') return principal.email ?? principal.name;
  return principal.ownerEmail ? `${principal.ownerEmail} (token: ${principal.name})` : `token:${principal.name}`;
}

export interface AuthenticatedRequest {
  principal?: Principal;
  actor?: string;
}

export type { Role };
