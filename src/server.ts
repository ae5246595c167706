import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { JwtOptions } from './auth/jwt.js';
import { ROOT_DIR, type Config } from './config.js';
import type { Database } from './db/database.js';
import { useAccessPolicy } from './graphql/access.js';
import { useCompiledQueries } from './graphql/compiled-execution.js';
import { responseCachePlugins } from './graphql/response-cache.js';
import { createContext, type Context } from './graphql/context.js';
import { excerpt } from './domain/text.js';
import { createErrorMasker } from './graphql/errors.js';
import { hardeningPlugins } from './graphql/hardening.js';
import { EXPLORER_MANIFEST, loadTrustedOperations, TRUSTED_PARAMS, useTrustedOperations } from './graphql/trusted-operations.js';
import { createSchema } from './graphql/schema.js';
import { createExportHandler, EXPORT_PATH } from './http/export.js';
import { clientKey, RequestLimiter, useRateLimit } from './http/rate-limit.js';
import { createMetrics } from './http/metrics.js';
import { createStaticHandler } from './http/static.js';
import type { Logger } from './logger.js';
import type { LiveLimits } from './services/live-service.js';
import { createServices, type Services } from './services/services.js';
import type { WebhookOptions } from './services/webhook-dispatcher.js';

/** What yoga receives from node's HTTP server with each request (absent for in-process `yoga.fetch`). */
export interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
}

export interface App {
  yoga: YogaServerInstance<ServerContext, Context>;
  services: Services;
  /** The HTTP server: GraphQL at /graphql, /health (process), /ready (database), /metrics (Prometheus), export downloads at /export/ and the Explorer page at /. */
  server: Server;
}

export type AppConfig = Pick<Config, 'graphiql' | 'NODE_ENV' | 'PATH_TIME_LIMIT_MS'> & {
  anonymousRole?: 'ANONYMOUS' | 'VIEWER' | 'EDITOR';
  /** false: every read through resolvers and DataLoaders only (the benchmark's before-and-after). */
  plannedReads?: boolean;
  /** false: queries too through graphql-js's executor rather than compiled (the reference in tests). */
  compiledQueries?: boolean;
  /**
   * Answers to reads kept in memory, keyed by the graph version (absent or 0 entries: off);
   * `versionMaxAgeMs` also bounds how late the analytics see another replica's writes.
   */
  responseCache?: { maxEntries: number; versionMaxAgeMs: number };
  jwt?: JwtOptions;
  /** Requests per minute per client; 0 or absent turns limiting off. */
  rateLimitPerMinute?: number;
  maxBodyBytes?: number;
  /** Directory of the built Explorer page (default web/dist). */
  webRoot?: string;
  /** When set, /metrics needs this bearer token. */
  metricsToken?: string;
  /** `manifest`: only registered operations run; `off` (default): any operation. TRUSTED_OPERATIONS sets it, `manifest` by default in production. */
  trustedOperations?: 'manifest' | 'off';
  /** Manifests of apps besides the Explorer (whose manifest comes with its build in webRoot). */
  manifestsDir?: string;
  /** How often the change feed reads the graph version while anyone listens. */
  changePollMs?: number;
  /** Subscription limits (defaults: DEFAULT_LIVE_LIMITS). */
  liveLimits?: LiveLimits;
  /** Webhook delivery options (defaults in services/webhook-dispatcher). */
  webhooks?: Partial<WebhookOptions>;
  /** Where the analytics keep their network between runs (absent: every start loads it in full). */
  analyticsCacheDir?: string;
};

const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Maps the environment to the app's options. */
export const appConfigFrom = (config: Config): AppConfig => ({
  ...config,
  anonymousRole: config.ANONYMOUS_ROLE,
  jwt: {
    ...(config.JWT_SECRET ? { secret: config.JWT_SECRET } : {}),
    ...(config.JWT_JWKS_URL ? { jwksUrl: config.JWT_JWKS_URL } : {}),
    ...(config.JWT_ISSUER ? { issuer: config.JWT_ISSUER } : {}),
    ...(config.JWT_AUDIENCE ? { audience: config.JWT_AUDIENCE } : {}),
    roleClaim: config.JWT_ROLE_CLAIM,
    regionsClaim: config.JWT_REGIONS_CLAIM,
    programsClaim: config.JWT_PROGRAMS_CLAIM,
  },
  rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  responseCache: { maxEntries: config.RESPONSE_CACHE_ENTRIES, versionMaxAgeMs: config.RESPONSE_CACHE_VERSION_MAX_AGE_MS },
  compiledQueries: config.COMPILED_QUERIES,
  changePollMs: config.CHANGE_POLL_MS,
  liveLimits: { perClient: config.LIVE_SUBSCRIPTIONS_PER_CLIENT, eventsPerSecond: config.LIVE_EVENTS_PER_SECOND, idleMs: config.LIVE_IDLE_TIMEOUT_MS },
  maxBodyBytes: config.MAX_BODY_BYTES,
  ...(config.ANALYTICS_CACHE_DIR ? { analyticsCacheDir: config.ANALYTICS_CACHE_DIR } : {}),
  ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
  trustedOperations: config.TRUSTED_OPERATIONS,
  manifestsDir: config.TRUSTED_MANIFESTS_DIR,
  webhooks: {
    allowPrivate: config.WEBHOOK_ALLOW_PRIVATE,
    retry: { maxAttempts: config.WEBHOOK_MAX_ATTEMPTS, baseMs: config.WEBHOOK_RETRY_BASE_MS, capMs: 3_600_000 },
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
  },
});

/** Compares secrets in constant time (a length mismatch is an early, harmless no). */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const isGraphQLPath = (url = '/') => url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/');

export function createApp(config: AppConfig, db: Database, logger: Logger): App {
  const services = createServices(
    db,
    {
      anonymousRole: config.anonymousRole ?? 'ANONYMOUS',
      pathTimeLimitMs: config.PATH_TIME_LIMIT_MS,
      ...(config.jwt ? { jwt: config.jwt } : {}),
      ...(config.changePollMs ? { changePollMs: config.changePollMs } : {}),
      ...(config.liveLimits ? { liveLimits: config.liveLimits } : {}),
      ...(config.webhooks ? { webhooks: config.webhooks } : {}),
      ...(config.responseCache ? { versionMaxAgeMs: config.responseCache.versionMaxAgeMs } : {}),
      ...(config.analyticsCacheDir ? { analyticsCacheDir: config.analyticsCacheDir } : {}),
    },
    logger,
  );
  const limiter = new RequestLimiter(config.rateLimitPerMinute ?? 0);
  const rateLimit = useRateLimit(limiter, (request) => services.auth.authenticate(request));
  const maxBodyBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const production = config.NODE_ENV === 'production';
  const metrics = createMetrics(db, services.engine);
  const maxEntries = config.responseCache?.maxEntries ?? 0;
  // After the access policy: a hit is served to a caller the policy let through.
  const cachePlugins = maxEntries > 0 ? responseCachePlugins({ maxEntries, clock: services.clock }) : [];
  const compiled = config.compiledQueries === false ? [] : [useCompiledQueries(logger)];
  const webRoot = config.webRoot ?? path.join(ROOT_DIR, 'web', 'dist');
  // The environment's default (on in production) is decided by loadConfig; an app built in code says what it wants.
  const trustMode = config.trustedOperations ?? 'off';
  const trusted = loadTrustedOperations({ webRoot, ...(config.manifestsDir ? { manifestsDir: config.manifestsDir } : {}) });
  if (trustMode === 'manifest') {
    logger.info({ manifests: trusted.manifests }, 'trusted operations: only operations of these manifests run');
    if (!trusted.manifests.some((m) => m.app === 'explorer')) logger.warn(`the Explorer's manifest (${EXPLORER_MANIFEST}) is missing from ${webRoot}: run \`npm run build\`; the page cannot query until then`);
  }
  const yoga = createYoga<ServerContext, Context>({
    schema: createSchema({ plannedReads: config.plannedReads ?? true }),
    graphqlEndpoint: '/graphql',
    graphiql: config.graphiql && !production ? { title: 'Pentahelix Graph', defaultQuery: EXAMPLE_QUERY } : false,
    landingPage: false,
    // The HTTP server below refuses a POST over maxBodyBytes, or without a Content-Length, before
    // a byte is read, and Node reads no more than the declared length: yoga's own limit, a
    // TransformStream every body is piped through, would only repeat it at a cost on each request.
    maxRequestBodySize: false,
    extraParamNames: TRUSTED_PARAMS,
    // Compiled execution first: the access policy and the response cache wrap whatever executes.
    plugins: [useTrustedOperations(trusted, trustMode), rateLimit.plugin, metrics.plugin, ...hardeningPlugins({ introspection: !production }), ...compiled, useAccessPolicy(), ...cachePlugins],
    context: async ({ request, req }) => {
      const viewer = await rateLimit.callerOf(request);
      return createContext(services, viewer, clientKey(viewer, req?.socket.remoteAddress));
    },
    maskedErrors: { maskError: createErrorMasker(logger) },
    logging: {
      debug: (...args) => logger.debug({ args }, 'yoga'),
      info: (...args) => logger.info({ args }, 'yoga'),
      warn: (...args) => logger.warn({ args }, 'yoga'),
      // Yoga logs each error it hands to the error masker, which logs what matters itself
      // (unexpected errors at error level, database failures at warn); client mistakes are not
      // errors of the service, so yoga's copy goes to debug, cut short (it may echo input).
      error: (...args) => logger.debug({ args: args.map((a) => excerpt(String(a), 500)) }, 'yoga'),
    },
  });

  const serveExport = createExportHandler(services, limiter, logger);
  // GraphQL answers are JSON that compresses 5-20x: gzip or br as the client accepts (the
  // `compression` middleware negotiates, and leaves answers under 1 kB alone).
  // Never an event stream: compression holds bytes back until a block fills, an event must leave at once.
  const compress = compression({
    threshold: 1024,
    filter: (req, res) => !String(res.getHeader('content-type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
  });
  const serveGraphQL = (req: IncomingMessage, res: ServerResponse) => compress(req as never, res as never, () => void yoga.handle(req, res));
  const serveStatic = createStaticHandler(webRoot);
  const server = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (req.url === '/metrics' && req.method === 'GET') {
      if (config.metricsToken && !sameSecret(req.headers.authorization ?? '', `Bearer ${config.metricsToken}`)) {
        return sendError(res, 401, 'UNAUTHENTICATED', 'metrics need the metrics token');
      }
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(text),
        (error: unknown) => {
          logger.error({ err: error }, 'metrics collection failed');
          sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'metrics could not be collected');
        },
      );
      return;
    }
    if (req.url?.startsWith(EXPORT_PATH)) {
      void serveExport(req, res);
      return;
    }
    if (req.url === '/ready') {
      void db.ping().then((up) => {
        res.writeHead(up ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: up ? 'ready' : 'database unavailable' }));
      });
      return;
    }
    // The body cap is checked on the declared length, before a byte is read; a body without a
    // declared length (chunked) cannot be bounded up front and is refused.
    if (req.method === 'POST') {
      const length = req.headers['content-length'];
      if (length === undefined) return sendError(res, 411, 'LENGTH_REQUIRED', 'a POST needs a Content-Length header');
      if (Number(length) > maxBodyBytes) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${maxBodyBytes} bytes`);
    }
    if (!isGraphQLPath(req.url)) {
      serveStatic(req, res).then(
        (served) => {
          if (!served) serveGraphQL(req, res);
        },
        (error: unknown) => {
          logger.error({ err: error, url: req.url }, 'static file failed');
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('internal error');
        },
      );
      return;
    }
    serveGraphQL(req, res);
  });
  return { yoga, services, server };
}

const EXAMPLE_QUERY = `# How does MASATA reach Disnaker, and through whom?
query HowToReach {
  path(from: "masata-bontang", to: "disnaker-bontang") {
    path { length hops { from { name } to { name } explanation } }
    reason
  }
  stakeholder(id: "masata-bontang") {
    name helix aliases
    partners(first: 5) { partner { name helix } weight }
  }
}
`;
