import { Injectable } from '@nestjs/common';
import { roleAllows, roleOfScope, type CreateTokenInput } from '@mmt/domain';
import type { ApiToken as ApiTokenRow } from '../generated/prisma/client.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { AuthRepository } from './auth.repository.js';
import { actorOf, type Principal } from './principal.js';
import { hashSecret, newSecret } from './secrets.js';

const view = ({ tokenHash: _hash, ...token }: ApiTokenRow) => token;

@Injectable()
export class TokensService {
  constructor(private readonly repository: AuthRepository) {}

  /** Admins see every token; others their own. */
  async list(principal: Principal) {
    const tokens = await this.repository.listTokens(principal.role === 'admin' ? undefined : (principal.userId ?? ''));
    return tokens.map(({ user, ...token }) => ({ ...view(token), ownerEmail: user?.email ?? null }));
  }

  /** Creates a token no stronger than its creator; the secret is in this response only. */
  async create(input: CreateTokenInput, principal: Principal) {
    if (!roleAllows(principal.role, roleOfScope(input.scope))) {
      throw new DomainError('forbidden', `A ${principal.role} cannot create a ${input.scope} token`);
    }
    const token = newSecret('mmt');
    const row = await this.repository.createToken({
      name: input.name,
      scope: input.scope,
      tokenHash: hashSecret(token),
      userId: principal.userId,
      createdBy: actorOf(principal),
      expiresAt: input.expiresAt,
    });
    return { ...view(row), token };
  }

  async revoke(id: string, principal: Principal) {
    const token = await this.repository.findTokenById(id);
    if (!token || (principal.role !== 'admin' && token.userId !== principal.userId)) throw notFound('Token', id);
    return view((await this.repository.revokeToken(id, new Date()))!);
  }
}
