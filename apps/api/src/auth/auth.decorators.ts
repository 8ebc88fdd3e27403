import { SetMetadata } from '@nestjs/common';
import type { Role } from '@mmt/domain';

export const PUBLIC_ROUTE = 'auth:public';
export const REQUIRED_ROLE = 'auth:role';

/** Open without credentials (health, sign-in). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Needs more than the default (viewer to read, editor to change). */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
