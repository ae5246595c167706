import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import type { AnalyticsEngine } from '../analytics/engine.js';

/**
 * Prometheus metrics, one registry per app (tests run several apps in one process):
 * - GraphQL: graphql-yoga's Prometheus plugin (requests, phases, errors), by operation type;
 * - database: every unit of work by its name (a constant of the code, so the label set is
 *   bounded), mode and outcome; whether the database is reachable;
 * - analytics: the version of the graph the in-memory projection holds;
 * - the process: prom-client's defaults (CPU, memory, event-loop lag, GC).
 */
export function createMetrics(db: Database, engine: AnalyticsEngine) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const transactions = new Histogram({
    name: 'pentahelix_db_transaction_seconds',
    help: 'Neo4j units of work (read or write transactions with their retries), by operation',
    labelNames: ['operation', 'mode', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  db.observe(({ operation, mode, seconds, ok }) => transactions.observe({ operation, mode, outcome: ok ? 'ok' : 'error' }, seconds));
  new Gauge({
    name: 'pentahelix_db_available',
    help: '1 while the database answers, 0 while the service refuses work because it does not',
    registers: [registry],
    collect() {
      this.set(db.available ? 1 : 0);
    },
  });
  new Gauge({
    name: 'pentahelix_analytics_graph_version',
    help: 'Graph version held by the analytics projection (-1 before the first analysis)',
    registers: [registry],
    collect() {
      this.set(engine.loadedVersion ?? -1);
    },
  });
  return {
    registry,
    // The service answers GET /metrics itself (before the Explorer's fallback), so the plugin serves no endpoint.
    // Operation names and error paths are chosen by clients: as labels they would let any caller
    // grow the series without bound (and the HTTP histogram labels full URLs). GraphQL metrics
    // are by operation type; the per-operation view is the database histogram's, whose names
    // are the code's own.
    // Left out, for their cost on every request: the deprecated-field counter walks each document
    // with type info (the schema deprecates nothing), and the request-time summary keeps a
    // t-digest beside the request-duration histogram (which, unlike a summary, aggregates across replicas).
    plugin: usePrometheus({
      registry,
      endpoint: false,
      labels: { operationName: false, path: false },
      metrics: { graphql_yoga_http_duration: false, graphql_envelop_deprecated_field: false, graphql_envelop_request_time_summary: false },
    }),
  };
}
