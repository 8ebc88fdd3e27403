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
  /** Null for a token that belongs to no user. */
  userActive: boolean | null;
}
// Prisma's `omit` leaves out the fields set to true.
const withoutHash = { passwordHash: true } as const;

/** Users, sessions, API tokens and failed sign-ins. */
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
  updateUser(
    id: string,
    data: { name?: string; role?: string; active?: boolean; passwordHash?: string },
  ): Promise<UserWithoutHash> {
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id }, data, omit: withoutHash });
      if (data.active === false) await tx.session.deleteMany({ where: { userId: id } });
      return user;
    });
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
    const rows = await this.prisma.rows<TokenForRequest>(Prisma.sql`
      SELECT t.id, t.name, t.scope, t.user_id AS "userId", t.expires_at AS "expiresAt", t.revoked_at AS "revokedAt",
             t.last_used_at AS "lastUsedAt", u.active AS "userActive"
      FROM api_token t LEFT JOIN app_user u ON u.id = t.user_id
      WHERE t.token_hash = ${tokenHash}`);
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
    expiresAt: Date | null;
  }): Promise<ApiTokenRow> {
    return this.prisma.apiToken.create({ data });
  }

  /** Every token (userId undefined) or one user's, with its owner's email. */
  listTokens(userId?: string): Promise<(ApiTokenRow & { user: { email: string } | null })[]> {
    return this.prisma.apiToken.findMany({
      where: userId ? { userId } : {},
      include: { user: { select: { email: true } } },
      orderBy: { createdAt: 'desc' },
    });
  }

  findTokenById(id: string): Promise<ApiTokenRow | null> {
    return this.prisma.apiToken.findUnique({ where: { id } });
  }

  async revokeToken(id: string, now: Date): Promise<ApiTokenRow | null> {
    await this.prisma.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    return this.findTokenById(id);
  }

  async recordLoginFailure(email: string, address: string): Promise<void> {
    await this.prisma.loginFailure.create({ data: { email, address } });
  }

  async recentLoginFailures(email: string, address: string, since: Date): Promise<{ email: number; address: number }> {
    const [byEmail, byAddress] = await Promise.all([
      this.prisma.loginFailure.count({ where: { email, at: { gte: since } } }),
      this.prisma.loginFailure.count({ where: { address, at: { gte: since } } }),
    ]);
    return { email: byEmail, address: byAddress };
  }
}
