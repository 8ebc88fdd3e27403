import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defaultRoleFor, roleAllows, type Role } from '@mmt/domain';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/domain-error.js';
import { attributeRequest } from '../logging/logger-params.js';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from './auth.decorators.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';
import { actorOf, type AuthenticatedRequest } from './principal.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A cookie-authenticated change must come from our own pages (a cross-site form cannot forge it). */
function isCrossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/** Every route needs a signed-in user or an API token, unless marked @Public; roles decide what they may do. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const principal = await this.auth.authenticate(request.headers.authorization, request.cookies?.[SESSION_COOKIE]);
    // The request log names who asked (before the checks below, so refusals are attributed too).
    if (principal) attributeRequest(request.raw, principal);
    if (!principal) {
      throw new DomainError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer <token>"');
    }
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method) && isCrossSite(request)) {
      throw new DomainError('forbidden', 'Changes with a session cookie must come from this site');
    }
    const required = this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? defaultRoleFor(request.method);
    if (!roleAllows(principal.role, required)) {
      throw new DomainError('forbidden', `This needs the ${required} role; you have ${principal.role}`);
    }
    request.principal = principal;
    request.actor = actorOf(principal);
    return true;
  }
}
