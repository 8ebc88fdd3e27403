import {
  changePasswordSchema,
  createTokenSchema,
  createUserSchema,
  loginSchema,
  type CreatableTokenScope,
  type CreateTokenBody,
  type CreateUserBody,
  type Role,
  type TokenScope,
} from '@mmt/domain';
import type { ChangePasswordBody, SignInBody } from '../api/auth';
import { ApiError } from '../api/client';
import { fieldLabels, issuesToErrors, schemaIssues, type ErrorMap } from './formErrors';
import { endOfLocalDay } from './tokens';

// The forms of the sign-in, account and admin pages. The domain's schemas decide what is valid;
// these only turn form text into request bodies and issues into messages under the fields.

// ---------- Sign in ----------

export interface LoginFormValues {
  email: string;
  password: string;
}

export const loginFieldLabel = fieldLabels({ email: 'Email', password: 'Password' });

export function validateLogin(values: LoginFormValues): ErrorMap {
  return issuesToErrors(schemaIssues(loginSchema, values), loginFieldLabel);
}

export function toSignInBody(values: LoginFormValues): SignInBody {
  return { email: values.email.trim(), password: values.password };
}

/** A wrong password is emptied for the next try; the email stays. */
export function afterSignInRefused(error: unknown): Partial<LoginFormValues> | undefined {
  return error instanceof ApiError && error.status === 401 ? { password: '' } : undefined;
}

// ---------- Change password ----------

export interface PasswordFormValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

export const passwordFieldLabel = fieldLabels({
  currentPassword: 'Current password',
  newPassword: 'New password',
  repeatPassword: 'New password again',
});

export function validatePasswordChange(values: PasswordFormValues): ErrorMap {
  const errors = issuesToErrors(schemaIssues(changePasswordSchema, toChangePasswordBody(values)), passwordFieldLabel);
  if (!errors.newPassword && values.repeatPassword !== values.newPassword) {
    errors.repeatPassword = 'The two new passwords differ. Type the same password twice.';
  }
  return errors;
}

export function toChangePasswordBody(values: PasswordFormValues): ChangePasswordBody {
  return { currentPassword: values.currentPassword, newPassword: values.newPassword };
}

// ---------- API token ----------

export interface TokenFormValues {
  name: string;
  scope: CreatableTokenScope;
  /** YYYY-MM-DD, or empty for a token that does not expire. */
  expiresOn: string;
}

export const tokenFieldLabel = fieldLabels({ name: 'Name', scope: 'Scope', expiresAt: 'Expires after' });

/** A token chosen to expire on a day works until the end of that day, in the user's time zone. */
export function toCreateTokenBody(values: TokenFormValues): CreateTokenBody {
  const body: CreateTokenBody = { name: values.name.trim(), scope: values.scope };
  if (values.expiresOn) body.expiresAt = endOfLocalDay(values.expiresOn);
  return body;
}

export function validateToken(values: TokenFormValues, grantable: readonly TokenScope[], now = new Date()): ErrorMap {
  if (values.expiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.expiresOn)) {
    return { expiresAt: 'Expires after must be a date' };
  }
  const body = toCreateTokenBody(values);
  const errors = issuesToErrors(schemaIssues(createTokenSchema, body), tokenFieldLabel);
  // The schema compares with the clock when it runs; `now` keeps the check testable.
  if (!errors.expiresAt && body.expiresAt && Date.parse(body.expiresAt) <= now.getTime()) {
    errors.expiresAt = 'Expires after must be in the future';
  }
  if (!errors.scope && !grantable.includes(values.scope)) {
    errors.scope = `Your role cannot create a ${values.scope} token`;
  }
  return errors;
}

// ---------- Invite a user ----------

export interface InviteFormValues {
  email: string;
  name: string;
  role: Role;
  /** Empty: the server generates one and shows it once. */
  password: string;
}

export const inviteFieldLabel = fieldLabels({ email: 'Email', name: 'Name', role: 'Role', password: 'Password' });

export function toCreateUserBody(values: InviteFormValues): CreateUserBody {
  const body: CreateUserBody = { email: values.email.trim(), name: values.name.trim(), role: values.role };
  if (values.password) body.password = values.password;
  return body;
}

export function validateInvite(values: InviteFormValues): ErrorMap {
  return issuesToErrors(schemaIssues(createUserSchema, toCreateUserBody(values)), inviteFieldLabel);
}
