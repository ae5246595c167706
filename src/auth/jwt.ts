import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DomainError } from '../domain/errors.js';
import { z } from 'zod';
import { idSchema } from '../domain/dataset.js';
import { atLeast, GRANTABLE_ROLES, MAX_SCOPE_ITEMS, ROLES, SCOPED_ROLE, type Role, type Viewer, type WriteScope } from '../domain/roles.js';

export interface JwtOptions {
  /** HS256 shared secret. */
  secret?: string;
  /** JWKS of an identity provider (RS256, PS256, ES256, EdDSA). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** Claim holding the role: a string or a list of strings. */
  roleClaim: string;
  /** Claims limiting the token's writes to regions and programmes (ids: a string or a list); see scopeFromClaims. */
  regionsClaim?: string;
  programsClaim?: string;
}

/**
 * The write scope named by a token's claims: null when it names none, 'invalid' when a claim is
 * not an id or a list of ids. A claim that is present limits the token even when its list is
 * empty (an identity provider that lists no region for a user means none, not all).
 */
export function scopeFromClaims(regions: unknown, programs: unknown): WriteScope | null | 'invalid' {
  if (regions === undefined && programs === undefined) return null;
  const ids = z.union([idSchema.transform((id) => [id]), z.array(idSchema).max(MAX_SCOPE_ITEMS)]).optional().transform((v) => v ?? []);
  const parsed = z.object({ regions: ids, programs: ids }).safeParse({ regions, programs });
  return parsed.success ? parsed.data : 'invalid';
}

/** The highest grantable role named by the claim, or null. */
export function roleFromClaim(claim: unknown): Role | null {
  const names = (Array.isArray(claim) ? claim : [claim]).filter((v): v is string => typeof v === 'string').map((v) => v.toUpperCase());
  const granted = GRANTABLE_ROLES.filter((role) => names.includes(role));
  return granted.sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0] ?? null;
}

/**
 * Verifies bearer JWTs with jose. The algorithm list is fixed by the key type, so a token cannot
 * pick its own (no `none`, no HS256 signed with a public key); `exp` and `sub` are required.
 */
export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly options: JwtOptions) {
    if (options.secret) {
      this.key = new TextEncoder().encode(options.secret);
      this.algorithms = ['HS256'];
    } else if (options.jwksUrl) {
      this.key = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 3_000, cooldownDuration: 30_000 });
      this.algorithms = ['RS256', 'PS256', 'ES256', 'EdDSA'];
    } else {
      throw new Error('JwtVerifier needs a secret or a JWKS URL');
    }
  }

  /** The caller named by a valid token with a known role, or null. */
  async verify(token: string): Promise<Viewer | null> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key as Uint8Array, {
        algorithms: this.algorithms,
        requiredClaims: ['exp', 'sub'],
        ...(this.options.issuer ? { issuer: this.options.issuer } : {}),
        ...(this.options.audience ? { audience: this.options.audience } : {}),
      }));
    } catch (error) {
      // An unreachable identity provider is an outage, not a bad credential.
      if (error instanceof errors.JWKSTimeout || (error instanceof Error && !(error instanceof errors.JOSEError))) {
        throw new DomainError('SERVICE_UNAVAILABLE', 'the identity provider is unavailable; try again shortly', { retryable: true });
      }
      return null;
    }
    const role = roleFromClaim(payload[this.options.roleClaim]);
    const scope = scopeFromClaims(payload[this.options.regionsClaim ?? 'regions'], payload[this.options.programsClaim ?? 'programs']);
    if (!role || scope === 'invalid') return null;
    // A scope limits the token's writes: a scoped ADMIN token acts as an editor in that scope, never as an unlimited admin.
    return { role: scope && atLeast({ role, subject: null }, SCOPED_ROLE) ? SCOPED_ROLE : role, subject: `jwt:${payload.sub}`, scope };
  }
}
