import { describe, expect, it } from 'vitest';
import { CAPABILITIES, can, grantableScopes, requiredRole, type Capability } from './permissions';

// Each role, and what the web shows it. Reading is for everyone; admins see everything.
const EXPECTED: Record<'viewer' | 'editor' | 'admin', Capability[]> = {
  viewer: ['read'],
  editor: ['read', 'registerModel', 'editModel', 'importModels', 'manageExceptions', 'recordReview'],
  admin: [
    'read',
    'registerModel',
    'editModel',
    'importModels',
    'manageExceptions',
    'recordReview',
    'changePolicy',
    'administer',
  ],
};

describe('can', () => {
  it.each(Object.entries(EXPECTED))('a %s may do exactly what the role allows', (role, allowed) => {
    const granted = CAPABILITIES.filter((capability) => can(role as keyof typeof EXPECTED, capability));
    expect(granted).toEqual(allowed);
  });

  it('refuses everything to nobody', () => {
    expect(CAPABILITIES.filter((capability) => can(null, capability))).toEqual([]);
    expect(can(undefined, 'read')).toBe(false);
  });

  it('names the least role each capability needs', () => {
    expect(requiredRole('recordReview')).toBe('editor');
    expect(requiredRole('changePolicy')).toBe('admin');
    expect(requiredRole('administer')).toBe('admin');
  });
});

describe('grantableScopes', () => {
  it.each([
    ['viewer', ['read']],
    ['editor', ['read', 'write']],
    ['admin', ['read', 'write']],
  ] as const)('a %s may create %j tokens', (role, scopes) => {
    expect(grantableScopes(role)).toEqual(scopes);
  });
});
