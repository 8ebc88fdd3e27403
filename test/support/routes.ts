import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PUBLIC_ROUTE } from '../../apps/api/src/auth/auth.decorators.js';
import { UNPREFIXED_ROUTES } from '../../apps/api/src/create-app.js';

export interface Route {
  method: string;
  path: string;
  isPublic: boolean;
}

/** Every route the NestJS app registered, read from its controllers' own metadata. */
export function registeredRoutes(app: NestFastifyApplication): Route[] {
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  return controllers.flatMap(({ instance, metatype }) => {
    if (!instance || !metatype) return [];
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name] as () => void;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const parts = [base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].filter(
        (part) => part && part !== '/',
      );
      const isPublic = Boolean(reflector.getAllAndOverride(PUBLIC_ROUTE, [handler, metatype]));
      const path = parts.join('/');
      const unprefixed = UNPREFIXED_ROUTES.some((route) => route.path === path && route.method === method);
      return [{ method: RequestMethod[method], path: unprefixed ? `/${path}` : `/api/${path}`, isPublic }];
    });
  });
}

export const routeKey = (route: Route) => `${route.method} ${route.path}`;
