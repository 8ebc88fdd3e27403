import { Injectable } from '@nestjs/common';
import { roleAllows, roleOfScope, tokenExpiryProblem, type CreateTokenInput } from '@mmt/domain';
import type { ApiToken as ApiTokenRow } from '../generated/prisma/client.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { validationFailed } from '../common/validation.js';
import { AuthRepository, type TokenKeeper } from './auth.repository.js';
import { actorOf, type Principal } from './principal.js';
import { hashSecret, newSecret } from './secrets.js';

const view = ({ tokenHash: _hash, ...token }: ApiTokenRow) => token;

/**
 * Admins (and the bootstrap admin token) keep every token; a person and their tokens keep that
 * person's; a token with no owner keeps itself and the tokens it made.
 */
function keeperOf(principal: Principal): TokenKeeper {
  if (principal.role === 'admin') return { everyone: true };
  return principal.userId ? { userId: principal.userId } : { tokenId: principal.id };
}

@Injectable()
export class TokensService {
  constructor(private readonly repository: AuthRepository) {}

  async list(principal: Principal) {
    const tokens = await this.repository.listTokens(keeperOf(principal));
    return tokens.map(({ user, ...token }) => ({ ...view(token), ownerEmail: user?.email ?? null }));
  }

  /**
   * Creates a token no stronger than its creator (and, made with a token, expiring no later than
   * it); the secret is in this response only.
   */
  async create(input: CreateTokenInput, principal: Principal) {
    if (!roleAllows(principal.role, roleOfScope(input.scope))) {
      throw new DomainError('forbidden', `A ${principal.role} cannot create a ${input.scope} token`);
    }
    const expiryProblem = principal.via === 'token' ? tokenExpiryProblem(input.expiresAt, principal.expiresAt) : null;
    if (expiryProblem) throw validationFailed([{ field: 'expiresAt', message: expiryProblem }]);
    const token = newSecret('mmt');
    const row = await this.repository.createToken({
      name: input.name,
      scope: input.scope,
      tokenHash: hashSecret(token),
      userId: principal.userId,
      createdBy: actorOf(principal),
      createdByTokenId: principal.via === 'token' ? principal.id : null,
      expiresAt: input.expiresAt,
    });
    return { ...view(row), token };
  }

  async revoke(id: string, principal: Principal) {
    const token = await this.repository.revokeToken(id, keeperOf(principal), new Date());
    if (!token) throw notFound('Token', id);
    return view(token);
  }
}
