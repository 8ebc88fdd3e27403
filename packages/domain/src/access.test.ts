import { describe, expect, it } from 'vitest';
import {
  createTokenSchema,
  createUserSchema,
  defaultRoleFor,
  loginSchema,
  roleAllows,
  roleOfScope,
  scopesGrantableBy,
  tokenExpiryProblem,
  tokenRole,
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

describe('tokenRole', () => {
  it.each([
    ['read', null, 'viewer'],
    ['write', null, 'editor'],
    ['admin', null, 'admin'],
    ['read', 'admin', 'viewer'],
    ['write', 'admin', 'editor'],
    ['write', 'editor', 'editor'],
    ['write', 'viewer', 'viewer'],
    ['read', 'viewer', 'viewer'],
  ] as const)('a %s token of a %s owner acts as %s', (scope, ownerRole, role) => {
    expect(tokenRole(scope, ownerRole)).toBe(role);
  });
});

describe('tokenExpiryProblem', () => {
  const ceiling = new Date('2027-01-31T00:00:00Z');
  it.each([
    { case: 'creator never expires, none asked', requested: null, creator: null, problem: null },
    { case: 'creator never expires', requested: new Date('2099-01-01'), creator: null, problem: null },
    { case: 'earlier than the creator', requested: new Date('2027-01-30'), creator: ceiling, problem: null },
    { case: 'exactly the creator’s', requested: ceiling, creator: ceiling, problem: null },
    {
      case: 'later than the creator',
      requested: new Date('2027-02-01'),
      creator: ceiling,
      problem: 'must be no later than the expiry of the token making it (2027-01-31T00:00:00.000Z)',
    },
    {
      case: 'none asked of an expiring creator',
      requested: null,
      creator: ceiling,
      problem: 'is required: a token made with a token must expire no later than it does (2027-01-31T00:00:00.000Z)',
    },
  ])('$case', ({ requested, creator, problem }) => {
    expect(tokenExpiryProblem(requested, creator)).toBe(problem);
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
