import { z } from 'zod';
import type { Authenticator } from '../auth/authenticate.js';
import type { ApiKeyStore } from '../db/api-key-store.js';
import type { AuditStore } from '../db/audit-store.js';
import { itemIdSchema } from '../domain/dataset.js';
import { badInput } from '../domain/errors.js';
import { SCOPED_ROLE, writeScopeSchema } from '../domain/roles.js';
import { afterCursor, parseArgument } from './arguments.js';

const keyNameSchema = z.string().trim().min(1).max(100);
const keyRoleSchema = z.enum(['VIEWER', 'EDITOR', 'ADMIN']);
const keyIdSchema = z.string().regex(/^[0-9a-f]{12}$/, 'expected the 12-character id of an API key');
const auditFilterSchema = z
  .object({
    actor: z.string().min(1).max(200),
    itemId: itemIdSchema,
    action: z.string().regex(/^[a-z_]+\.[a-z_]+$/, 'expected an action such as stakeholder.upsert'),
    since: z.iso.datetime({ offset: true }),
    until: z.iso.datetime({ offset: true }),
  })
  .partial();

/** Creates a key, limited to a scope when one is given: only an editor's key may be (see SCOPED_ROLE). */
export function createKey(keys: ApiKeyStore, name: unknown, role: unknown, scope?: unknown) {
  const keyRole = parseArgument(keyRoleSchema, role, 'role');
  const keyScope = scope == null ? null : parseArgument(writeScopeSchema, scope, 'scope');
  if (keyScope && keyRole !== SCOPED_ROLE) throw badInput('scope', `only an ${SCOPED_ROLE} key may be limited to a scope`, `role ${SCOPED_ROLE}, or no scope`);
  return keys.create(parseArgument(keyNameSchema, name, 'name'), keyRole, keyScope);
}

/** Key management and the audit trail: the ADMIN side of the service. */
export class AdminService {
  constructor(
    private readonly keys: ApiKeyStore,
    private readonly audit: AuditStore,
    private readonly auth: Authenticator,
  ) {}

  listKeys() {
    return this.keys.list();
  }

  createKey(name: unknown, role: unknown, scope?: unknown) {
    return createKey(this.keys, name, role, scope);
  }

  async revokeKey(id: unknown): Promise<boolean> {
    const keyId = parseArgument(keyIdSchema, id, 'id');
    const revoked = await this.keys.revoke(keyId);
    this.auth.forget(keyId);
    return revoked;
  }

  auditTrail(where: unknown, first: number, after: string | null | undefined) {
    const filter = parseArgument(auditFilterSchema, where ?? {}, 'where');
    return this.audit.list(filter, first, afterCursor(after));
  }
}
