import { ApiError } from '../api/client';

export const LOGIN_PATH = '/login';

interface LocationLike {
  pathname: string;
  search?: string;
  hash?: string;
}

/** A 401: no session (never signed in, signed out, expired, or the account was deactivated). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** The sign-in page, remembering where to come back to. */
export function loginHref(location: LocationLike): string {
  const back = `${location.pathname}${location.search ?? ''}${location.hash ?? ''}`;
  if (location.pathname === LOGIN_PATH || back === '/') return LOGIN_PATH;
  return `${LOGIN_PATH}?next=${encodeURIComponent(back)}`;
}

/**
 * Where to go after signing in: `next` when it is a path on this site, else the overview.
 * `//evil.example` or `https://…` would leave the site, so they are refused.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`) || next.startsWith(`${LOGIN_PATH}/`)) return '/';
  return next;
}
