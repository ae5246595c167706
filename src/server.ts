import { createServer, type Server } from 'node:http';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { createContext, type Context } from './graphql/context.js';
import { createErrorMasker } from './graphql/errors.js';
import { createSchema } from './graphql/schema.js';
import type { Logger } from './logger.js';
import { createServices, type Services } from './services/services.js';

export interface App {
  yoga: YogaServerInstance<Record<string, never>, Context>;
  services: Services;
  /** The HTTP server: GraphQL at /graphql, /health (process) and /ready (database). */
  server: Server;
}

export type AppConfig = Pick<Config, 'graphiql' | 'NODE_ENV' | 'PATH_TIME_LIMIT_MS'> & { anonymousRole?: 'ANONYMOUS' | 'VIEWER' | 'EDITOR' };

export function createApp(config: AppConfig, db: Database, logger: Logger): App {
  const services = createServices(db, { anonymousRole: config.anonymousRole ?? 'ANONYMOUS', pathTimeLimitMs: config.PATH_TIME_LIMIT_MS }, logger);
  const yoga = createYoga<Record<string, never>, Context>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: config.graphiql ? { title: 'Pentahelix Graph', defaultQuery: EXAMPLE_QUERY } : false,
    landingPage: false,
    context: ({ request }) => createContext(services, request),
    maskedErrors: { maskError: createErrorMasker(logger) },
    logging: {
      debug: (...args) => logger.debug({ args }, 'yoga'),
      info: (...args) => logger.info({ args }, 'yoga'),
      warn: (...args) => logger.warn({ args }, 'yoga'),
      error: (...args) => logger.error({ args }, 'yoga'),
    },
  });

  const server = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (req.url === '/ready') {
      void db.ping().then((up) => {
        res.writeHead(up ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: up ? 'ready' : 'database unavailable' }));
      });
      return;
    }
    void yoga.handle(req, res);
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
