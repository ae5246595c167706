import type { Role } from '../domain/roles.js';
import { Authenticator } from '../auth/authenticate.js';
import { JwtVerifier, type JwtOptions } from '../auth/jwt.js';
import { AuditStore } from '../db/audit-store.js';
import { ApiKeyStore } from '../db/api-key-store.js';
import { AssessmentStore } from '../db/assessment-store.js';
import { ChangeLogStore } from '../db/change-log-store.js';
import { CollaborationStore } from '../db/collaboration-store.js';
import { DuplicateStore } from '../db/duplicate-store.js';
import type { Database } from '../db/database.js';
import { EngagementStore } from '../db/engagement-store.js';
import { ExchangeStore } from '../db/exchange-store.js';
import { GraphStore } from '../db/graph-store.js';
import { GraphVersionClock } from '../db/graph-version.js';
import { IndicatorStore } from '../db/indicator-store.js';
import { PathStore } from '../db/path-store.js';
import { PlannedReads } from '../db/planner/compile.js';
import { ProgramStore } from '../db/program-store.js';
import { ProjectionStore } from '../db/projection-store.js';
import { ProjectionImageFile } from '../db/projection-image-file.js';
import { ReferenceStore } from '../db/reference-store.js';
import { StakeholderStore } from '../db/stakeholder-store.js';
import { WebhookStore } from '../db/webhook-store.js';
import { PlacementStore } from '../db/write-scope.js';
import { SnapshotStore } from '../db/snapshot-store.js';
import type { Logger } from '../logger.js';
import { AdminService } from './admin-service.js';
import { AnalyticsEngine } from '../analytics/engine.js';
import type { AnalysisScope } from '../analytics/engine.js';
import { AnalyticsService, InMemoryAnalytics } from './analytics-service.js';
import { AssessmentService } from './assessment-service.js';
import { ChangeFeed } from './change-feed.js';
import { LiveService, type LiveLimits } from './live-service.js';
import { DEFAULT_WEBHOOK_OPTIONS, WebhookDispatcher, type WebhookOptions } from './webhook-dispatcher.js';
import { WebhookService } from './webhook-service.js';
import { CollaborationService } from './collaboration-service.js';
import { EngagementService } from './engagement-service.js';
import { DuplicateService } from './duplicate-service.js';
import { ExportService } from './export-service.js';
import { ImportService } from './import-service.js';
import { IndicatorService } from './indicator-service.js';
import { ReaderService } from './reader-service.js';
import { NetworkService } from './network-service.js';
import { PathService } from './path-service.js';
import { ProgramService } from './program-service.js';
import { ReferenceService } from './reference-service.js';
import { SnapshotService } from './snapshot-service.js';
import { StakeholderService } from './stakeholder-service.js';

export function createStores(db: Database) {
  return {
    stakeholders: new StakeholderStore(db),
    programs: new ProgramStore(db),
    collaborations: new CollaborationStore(db),
    assessments: new AssessmentStore(db),
    references: new ReferenceStore(db),
    graph: new GraphStore(db),
    paths: new PathStore(db),
    projection: new ProjectionStore(db),
    apiKeys: new ApiKeyStore(db),
    audit: new AuditStore(db),
    exchange: new ExchangeStore(db),
    snapshots: new SnapshotStore(db),
    indicators: new IndicatorStore(db),
    engagement: new EngagementStore(db),
    reads: new PlannedReads(db),
    duplicates: new DuplicateStore(db),
    webhooks: new WebhookStore(db),
    placements: new PlacementStore(db),
  };
}
export type Stores = ReturnType<typeof createStores>;

export interface ServiceOptions {
  anonymousRole: Role;
  pathTimeLimitMs: number;
  /** Bearer JWTs are accepted when a secret or JWKS URL is given. */
  jwt?: JwtOptions;
  /** How often the change feed reads the graph version while anyone listens (default 1 s). */
  changePollMs?: number;
  /** Subscription limits (see LiveLimits; defaults in DEFAULT_LIVE_LIMITS). */
  liveLimits?: LiveLimits;
  /** Webhook delivery: private addresses, retries, time limits (defaults in webhook-dispatcher). */
  webhooks?: Partial<WebhookOptions>;
  /**
   * How long a graph version read may be reused by the analytics and the response cache (0 or
   * absent: read for every request). This process's writes are seen at once whatever it is;
   * another replica's within it.
   */
  versionMaxAgeMs?: number;
  /** Where the analytics keep their network between runs (absent: every start loads it in full). */
  analyticsCacheDir?: string;
}

/** The process-wide services; per-request state (loaders, viewer) lives in the context. */
export function createServices(db: Database, options: ServiceOptions, logger: Logger) {
  const stores = createStores(db);
  const clock = new GraphVersionClock(db, options.versionMaxAgeMs ?? 0);
  const engine = new AnalyticsEngine(stores.projection, logger, {
    version: () => clock.current(),
    ...(options.analyticsCacheDir ? { images: new ProjectionImageFile(options.analyticsCacheDir) } : {}),
  });
  const auth = new Authenticator(stores.apiKeys, options.anonymousRole, options.jwt?.secret || options.jwt?.jwksUrl ? new JwtVerifier(options.jwt) : null);
  const backend = new InMemoryAnalytics(engine);
  // The indicators validate scopes by the analytics service's rule; it asks them for synergy.
  const indicators = new IndicatorService(backend, stores.indicators, (raw: unknown, at?: string): Promise<AnalysisScope> => analytics.scope(raw, at));
  const analytics = new AnalyticsService(db, backend, indicators);
  const changes = new ChangeFeed(new ChangeLogStore(db), logger, options.changePollMs ? { pollMs: options.changePollMs } : {});
  const webhookOptions = { ...DEFAULT_WEBHOOK_OPTIONS, ...options.webhooks };
  return {
    engine,
    stores,
    /** The graph version as caches key on it (the engine and the response cache share one read). */
    clock,
    auth,
    /** The committed changes as events (subscriptions, webhooks): `changes.subscribe(listener, since?)`. */
    changes,
    live: new LiveService(changes, analytics, options.liveLimits),
    webhooks: new WebhookService(stores.webhooks, webhookOptions),
    /** Sends webhook deliveries once started (main starts it; tests that need it too). */
    webhookDispatcher: new WebhookDispatcher(stores.webhooks, changes, logger, webhookOptions),
    admin: new AdminService(stores.apiKeys, stores.audit, auth),
    imports: new ImportService(db, stores.exchange),
    reader: new ReaderService(stores.exchange),
    exports: new ExportService(db),
    stakeholders: new StakeholderService(db, stores.stakeholders, backend),
    programs: new ProgramService(db, stores.programs),
    collaborations: new CollaborationService(db, stores.collaborations),
    assessments: new AssessmentService(db, stores.assessments, backend),
    engagement: new EngagementService(db, stores.engagement),
    duplicates: new DuplicateService(db, stores.duplicates),
    references: new ReferenceService(db, stores.references),
    network: new NetworkService(stores.graph),
    analytics,
    indicators,
    snapshots: new SnapshotService(db, stores.snapshots, analytics),
    paths: new PathService(stores.paths, stores.stakeholders, stores.programs, stores.collaborations, engine, options.pathTimeLimitMs),
  };
}
export type Services = ReturnType<typeof createServices>;
