import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { currentActor, type Actor } from '../domain/actor.js';
import type { Role } from '../domain/roles.js';
import { recordAudit } from './audit-store.js';
import type { Database } from './database.js';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * API keys `phg_<id>_<secret>`: the id finds the key, only a SHA-256 of the secret is stored
 * (the secret is random, 32 bytes, so a slow hash adds nothing), and it is compared in constant time.
 */
export class ApiKeyStore {
  constructor(private readonly db: Database) {}

  /** Creates a key; key management is audited like any other write. */
  async create(name: string, role: Role, actor: Actor = currentActor()): Promise<{ key: string; record: ApiKeyRecord }> {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const [row] = await this.db.write('api_key.create', async (tx) => {
      const rows = await tx.rows<ApiKeyRecord>(
        'api_key.create',
        `CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
         RETURN k.id AS id, k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt, null AS revokedAt`,
        { id, name, role, hash: hashSecret(secret) },
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
       RETURN k.id AS id, k.name AS name, k.role AS role, k.hash AS hash, toString(k.createdAt) AS createdAt, null AS revokedAt`,
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
      `MATCH (k:ApiKey) RETURN k.id AS id, k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt,
              toString(k.revokedAt) AS revokedAt ORDER BY k.createdAt`,
    );
  }
}
