import type { ApiKeyStore } from '../db/api-key-store.js';
import { DomainError } from '../domain/errors.js';
import type { JwtVerifier } from './jwt.js';
import type { Role, Viewer } from '../domain/roles.js';

const CACHE_MS = 30_000;
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** One message for every refused credential, so a caller learns nothing about why. */
const invalid = () => new DomainError('UNAUTHENTICATED', 'the credential is not valid');

/**
 * Resolves the caller of a request from `Authorization: Bearer <API key or JWT>` or `x-api-key`.
 * A bad credential is an error (never silently anonymous); no credential is ANONYMOUS, or
 * `anonymousRole` when the deployment makes reads public. Verified API keys are cached for 30 s,
 * so a revocation takes effect within that time; JWTs are verified every time (cheap, and their
 * expiry must hold to the second).
 */
export class Authenticator {
  private readonly cache = new Map<string, { viewer: Viewer; until: number }>();

  constructor(
    private readonly keys: ApiKeyStore,
    private readonly anonymousRole: Role,
    private readonly jwt: JwtVerifier | null,
  ) {}

  async authenticate(request: Request): Promise<Viewer> {
    const header = request.headers.get('authorization');
    if (header !== null && !/^Bearer\s+\S+$/i.test(header)) throw invalid();
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? request.headers.get('x-api-key');
    if (!token) return { role: this.anonymousRole, subject: null };
    if (token.startsWith('phg_')) return this.apiKey(token);
    if (this.jwt && JWT_SHAPE.test(token)) {
      const viewer = await this.jwt.verify(token);
      if (viewer) return viewer;
    }
    throw invalid();
  }

  private async apiKey(token: string): Promise<Viewer> {
    const cached = this.cache.get(token);
    if (cached && cached.until > Date.now()) return cached.viewer;
    const record = await this.keys.verify(token);
    if (!record) throw invalid();
    const viewer: Viewer = { role: record.role, subject: `key:${record.id}`, scope: record.scope };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, { viewer, until: Date.now() + CACHE_MS });
    return viewer;
  }

  /** Drops cached keys at once (after a revocation through this process). */
  forget(keyId: string): void {
    for (const [token, entry] of this.cache) if (entry.viewer.subject === `key:${keyId}`) this.cache.delete(token);
  }
}
