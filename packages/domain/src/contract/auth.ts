import { z } from 'zod';
import {
  changePasswordSchema,
  createTokenSchema,
  createUserSchema,
  loginSchema,
  ROLES,
  TOKEN_SCOPES,
  updateUserSchema,
} from '../access.js';
import { instantSchema } from './fields.js';
import { named } from './registry.js';

named('LoginBody', loginSchema, 'input');
named('ChangePasswordBody', changePasswordSchema, 'input');
named('CreateUserBody', createUserSchema, 'input');
named('UpdateUserBody', updateUserSchema, 'input');
named('CreateTokenBody', createTokenSchema, 'input');

export type CreateUserBody = z.input<typeof createUserSchema>;
export type UpdateUserBody = z.input<typeof updateUserSchema>;
export type CreateTokenBody = z.input<typeof createTokenSchema>;

/** An account; its password is never shown. */
export const userSchema = named(
  'User',
  z.strictObject({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    active: z.boolean(),
    createdAt: instantSchema,
    createdBy: z.string(),
  }),
);
export type UserView = z.output<typeof userSchema>;

export const userListSchema = named('UserList', z.array(userSchema).describe('By email'));

/** A new account; `initialPassword` is there (this once) when the password was generated. */
export const createdUserSchema = named('CreatedUser', userSchema.extend({ initialPassword: z.string().optional() }));
export type CreatedUser = z.output<typeof createdUserSchema>;

/** An API token; its secret is never shown again after creation. */
export const apiTokenSchema = named(
  'ApiToken',
  z.strictObject({
    id: z.uuid(),
    name: z.string(),
    scope: z.enum(TOKEN_SCOPES),
    userId: z.uuid().nullable().describe("The person the token acts for; null for the server's bootstrap token"),
    createdAt: instantSchema,
    createdBy: z.string(),
    createdByTokenId: z.uuid().nullable().describe('The token that made this one, when a token did'),
    expiresAt: instantSchema.nullable(),
    lastUsedAt: instantSchema.nullable(),
    revokedAt: instantSchema.nullable(),
  }),
);
export type TokenView = z.output<typeof apiTokenSchema>;

export const tokenListSchema = named(
  'ApiTokenList',
  z
    .array(apiTokenSchema.extend({ ownerEmail: z.string().nullable() }))
    .describe("An admin's list holds every token, anyone else's their own; newest first"),
);
export type TokenListItem = z.output<typeof tokenListSchema>[number];

/** A new token: `token` is the secret, in this response only. */
export const createdTokenSchema = named('CreatedApiToken', apiTokenSchema.extend({ token: z.string() }));
export type CreatedToken = z.output<typeof createdTokenSchema>;
