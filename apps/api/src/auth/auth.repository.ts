import { Injectable } from '@nestjs/common';
import { Prisma, type ApiToken as ApiTokenRow, type User as UserRow } from '../generated/prisma/client.js';
import { PrismaService } from '../database/prisma.service.js';

export type UserWithoutHash = Omit<UserRow, 'passwordHash'>;

export interface TokenForRequest {
  id: string;
  name: string;
  scope: string;
  userId: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  /** The owner's, now; null for a token that belongs to no user. */
  userActive: boolean | null;
  userRole: string | null;
  userEmail: string | null;
}

/** Whose tokens a principal may see and revoke. */
export type TokenKeeper = { everyone: true } | { userId: string } | { tokenId: string };

const keptBy = (keeper: TokenKeeper): Prisma.ApiTokenWhereInput =>
  'everyone' in keeper
    ? {}
    : 'userId' in keeper
      ? { userId: keeper.userId }
      : // A token with no owner keeps itself and the tokens it made.
        { userId: null, OR: [{ id: keeper.tokenId }, { createdByTokenId: keeper.tokenId }] };

// Prisma's `omit` leaves out the fields set to true.
const withoutHash = { passwordHash: true } as const;

/** Users, sessions and API tokens; and the purge of what expires (sessions, old password-check rows). */
@Injectable()
export class AuthRepository {
  constructor(private readonly prisma: PrismaService) {}

  findUserByEmail(email: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { email } });
  }

  findUser(id: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { id } });
  }

  countUsers(): Promise<number> {
    return this.prisma.user.count();
  }

  listUsers(): Promise<UserWithoutHash[]> {
    return this.prisma.user.findMany({ omit: withoutHash, orderBy: { email: 'asc' } });
  }

  createUser(data: {
    email: string;
    name: string;
    role: string;
    passwordHash: string;
    createdBy: string;
  }): Promise<UserWithoutHash> {
    return this.prisma.user.create({ data, omit: withoutHash });
  }

  /** Updates a user; deactivating also ends their sessions, in the same transaction. */
  updateUser(id: string, data: { name?: string; role?: string; active?: boolean }): Promise<UserWithoutHash> {
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id }, data, omit: withoutHash });
      if (data.active === false) await tx.session.deleteMany({ where: { userId: id } });
      return user;
    });
  }

  /** A new password ends every other session of the account, in the same transaction. */
  async setPassword(userId: string, passwordHash: string, keepSessionId: string): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.user.update({ where: { id: userId }, data: { passwordHash } }),
      this.prisma.session.deleteMany({ where: { userId, id: { not: keepSessionId } } }),
    ]);
  }

  /** Signs the user out everywhere. */
  async endSessions(userId: string): Promise<void> {
    await this.prisma.session.deleteMany({ where: { userId } });
  }

  createSession(userId: string, tokenHash: string, expiresAt: Date) {
    return this.prisma.session.create({ data: { userId, tokenHash, expiresAt } });
  }

  findSession(tokenHash: string) {
    return this.prisma.session.findUnique({ where: { tokenHash }, include: { user: { omit: withoutHash } } });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.prisma.session.deleteMany({ where: { tokenHash } });
  }

  /** What authenticating a request needs, in one statement: the token and whether its user is active. */
  async findTokenForRequest(tokenHash: string): Promise<TokenForRequest | null> {
    // On the driver: this runs before every request made with a token.
    const rows = await this.prisma.rows<TokenForRequest>(
      Prisma.sql`
      SELECT t.id, t.name, t.scope, t.user_id AS "userId", t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt",
             t.last_used_at AS "lastUsedAt", u.active AS "userActive", u.role AS "userRole", u.email AS "userEmail"
      FROM api_token t LEFT JOIN app_user u ON u.id = t.user_id
      WHERE t.token_hash = ${tokenHash}`,
      'token-for-request',
    );
    return rows[0] ?? null;
  }

  findToken(tokenHash: string) {
    return this.prisma.apiToken.findUnique({ where: { tokenHash }, include: { user: { omit: withoutHash } } });
  }

  /** Records use at most once a minute per token, so reads stay reads. */
  async touchToken(id: string, now: Date): Promise<void> {
    await this.prisma.apiToken.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
      data: { lastUsedAt: now },
    });
  }

  createToken(data: {
    name: string;
    scope: string;
    tokenHash: string;
    userId: string | null;
    createdBy: string;
    createdByTokenId: string | null;
    expiresAt: Date | null;
  }): Promise<ApiTokenRow> {
    return this.prisma.apiToken.create({ data });
  }

  /** The tokens `keeper` may see, newest first, with their owners' emails. */
  listTokens(keeper: TokenKeeper): Promise<(ApiTokenRow & { user: { email: string } | null })[]> {
    return this.prisma.apiToken.findMany({
      where: keptBy(keeper),
      include: { user: { select: { email: true } } },
      orderBy: { createdAt: 'desc' },
    });
  }

  /** Revokes a token `keeper` may see (once: revoking again changes nothing); null when it may not. */
  async revokeToken(id: string, keeper: TokenKeeper, now: Date): Promise<ApiTokenRow | null> {
    const where = { AND: [{ id }, keptBy(keeper)] };
    await this.prisma.apiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: now } });
    return this.prisma.apiToken.findFirst({ where });
  }

  /** Sessions past their expiry and failed password checks older than `failuresBefore`: one statement. */
  async purgeExpired(now: Date, failuresBefore: Date): Promise<void> {
    await this.prisma.$executeRaw(Prisma.sql`
      WITH failures AS (DELETE FROM login_failure WHERE at <= ${failuresBefore})
      DELETE FROM session WHERE expires_at <= ${now}`);
  }
}
