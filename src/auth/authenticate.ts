import type { ApiKeyStore } from '../db/api-key-store.js';
import { DomainError } from '../domain/errors.js';
import type { Role, Viewer } from './roles.js';

const CACHE_MS = 30_000;

/**
 * Resolves the caller of a request. A bad credential is an error (never silently anonymous);
 * no credential is ANONYMOUS, or `anonymousRole` when the deployment grants one (local use).
 * Verified keys are cached for 30 s, so a revocation takes effect within that time.
 */
export class Authenticator {
  private readonly cache = new Map<string, { viewer: Viewer; until: number }>();

  constructor(
    private readonly keys: ApiKeyStore,
    private readonly anonymousRole: Role,
  ) {}

  async authenticate(request: Request): Promise<Viewer> {
    const header = request.headers.get('authorization');
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? request.headers.get('x-api-key');
    if (!token) return { role: this.anonymousRole, subject: null };
    const cached = this.cache.get(token);
    if (cached && cached.until > Date.now()) return cached.viewer;
    const record = await this.keys.verify(token);
    if (!record) throw new DomainError('UNAUTHENTICATED', 'the credential is not valid');
    const viewer: Viewer = { role: record.role, subject: `key:${record.id}` };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, { viewer, until: Date.now() + CACHE_MS });
    return viewer;
  }
}
