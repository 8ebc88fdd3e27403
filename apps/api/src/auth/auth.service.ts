import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import {
  PASSWORD_ATTEMPT_WINDOW_MS,
  tokenRole,
  type ChangePasswordInput,
  type LoginInput,
  type Role,
  type TokenScope,
} from '@mmt/domain';
import { DomainError } from '../common/domain-error.js';
import { AuthRepository, type UserWithoutHash } from './auth.repository.js';
import { PasswordAttempts } from './password-attempts.service.js';
import type { Principal, SessionPrincipal } from './principal.js';
import { hashSecret, newPassword, newSecret } from './secrets.js';

export const SESSION_COOKIE = 'mmt_session';
export const SESSION_TTL_MS = 14 * 86_400_000;
// Expired sessions and old password-check rows are deleted at a sign-in, at most this often per
// process: they only grow through sign-ins, so this bounds them without a scheduler.
const PURGE_INTERVAL_MS = 60_000;
const MIN_BOOTSTRAP_TOKEN_LENGTH = 24;
const TOKEN_TOUCH_INTERVAL_MS = 60_000;
// Verified when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = await hash('not-a-real-password');

const sessionPrincipal = (user: UserWithoutHash, sessionId: string): SessionPrincipal => ({
  kind: 'user',
  via: 'session',
  id: user.id,
  userId: user.id,
  sessionId,
  name: user.name,
  email: user.email,
  role: user.role as Role,
});

const ONLY_PEOPLE = 'Only a signed-in person can do this, not an API token';

@Injectable()
export class AuthService {
  private lastPurgeAt = 0;

  constructor(
    private readonly repository: AuthRepository,
    private readonly attempts: PasswordAttempts,
  ) {}

  /** Signs in; returns the new session's secret for the cookie. Refuses after repeated failures from `address`. */
  async login(
    input: LoginInput,
    address: string,
  ): Promise<{ principal: Principal; sessionSecret: string; expiresAt: Date }> {
    const now = new Date();
    await this.purgeIfDue(now);
    const attempt = await this.attempts.begin('sign-in', input.email, address, now);
    const user = await this.repository.findUserByEmail(input.email);
    const passwordMatches = await verify(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !passwordMatches || !user.active) throw new DomainError('unauthenticated', 'Wrong email or password');
    await attempt.succeeded();
    const sessionSecret = newSecret('mmts');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    const session = await this.repository.createSession(user.id, hashSecret(sessionSecret), expiresAt);
    const { passwordHash: _hash, ...withoutHash } = user;
    return { principal: sessionPrincipal(withoutHash, session.id), sessionSecret, expiresAt };
  }

  async logout(sessionSecret: string | undefined): Promise<void> {
    if (sessionSecret) await this.repository.deleteSession(hashSecret(sessionSecret));
  }

  /** The principal behind a bearer token or a session cookie, or null. */
  async authenticate(authorization: string | undefined, sessionSecret: string | undefined): Promise<Principal | null> {
    const now = new Date();
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (bearer) {
      const token = await this.repository.findTokenForRequest(hashSecret(bearer));
      if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.userActive === false)
        return null;
      // Use is recorded at most once a minute: skip the statement when the token was just seen.
      if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOKEN_TOUCH_INTERVAL_MS) {
        await this.repository.touchToken(token.id, now);
      }
      return {
        kind: 'token',
        via: 'token',
        id: token.id,
        userId: token.userId,
        ownerEmail: token.userEmail,
        expiresAt: token.expiresAt,
        name: token.name,
        email: null,
        role: tokenRole(token.scope as TokenScope, token.userRole as Role | null),
      };
    }
    if (!sessionSecret) return null;
    const session = await this.repository.findSession(hashSecret(sessionSecret));
    if (!session || session.expiresAt <= now || !session.user.active) return null;
    return sessionPrincipal(session.user, session.id);
  }

  /**
   * Limited like sign-in: the current password is a password guess like any other. Every other
   * session of the account ends (whoever knew the old password is signed out); this one goes on.
   */
  async changePassword(principal: Principal, input: ChangePasswordInput, address: string): Promise<void> {
    const user = principal.via === 'session' ? await this.repository.findUser(principal.userId) : null;
    if (!user || principal.via !== 'session') throw new DomainError('forbidden', ONLY_PEOPLE);
    const attempt = await this.attempts.begin('password change', user.email, address);
    if (!(await verify(user.passwordHash, input.currentPassword))) {
      throw new DomainError('invalid', 'The current password is wrong', [
        { field: 'currentPassword', message: 'is wrong' },
      ]);
    }
    await attempt.succeeded();
    await this.repository.setPassword(user.id, await hash(input.newPassword), principal.sessionId);
  }

  /** Ends every session of the signed-in person, this one included (API tokens stay). */
  async signOutEverywhere(principal: Principal): Promise<void> {
    if (principal.via !== 'session') throw new DomainError('forbidden', ONLY_PEOPLE);
    await this.repository.endSessions(principal.userId);
  }

  /**
   * First start: BOOTSTRAP_ADMIN_TOKEN becomes an admin API token; without it, and with no account
   * yet, an admin account is created and its random password printed once.
   */
  async bootstrap(env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<void> {
    const token = env['BOOTSTRAP_ADMIN_TOKEN'];
    if (token) {
      if (token.length < MIN_BOOTSTRAP_TOKEN_LENGTH) {
        throw new Error(
          `BOOTSTRAP_ADMIN_TOKEN must be at least ${MIN_BOOTSTRAP_TOKEN_LENGTH} characters (try: openssl rand -hex 24)`,
        );
      }
      if (!(await this.repository.findToken(hashSecret(token)))) {
        await this.repository.createToken({
          name: 'bootstrap',
          scope: 'admin',
          tokenHash: hashSecret(token),
          userId: null,
          createdBy: 'system',
          createdByTokenId: null,
          expiresAt: null,
        });
        log('BOOTSTRAP_ADMIN_TOKEN registered as an admin API token.');
      }
      return;
    }
    if ((await this.repository.countUsers()) > 0) return;
    const email = (env['BOOTSTRAP_ADMIN_EMAIL'] ?? 'admin@localhost').toLowerCase();
    const password = newPassword();
    await this.repository.createUser({
      email,
      name: 'Administrator',
      role: 'admin',
      passwordHash: await hash(password),
      createdBy: 'system',
    });
    log('');
    log('Created the first admin account. Sign in with:');
    log(`    email:    ${email}`);
    log(`    password: ${password}`);
    log('This password is shown only once: sign in, then change it under "Account".');
    log('');
  }

  private async purgeIfDue(now: Date): Promise<void> {
    if (now.getTime() - this.lastPurgeAt < PURGE_INTERVAL_MS) return;
    this.lastPurgeAt = now.getTime();
    await this.repository.purgeExpired(now, new Date(now.getTime() - PASSWORD_ATTEMPT_WINDOW_MS));
  }

  newPasswordHash(password: string): Promise<string> {
    return hash(password);
  }

  generatePassword(): string {
    return newPassword();
  }
}
