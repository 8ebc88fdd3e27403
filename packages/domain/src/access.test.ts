import { describe, expect, it } from 'vitest';
import {
  createTokenSchema,
  createUserSchema,
  defaultRoleFor,
  loginSchema,
  roleAllows,
  roleOfScope,
  scopesGrantableBy,
} from './access.js';

describe('roleAllows', () => {
  it.each([
    ['viewer', 'viewer', true],
    ['viewer', 'editor', false],
    ['viewer', 'admin', false],
    ['editor', 'viewer', true],
    ['editor', 'editor', true],
    ['editor', 'admin', false],
    ['admin', 'viewer', true],
    ['admin', 'editor', true],
    ['admin', 'admin', true],
  ] as const)('%s doing what needs %s → %s', (role, required, allowed) => {
    expect(roleAllows(role, required)).toBe(allowed);
  });
});

describe('defaultRoleFor', () => {
  it.each([
    ['GET', 'viewer'],
    ['head', 'viewer'],
    ['OPTIONS', 'viewer'],
    ['POST', 'editor'],
    ['PATCH', 'editor'],
    ['PUT', 'editor'],
    ['DELETE', 'editor'],
  ] as const)('%s needs %s', (method, role) => expect(defaultRoleFor(method)).toBe(role));
});

describe('token scopes', () => {
  it.each([
    ['read', 'viewer'],
    ['write', 'editor'],
    ['admin', 'admin'],
  ] as const)('a %s token acts as %s', (scope, role) => expect(roleOfScope(scope)).toBe(role));

  it.each([
    ['viewer', ['read']],
    ['editor', ['read', 'write']],
    ['admin', ['read', 'write']],
  ] as const)('a %s may create %j tokens', (role, scopes) => expect(scopesGrantableBy(role)).toEqual(scopes));

  it('rejects an expiry in the past and reads a date as the end of that day', () => {
    expect(createTokenSchema.safeParse({ name: 'ci', scope: 'read', expiresAt: '2000-01-01' }).success).toBe(false);
    expect(createTokenSchema.parse({ name: 'ci', scope: 'write', expiresAt: '2999-01-01' }).expiresAt).toEqual(
      new Date('2999-01-01T23:59:59.999Z'),
    );
    expect(createTokenSchema.parse({ name: 'ci', scope: 'write' }).expiresAt).toBeNull();
    expect(createTokenSchema.safeParse({ name: 'ci', scope: 'admin' }).success).toBe(false);
  });
});

describe('createUserSchema', () => {
  it('normalises the email and refuses short passwords', () => {
    expect(createUserSchema.parse({ email: ' Ann@Example.COM ', name: 'Ann', role: 'editor' }).email).toBe(
      'ann@example.com',
    );
    expect(
      createUserSchema.safeParse({ email: 'ann@example.com', name: 'Ann', role: 'editor', password: 'short' }).success,
    ).toBe(false);
    expect(createUserSchema.safeParse({ email: 'not-an-email', name: 'Ann', role: 'editor' }).success).toBe(false);
    expect(createUserSchema.safeParse({ email: 'a@b.co', name: 'Ann', role: 'owner' }).success).toBe(false);
  });
});

describe('loginSchema', () => {
  it('accepts the first admin’s local address and normalises case', () => {
    expect(loginSchema.parse({ email: ' Admin@Localhost ', password: 'x' }).email).toBe('admin@localhost');
    expect(loginSchema.safeParse({ email: '', password: 'x' }).success).toBe(false);
  });
});
