import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { classifyDriverError, type DriverFailure } from '../db/failures.js';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import { excerpt } from '../domain/text.js';
import type { Logger } from '../logger.js';

/** The client's view of each driver failure (src/db/failures.ts decides which is which). */
const DRIVER_FAILURES: Record<DriverFailure, { code: ErrorCode; message: string; retryable: boolean }> = {
  unavailable: { code: 'SERVICE_UNAVAILABLE', message: 'the database is unavailable; try again shortly', retryable: true },
  contention: { code: 'TRANSIENT', message: 'the write clashed with concurrent writes to the same items and could not commit; try again', retryable: true },
  vanished: { code: 'CONFLICT', message: 'an item this request depends on was deleted while it ran; try again to see the current state', retryable: true },
  busy: { code: 'TRANSIENT', message: 'the service is too busy to take this request now; try again', retryable: true },
  timeout: { code: 'TIMEOUT', message: 'the query took longer than its time limit', retryable: false },
  duplicate: { code: 'CONFLICT', message: 'an item with that id already exists', retryable: false },
};

/** A message with every quoted value longer than a short prefix cut to that prefix (a 3 MB bad enum value is echoed in 50 characters). */
const cutEchoes = (message: string) =>
  excerpt(message.replace(/"(?:[^"\\]|\\.){60,}"/g, (quoted) => `"${excerpt(quoted.slice(1, -1))}"`), 1_000);

/**
 * Duck-typed: graphql-js may be loaded twice (its ESM and CJS builds), so `instanceof
 * GraphQLError` cannot be trusted across libraries.
 */
const isGraphQLError = (error: unknown): error is GraphQLError =>
  error instanceof Error && error.name === 'GraphQLError' && 'extensions' in error;

/** Finds the first cause in a chain (GraphQL wraps resolver errors, the driver wraps its own). */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    if (isGraphQLError(current) && current.originalError) current = current.originalError;
    else if (current instanceof Error && current.cause instanceof Neo4jError) current = current.cause;
    else break;
  }
  return current;
}

/**
 * The one place where failures become client errors: expected ones keep their message and get
 * an `extensions.code`; everything else is logged in full and masked, so no stack trace or
 * Cypher reaches a client.
 */
export function createErrorMasker(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const cause = rootCause(error);
    const path = isGraphQLError(error) ? error.path : undefined;
    if (cause instanceof DomainError) {
      return createGraphQLError(cause.message, { path, extensions: { code: cause.code, ...cause.detail } });
    }
    const failure = classifyDriverError(cause);
    if (failure) {
      const { code, message: text, retryable } = DRIVER_FAILURES[failure];
      logger.warn({ err: cause, path }, text);
      return createGraphQLError(text, { path, extensions: { code, ...(retryable ? { retryable } : {}) } });
    }
    if (isGraphQLError(error) && !error.path) {
      // Raised before execution (parsing, validation, document limits, variable coercion):
      // graphql-js messages only quote the request and the schema, so they are safe and say
      // what was expected, once echoed input is cut short. Nothing ran, so the request itself
      // was wrong: 400 for clients of the GraphQL-over-HTTP media type (`spec` keeps 200 for
      // plain application/json clients, as the spec asks).
      const text = cutEchoes(error.message);
      const field = /at "([^"]+)"/.exec(text)?.[1];
      const http = error.extensions.http ?? { spec: true, status: 400 };
      return createGraphQLError(text, {
        extensions: { code: http.status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT', ...(field ? { field } : {}), ...error.extensions, http },
      });
    }
    logger.error({ err: cause, path }, 'unexpected error');
    return createGraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
