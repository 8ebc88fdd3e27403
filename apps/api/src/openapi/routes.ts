import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { defaultRoleFor, type Role } from '@mmt/domain';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from '../auth/auth.decorators.js';
import { declaredResponses, type DeclaredResponse } from '../common/openapi.js';

/** The routes served outside `/api`: the badges a README embeds, and the command line a CI job fetches. */
export const UNPREFIXED_ROUTES = [
  { path: 'badges/models/:id.svg', method: RequestMethod.GET },
  { path: 'badges/teams/:team.svg', method: RequestMethod.GET },
  { path: 'cli/mmt.mjs', method: RequestMethod.GET },
];

export interface Route {
  method: string;
  /** As NestJS writes it: `/api/models/:id`. */
  path: string;
  isPublic: boolean;
  /** The least role it needs (when not public). */
  role: Role;
  responses: readonly DeclaredResponse[];
}

/** Every route the NestJS app registered, read from its controllers' own metadata. */
export function registeredRoutes(app: INestApplication, prefix = 'api'): Route[] {
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  return controllers.flatMap(({ instance, metatype }) => {
    if (!instance || !metatype) return [];
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as () => void;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (requestMethod === undefined) return [];
      const method = RequestMethod[requestMethod];
      const path = [base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')]
        .filter((part) => part && part !== '/')
        .join('/');
      const unprefixed = UNPREFIXED_ROUTES.some((route) => route.path === path && route.method === requestMethod);
      const parts = unprefixed ? [path] : [prefix, path];
      const targets = [handler, metatype];
      return [
        {
          method,
          path: `/${parts.join('/')}`,
          isPublic: Boolean(reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)),
          role: reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? defaultRoleFor(method),
          responses: declaredResponses(handler),
        },
      ];
    });
  });
}

export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method} ${route.path}`;
