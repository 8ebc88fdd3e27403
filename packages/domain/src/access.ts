import { z } from 'zod';
import { named } from './contract/registry.js';
import { parseAsOf } from './dates.js';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a token may do: `read` acts as a viewer, `write` as an editor, `admin` (bootstrap only) as an admin. */
export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const SCOPE_ROLE: Record<TokenScope, Role> = { read: 'viewer', write: 'editor', admin: 'admin' };
export const roleOfScope = (scope: TokenScope): Role => SCOPE_ROLE[scope];

/** Roles are ordered: an admin can do what an editor can, an editor what a viewer can. */
export function roleAllows(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/**
 * What a token acts as: its scope, but never more than its owner can do now (an owner demoted
 * to viewer holds read tokens, whatever they were made as). A token with no owner acts as its scope.
 */
export function tokenRole(scope: TokenScope, ownerRole: Role | null): Role {
  const scoped = roleOfScope(scope);
  return ownerRole === null || roleAllows(ownerRole, scoped) ? scoped : ownerRole;
}

/**
 * A token that expires may create tokens that expire no later than it does, so a leaked
 * short-lived token cannot mint a lasting one. The problem with `requested`, or null when fine.
 */
export function tokenExpiryProblem(requested: Date | null, creatorExpiresAt: Date | null): string | null {
  if (creatorExpiresAt === null) return null;
  const latest = creatorExpiresAt.toISOString();
  if (requested === null) return `is required: a token made with a token must expire no later than it does (${latest})`;
  return requested > creatorExpiresAt ? `must be no later than the expiry of the token making it (${latest})` : null;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The least role a request needs unless its route says more: reading is for viewers, changing for editors. */
export function defaultRoleFor(method: string): Role {
  return READ_METHODS.has(method.toUpperCase()) ? 'viewer' : 'editor';
}

/** The scopes a person can give a token; `admin` belongs to the bootstrap token alone. */
export const CREATABLE_TOKEN_SCOPES = ['read', 'write'] as const satisfies readonly TokenScope[];
export type CreatableTokenScope = (typeof CREATABLE_TOKEN_SCOPES)[number];

/** The token scopes a person of `role` may create (never more than they can do themselves). */
export function scopesGrantableBy(role: Role): CreatableTokenScope[] {
  return CREATABLE_TOKEN_SCOPES.filter((scope) => roleAllows(role, roleOfScope(scope)));
}

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }).max(200));
const password = z.string().min(12, 'must be at least 12 characters').max(200, 'must be at most 200 characters');

// Signing in only looks the account up, so any address an account has works (`admin@localhost`).
export const loginSchema = z.strictObject({
  email: z.string().trim().toLowerCase().min(1, 'is required').max(200),
  password: z.string().min(1, 'is required').max(200),
});
export type LoginInput = z.output<typeof loginSchema>;

export const createUserSchema = z.strictObject({
  email,
  name: z.string().trim().min(1, 'is required').max(100),
  role: z.enum(ROLES),
  /** Omit to have a password generated and shown once. */
  password: password.optional(),
});
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'is required').max(100).optional(),
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, { message: 'name, role or active is required' });
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(200),
  newPassword: password,
});
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

export const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  scope: z.enum(CREATABLE_TOKEN_SCOPES),
  expiresAt: z.iso
    .datetime({ offset: true, message: 'must be an ISO timestamp' })
    .or(z.iso.date({ message: 'must be a date or an ISO timestamp' }))
    .optional()
    // A bare date means the token works through that day (UTC), as `asOf` reads a date.
    .transform((value) => (value ? (value.length === 10 ? parseAsOf(value)! : new Date(value)) : null))
    .refine((value) => value === null || value.getTime() > Date.now(), { message: 'must be in the future' }),
});
export type CreateTokenInput = z.output<typeof createTokenSchema>;

/** Who is acting, as the API tells the web. */
export const principalViewSchema = named(
  'Principal',
  z.strictObject({
    kind: z.enum(['user', 'token']),
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
  }),
);
export type PrincipalView = z.output<typeof principalViewSchema>;
