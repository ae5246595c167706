import path from 'node:path';
import { z } from 'zod';

/** Repository root, so relative defaults work whatever the working directory. */
export const ROOT_DIR = path.resolve(import.meta.dirname, '..');

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const size = z.string().regex(/^\d+[kmg]?$/i, 'expected a size such as 512m or 2g');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** When set, the service uses this Neo4j (bolt://, neo4j://, neo4j+s://...) instead of the embedded one. */
  NEO4J_URI: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'expected a bolt:// or neo4j:// URI').optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Embedded database: where its store lives, its Bolt port, and its memory. */
  NEO4J_DATA_DIR: z.string().default(path.join(ROOT_DIR, '.neo4j', 'data')),
  NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  NEO4J_HEAP: size.default('1g'),
  NEO4J_PAGECACHE: size.default('512m'),
  /**
   * Where the analytics keep their in-memory network between runs, so a restart reads only the
   * changes since (default: beside the embedded store's data, whichever database is used); `off`: every start loads it in full.
   */
  ANALYTICS_CACHE_DIR: z.string().min(1).optional(),
  /** Load seeds/pentahelix.json when the database holds no stakeholders yet. */
  SEED_ON_START: bool.default(true),
  /** Per-query time limit in the database, and the longest a request waits for a connection. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  PATH_TIME_LIMIT_MS: z.coerce.number().int().positive().default(5_000),
  GRAPHIQL: bool.optional(),
  /**
   * Role of callers without a credential. VIEWER makes reads public; EDITOR lets anyone edit
   * and is only for a laptop (refused in production).
   */
  ANONYMOUS_ROLE: z.enum(['ANONYMOUS', 'VIEWER', 'EDITOR']).default('VIEWER'),
  /** JWT bearer tokens: an HS256 shared secret, or the JWKS URL of an identity provider (not both). */
  JWT_SECRET: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(32, 'expected at least 32 characters').optional()),
  JWT_JWKS_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  /** Claim holding the role (a string, or a list whose highest known role counts). */
  JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  /** Queries executed compiled (graphql-jit); false: by graphql-js's executor, an operator's way back should a compiled answer differ. */
  COMPILED_QUERIES: bool.default(true),
  /** Answers to reads kept in memory (least recently used dropped first); 0 turns the response cache off. */
  RESPONSE_CACHE_ENTRIES: z.coerce.number().int().min(0).default(2000),
  /**
   * How long a graph version read may serve the response cache and the analytics: 0 reads it for
   * every request; above 0, another replica's write is seen within this many ms (this replica's own at once).
   */
  RESPONSE_CACHE_VERSION_MAX_AGE_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  /** Claims limiting a token's writes to regions and programmes (ids, a string or a list); absent: not limited. */
  JWT_REGIONS_CLAIM: z.string().min(1).default('regions'),
  JWT_PROGRAMS_CLAIM: z.string().min(1).default('programs'),
  /** Requests per minute per client (API key, token subject, or address when anonymous); 0 turns it off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Largest request body accepted, in bytes (413 above). */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
  /** Open subscriptions per client (credential subject, or address when anonymous); more are refused as RATE_LIMITED. */
  LIVE_SUBSCRIPTIONS_PER_CLIENT: z.coerce.number().int().min(1).default(20),
  /** Events per second per subscription; changes that come faster are merged into one event. */
  LIVE_EVENTS_PER_SECOND: z.coerce.number().positive().max(100).default(2),
  /** A subscription told nothing for this long ends (the client subscribes again with `since`). */
  LIVE_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(30 * 60_000),
  /** How often the change feed reads the graph version while anyone subscribes (another replica's writes arrive this late at most). */
  CHANGE_POLL_MS: z.coerce.number().int().min(50).default(1_000),
  /** When set, GET /metrics needs `Authorization: Bearer <token>` (Prometheus' bearer_token). */
  METRICS_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16, 'expected at least 16 characters').optional()),
  /**
   * `manifest`: only operations of a registered manifest run (the Explorer's, and each file of
   * TRUSTED_MANIFESTS_DIR); `off`: any operation. Default: `manifest` in production, else `off`.
   */
  TRUSTED_OPERATIONS: z.enum(['manifest', 'off']).optional(),
  /** Manifests of further apps: one `<app>.json` of `{ "<sha256 of the document>": "<document>" }` each. */
  TRUSTED_MANIFESTS_DIR: z.string().default(path.join(ROOT_DIR, 'trusted-operations')),
  /** Let webhooks reach private, loopback and link-local addresses: for local testing only. */
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  /** Attempts per webhook delivery, the first included; the pause after the first failure, doubling after each (capped at 1 h); one attempt's time limit. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(10_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});

export type Config = Omit<z.infer<typeof envSchema>, 'TRUSTED_OPERATIONS' | 'ANALYTICS_CACHE_DIR'> & {
  graphiql: boolean;
  TRUSTED_OPERATIONS: 'manifest' | 'off';
  /** null: off. */
  ANALYTICS_CACHE_DIR: string | null;
};

/** Parses the environment; on failure lists every bad variable and exits, before anything starts. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    console.error(`Invalid configuration:\n${lines.join('\n')}`);
    process.exit(1);
  }
  const conflicts = [
    ...(parsed.data.NODE_ENV === 'production' && parsed.data.ANONYMOUS_ROLE === 'EDITOR' ? ['  ANONYMOUS_ROLE: EDITOR is not allowed in production'] : []),
    ...(parsed.data.JWT_SECRET && parsed.data.JWT_JWKS_URL ? ['  JWT_SECRET, JWT_JWKS_URL: set one or the other'] : []),
  ];
  if (conflicts.length > 0) {
    console.error(`Invalid configuration:\n${conflicts.join('\n')}`);
    process.exit(1);
  }
  const production = parsed.data.NODE_ENV === 'production';
  const cacheDir = parsed.data.ANALYTICS_CACHE_DIR ?? path.join(path.dirname(parsed.data.NEO4J_DATA_DIR), 'analytics');
  return {
    ...parsed.data,
    graphiql: parsed.data.GRAPHIQL ?? !production,
    TRUSTED_OPERATIONS: parsed.data.TRUSTED_OPERATIONS ?? (production ? 'manifest' : 'off'),
    ANALYTICS_CACHE_DIR: cacheDir === 'off' ? null : path.resolve(cacheDir),
  };
}

/** Parses a size such as 512m into bytes. */
export function sizeToBytes(value: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(value);
  if (!match) throw new Error(`not a size: ${value}`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
}
