import type { PrincipalView, Role } from '@mmt/domain';

/** Who made the request, and how they proved it. */
export interface Principal extends PrincipalView {
  via: 'session' | 'token';
  /** The user behind a session, or the user who created a token (null for the bootstrap token). */
  userId: string | null;
}

/** How history, exceptions, policy versions and reviews name who acted. */
export const actorOf = (principal: Principal): string =>
  principal.kind === 'user' ? (principal.email ?? principal.name) : `token:${principal.name}`;

export interface AuthenticatedRequest {
  principal?: Principal;
  actor?: string;
}

export type { Role };
