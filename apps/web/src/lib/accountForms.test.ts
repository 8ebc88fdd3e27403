import { describe, expect, it } from 'vitest';
import {
  toCreateTokenBody,
  toCreateUserBody,
  validateInvite,
  validateLogin,
  validatePasswordChange,
  validateToken,
} from './accountForms';

describe('sign-in form', () => {
  it('needs an email address and a password', () => {
    expect(validateLogin({ email: '', password: '' })).toEqual({
      email: 'Email is required',
      password: 'Password is required',
    });
    expect(validateLogin({ email: ' Ana@Example.com ', password: 'x' })).toEqual({});
    // The first admin's address has no domain suffix, and must still sign in.
    expect(validateLogin({ email: 'admin@localhost', password: 'x' })).toEqual({});
  });
});

describe('password change', () => {
  const ok = { currentPassword: 'old-password', newPassword: 'a-long-new-password', repeatPassword: '' };

  it('asks for 12 characters or more, as the API does', () => {
    expect(validatePasswordChange({ ...ok, newPassword: 'short', repeatPassword: 'short' })).toEqual({
      newPassword: 'New password must be at least 12 characters',
    });
  });

  it('needs the current password and the same new password twice', () => {
    expect(validatePasswordChange({ ...ok, currentPassword: '', repeatPassword: 'another-long-one' })).toEqual({
      currentPassword: 'Current password is required',
      repeatPassword: 'The two new passwords differ. Type the same password twice.',
    });
    expect(validatePasswordChange({ ...ok, repeatPassword: ok.newPassword })).toEqual({});
  });
});

describe('API token form', () => {
  const now = new Date('2025-03-10T12:00:00Z');

  it('sends no expiry when none is chosen, and the end of the chosen day otherwise', () => {
    expect(toCreateTokenBody({ name: ' import script ', scope: 'write', expiresOn: '' })).toEqual({
      name: 'import script',
      scope: 'write',
    });
    const body = toCreateTokenBody({ name: 'ci', scope: 'read', expiresOn: '2030-06-01' });
    expect(new Date(body.expiresAt ?? '').getDate()).toBe(1);
  });

  it('needs a name, a scope the role may grant, and a future expiry', () => {
    expect(validateToken({ name: '', scope: 'write', expiresOn: '' }, ['read'], now)).toEqual({
      name: 'Name is required',
      scope: 'Your role cannot create a write token',
    });
    expect(validateToken({ name: 'ci', scope: 'read', expiresOn: '2020-01-01' }, ['read'], now)).toEqual({
      expiresAt: 'Expires after must be in the future',
    });
    expect(validateToken({ name: 'ci', scope: 'write', expiresOn: '2099-01-01' }, ['read', 'write'], now)).toEqual({});
  });
});

describe('invite form', () => {
  it('leaves the password out when none is typed, so the server generates one', () => {
    expect(toCreateUserBody({ email: 'bo@example.com', name: 'Bo', role: 'viewer', password: '' })).toEqual({
      email: 'bo@example.com',
      name: 'Bo',
      role: 'viewer',
    });
  });

  it('checks the email, the name and a typed password', () => {
    expect(validateInvite({ email: 'bo', name: ' ', role: 'editor', password: 'short' })).toEqual({
      email: 'Email must be an email address',
      name: 'Name is required',
      password: 'Password must be at least 12 characters',
    });
    expect(validateInvite({ email: 'bo@example.com', name: 'Bo', role: 'editor', password: '' })).toEqual({});
  });
});
