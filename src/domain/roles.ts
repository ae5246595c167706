import { z } from 'zod';
import { idSchema } from './dataset.js';
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

/** Most regions, and most programmes, one credential's scope names. */
export const MAX_SCOPE_ITEMS = 100;

/**
 * A scope as a credential names it. It must name something: a scope with nothing in it would let
 * its editor write nothing placed anywhere, which no one means by it.
 */
export const writeScopeSchema = z
  .object({ regions: z.array(idSchema).max(MAX_SCOPE_ITEMS).default([]), programs: z.array(idSchema).max(MAX_SCOPE_ITEMS).default([]) })
  .refine((s) => s.regions.length + s.programs.length > 0, { message: 'names at least one region or programme' });

/** Only an editor's writes are limited: a viewer writes nothing, and an admin's rights (keys, whole-graph import) would reach past any scope. */
export const SCOPED_ROLE: Role = 'EDITOR';

/** `regions a, b; programmes c`: what a scope names, for messages and listings. */
export const describeScope = (scope: WriteScope): string =>
  [scope.regions.length ? `regions ${scope.regions.join(', ')}` : '', scope.programs.length ? `programmes ${scope.programs.join(', ')}` : ''].filter(Boolean).join('; ') ||
  'no region or programme';

export interface Viewer {
  role: Role;
  /** Who: an API key id or a JWT subject; null when anonymous. */
  subject: string | null;
  /** Where the caller may write; absent or null: wherever its role may. */
  scope?: WriteScope | null;
}

export const atLeast = (viewer: Viewer, role: Role) => ROLES.indexOf(viewer.role) >= ROLES.indexOf(role);

/**
 * The lowest role that reads private data: people's contact details and the private notes of
 * the engagement log (fields answer null with FORBIDDEN below it; exports leave them out).
 */
export const PRIVATE_DATA_ROLE: Role = 'EDITOR';
export const seesPrivateData = (viewer: Viewer) => atLeast(viewer, PRIVATE_DATA_ROLE);

/**
 * UNAUTHENTICATED for a caller without a credential (even when the deployment lets anonymous
 * callers read), FORBIDDEN for one whose role is too low.
 */
export function requireRole(viewer: Viewer, role: Role): void {
  if (atLeast(viewer, role)) return;
  if (viewer.subject === null) throw new DomainError('UNAUTHENTICATED', 'this operation needs a credential');
  throw new DomainError('FORBIDDEN', `this operation needs the ${role} role`);
}
