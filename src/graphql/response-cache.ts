import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@envelop/response-cache';
import { getOperationAST, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphVersionClock } from '../db/graph-version.js';
import type { Viewer } from '../domain/roles.js';
import type { Context } from './context.js';

export interface ResponseCacheOptions {
  /** Most answers kept (least recently used go first); 0 turns the cache off. */
  maxEntries: number;
  /** The graph version, read once per cacheable request (or less often, see GraphVersionClock). */
  clock: GraphVersionClock;
}

/**
 * Fields whose answers are never cached: what only some roles see (contact details, an
 * assessment's comment and assessor), what is
 * written outside the graph version (API keys, the audit trail, snapshots: taking one leaves the
 * version as it is) and export files (their download links are single-use).
 */
const NEVER_CACHED = [
  'Person.contact',
  'Assessment.comment',
  'Assessment.assessedBy',
  'Query.apiKeys',
  'Query.auditTrail',
  'Query.snapshots',
  'Query.snapshot',
  'Query.snapshotChange',
  'Query.exportGraph',
];

/**
 * Who shares cached answers: callers of one role, and for a scoped editor, of one scope too
 * (`viewerCanEdit` answers differ by scope), whatever order its credential lists them in.
 */
function sessionOf({ role, scope }: Viewer): string {
  return scope ? JSON.stringify([role, [...scope.regions].sort(), [...scope.programs].sort()]) : role;
}

/** Whether an answer carries a search cut short by its time limit (load decides that, not the data). */
function cutShort(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(cutShort);
  if (value === null || typeof value !== 'object') return false;
  const item = value as Record<string, unknown>;
  if (item.timedOut === true || item.reason === 'TIMED_OUT') return true;
  return Object.values(item).some(cutShort);
}

/**
 * Answers to read operations kept in memory (@envelop/response-cache, LRU-bounded), keyed by the
 * operation text, its variables, the caller's role (and scope), the graph version and the day (answers
 * `asOf` today change at midnight). Every write moves the graph version, so after a write on any
 * replica the next read of every replica misses and is answered afresh; no invalidation message
 * is needed. Answers with errors, with the fields above, or cut short by a time limit are not
 * kept. A hit skips execution (the resolvers and the database) but not authentication, the rate
 * limit, parsing or validation (all of which yoga or the service cache themselves).
 */
export function responseCachePlugins({ maxEntries, clock }: ResponseCacheOptions): Plugin<Context>[] {
  const reads = new WeakSet<object>();
  const markReads: Plugin<Context> = {
    onExecute({ args }) {
      const { document, operationName, contextValue } = args as ExecutionArgs;
      if (getOperationAST(document, operationName)?.operation === OperationTypeNode.QUERY) reads.add(contextValue as object);
    },
  };
  const cache = useResponseCache<Context>({
    cache: createInMemoryCache({ max: maxEntries }),
    enabled: (context) => reads.has(context),
    session: (context) => sessionOf(context.viewer),
    ttlPerSchemaCoordinate: Object.fromEntries(NEVER_CACHED.map((coordinate) => [coordinate, 0])),
    // The version in the key retires every answer a write could change; entity bookkeeping is not needed.
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    shouldCacheResult: ({ result }) => !result.errors?.length && !cutShort(result.data),
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, sessionId }) => {
      const version = await clock.current();
      const day = new Date().toISOString().slice(0, 10);
      return createHash('sha256')
        .update(JSON.stringify([documentString, variableValues ?? {}, operationName ?? null, sessionId ?? null, version, day]))
        .digest('base64url');
    },
  }) as Plugin<Context>;
  return [markReads, cache];
}
