import { roleAllows, scopesGrantableBy, type CreatableTokenScope, type Role, type TokenScope } from '@mmt/domain';

/**
 * What the web offers, and the least role each needs. The API's guard decides for real (reading
 * needs viewer, changing models, exceptions and reviews needs editor, policy and people need
 * admin); the web only hides what would be refused.
 */
export const CAPABILITY_ROLES = {
  /** Every page that reads the portfolio, and one's own account and API tokens. */
  read: 'viewer',
  registerModel: 'editor',
  editModel: 'editor',
  /** Bulk registration and update from a CSV or JSON file (POST /api/imports). */
  importModels: 'editor',
  manageExceptions: 'editor',
  recordReview: 'editor',
  changePolicy: 'admin',
  /** Users, and everyone's API tokens. */
  administer: 'admin',
} as const satisfies Record<string, Role>;

export type Capability = keyof typeof CAPABILITY_ROLES;

export const CAPABILITIES = Object.keys(CAPABILITY_ROLES) as Capability[];

export function requiredRole(capability: Capability): Role {
  return CAPABILITY_ROLES[capability];
}

/** Whether a person of `role` may do `capability`; nobody signed in may do nothing. */
export function can(role: Role | null | undefined, capability: Capability): boolean {
  return role ? roleAllows(role, CAPABILITY_ROLES[capability]) : false;
}

/** The token scopes this role may hand to a script (never more than the role itself). */
export function grantableScopes(role: Role): CreatableTokenScope[] {
  return scopesGrantableBy(role);
}

export const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer', editor: 'Editor', admin: 'Admin' };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: 'reads everything',
  editor: 'also registers and changes models, grants exceptions and records reviews',
  admin: 'also manages people, API tokens and the policy',
};

export const SCOPE_LABELS: Record<TokenScope, string> = {
  read: 'Read (acts as a viewer)',
  write: 'Write (acts as an editor)',
  admin: 'Admin (server bootstrap)',
};
