import { DomainError } from './errors.js';

/** Roles in increasing order of power. ANONYMOUS is a caller with no credential. */
export const ROLES = ['ANONYMOUS', 'VIEWER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a credential (API key or token) can carry. */
export const GRANTABLE_ROLES: readonly Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];
export const isGrantable = (role: unknown): role is Role => GRANTABLE_ROLES.includes(role as Role);

/**
 * Where a scoped editor may write: the listed regions (each with the regions inside it) and
 * programmes (each with its sub-programmes); an item counts when it falls within any of them.
 * It limits writes only: a scoped credential reads everything its role may.
 */
export interface WriteScope {
  regions: readonly string[];
  programs: readonly string[];
}

export interface Viewer {
  role: Role;
  /** Who: an API key id or a JWT subject; null when anonymous. */
  subject: string | null;
  /** Where the caller may write; absent or null: wherever its role may. */
  scope?: WriteScope | null;
}

export const atLeast = (viewer: Viewer, role: Role) => ROLES.indexOf(viewer.role) >= ROLES.indexOf(role);

/**
 * UNAUTHENTICATED for a caller without a credential (even when the deployment lets anonymous
 * callers read), FORBIDDEN for one whose role is too low.
 */
export function requireRole(viewer: Viewer, role: Role): void {
  if (atLeast(viewer, role)) return;
  if (viewer.subject === null) throw new DomainError('UNAUTHENTICATED', 'this operation needs a credential');
  throw new DomainError('FORBIDDEN', `this operation needs the ${role} role`);
}
