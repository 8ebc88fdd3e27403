import { Injectable } from '@nestjs/common';
import type { CreateUserInput, UpdateUserInput } from '@mmt/domain';
import { DomainError, notFound } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/prisma-errors.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly auth: AuthService,
  ) {}

  list() {
    return this.repository.listUsers();
  }

  /** Creates an account; a generated password is returned this once when none was given. */
  async create(input: CreateUserInput, actor: string) {
    const password = input.password ?? this.auth.generatePassword();
    try {
      const user = await this.repository.createUser({
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: await this.auth.newPasswordHash(password),
        createdBy: actor,
      });
      return input.password ? user : { ...user, initialPassword: password };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('duplicate', `An account for ${input.email} already exists`, [
          { field: 'email', message: 'is already registered' },
        ]);
      }
      throw error;
    }
  }

  async update(id: string, change: UpdateUserInput, actorUserId: string | null) {
    if (!(await this.repository.findUser(id))) throw notFound('User', id);
    if (id === actorUserId && (change.active === false || (change.role && change.role !== 'admin'))) {
      throw new DomainError('invalid', 'You cannot deactivate yourself or remove your own admin role', [
        { field: change.active === false ? 'active' : 'role', message: 'cannot be changed on your own account' },
      ]);
    }
    return this.repository.updateUser(id, change);
  }
}
