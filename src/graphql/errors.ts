import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import type { Logger } from '../logger.js';

/** Neo4j failures that mean "the database is not there right now". */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The client code of a driver failure that has one (the database away, a timeout, a conflict). */
export function codeOfDriverError(error: Neo4jError): { code: ErrorCode; message: string; retryable?: true } | null {
  if (UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError.Cluster')) {
    return { code: 'SERVICE_UNAVAILABLE', message: 'the database is unavailable (it may be restarting); retry in a few seconds', retryable: true };
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return { code: 'TIMEOUT', message: 'the query took longer than its time limit' };
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return { code: 'CONFLICT', message: 'an item with that id already exists' };
  }
  return null;
}

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
    if (cause instanceof Neo4jError) {
      const mapped = codeOfDriverError(cause);
      if (mapped) {
        logger.warn({ err: cause, path }, mapped.message);
        return createGraphQLError(mapped.message, { path, extensions: { code: mapped.code, ...(mapped.retryable ? { retryable: true } : {}) } });
      }
    }
    if (isGraphQLError(error) && !error.path) {
      // Raised before execution (variable coercion, scalar parsing): graphql-js messages only
      // quote the request and the schema, so they are safe and say what was expected.
      const field = /at "([^"]+)"/.exec(error.message)?.[1];
      const status = (error.extensions.http as { status?: number } | undefined)?.status;
      return createGraphQLError(error.message, {
        extensions: { code: status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT', ...(field ? { field } : {}), ...error.extensions },
      });
    }
    logger.error({ err: cause, path }, 'unexpected error');
    return createGraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
