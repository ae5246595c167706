import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { currentActor, type Actor } from '../domain/actor.js';
import type { Role, WriteScope } from '../domain/roles.js';
import { notFound } from '../domain/errors.js';
import { recordAudit } from './audit-store.js';
import { missingReferences, type Reference } from './references.js';
import type { Database } from './database.js';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  /** Where the key may write; null: wherever its role may. */
  scope: WriteScope | null;
  createdAt: string;
  revokedAt: string | null;
}

/** An ApiKeyRecord's columns; a key made before scopes existed has none (null: unlimited). */
const RECORD = `k.id AS id, k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt,
  CASE WHEN k.scopeRegions IS NULL THEN null ELSE {regions: k.scopeRegions, programs: k.scopePrograms} END AS scope`;

const scopeReferences = (scope: WriteScope): Reference[] => [
  ...scope.regions.map((id, i) => ({ id, type: 'Region' as const, field: `scope.regions.${i}` })),
  ...scope.programs.map((id, i) => ({ id, type: 'Program' as const, field: `scope.programs.${i}` })),
];

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * API keys `phg_<id>_<secret>`: the id finds the key, only a SHA-256 of the secret is stored
 * (the secret is random, 32 bytes, so a slow hash adds nothing), and it is compared in constant time.
 */
export class ApiKeyStore {
  constructor(private readonly db: Database) {}

  /**
   * Creates a key, limited to `scope` when given (its regions and programmes must exist); key
   * management is audited like any other write.
   */
  async create(name: string, role: Role, scope: WriteScope | null = null, actor: Actor = currentActor()): Promise<{ key: string; record: ApiKeyRecord }> {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const [row] = await this.db.write('api_key.create', async (tx) => {
      const missing = scope ? await missingReferences(tx, scopeReferences(scope)) : [];
      if (missing[0]) throw notFound(missing[0].type.toLowerCase(), missing[0].id, missing[0].field);
      const rows = await tx.rows<ApiKeyRecord>(
        'api_key.create',
        `CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), scopeRegions: $regions, scopePrograms: $programs})
         RETURN ${RECORD}`,
        { id, name, role, hash: hashSecret(secret), regions: scope ? [...scope.regions] : null, programs: scope ? [...scope.programs] : null },
      );
      await recordAudit(tx, actor, { action: 'api_key.create', itemId: id, outcome: 'CREATED' });
      return rows;
    });
    return { key: `phg_${id}_${secret}`, record: row! };
  }

  async verify(key: string): Promise<ApiKeyRecord | null> {
    const match = /^phg_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(key);
    if (!match) return null;
    const [row] = await this.db.query<ApiKeyRecord & { hash: string }>(
      'api_key.verify',
      `MATCH (k:ApiKey {id: $id}) WHERE k.revokedAt IS NULL
       RETURN ${RECORD}, k.hash AS hash`,
      { id: match[1] },
    );
    if (!row) return null;
    const expected = Buffer.from(row.hash, 'hex');
    const actual = Buffer.from(hashSecret(match[2]!), 'hex');
    if (!timingSafeEqual(expected, actual)) return null;
    const { hash: _hash, ...record } = row;
    return record;
  }

  async revoke(id: string, actor: Actor = currentActor()): Promise<boolean> {
    return this.db.write('api_key.revoke', async (tx) => {
      const rows = await tx.rows('api_key.revoke', 'MATCH (k:ApiKey {id: $id}) WHERE k.revokedAt IS NULL SET k.revokedAt = datetime() RETURN k.id', { id });
      await recordAudit(tx, actor, { action: 'api_key.revoke', itemId: id, outcome: rows.length > 0 ? 'UPDATED' : 'UNCHANGED' });
      return rows.length > 0;
    });
  }

  list(): Promise<ApiKeyRecord[]> {
    return this.db.query<ApiKeyRecord>(
      'api_key.list',
      `MATCH (k:ApiKey) RETURN ${RECORD} ORDER BY k.createdAt`,
    );
  }
}
