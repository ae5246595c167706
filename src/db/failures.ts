import { Neo4jError } from 'neo4j-driver';

/**
 * What a driver failure means for the caller, decided in one place:
 * - `unavailable`: the database cannot be reached (or is restarting); try again shortly.
 * - `contention`: a transient clash with other transactions (deadlock, lock timeout, a stale
 *   plan after a schema change, a transaction stopped while the database shuts down); running
 *   the same work again will usually commit, or meet the database gone (`unavailable`).
 * - `vanished`: an item the work had matched was deleted by another transaction before this one
 *   could lock it; running the work again sees the graph without it.
 * - `busy`: no connection to the database came free in time (the service is overloaded).
 * - `timeout`: the work outlasted its time limit.
 * - `duplicate`: a uniqueness constraint refused the write.
 * Anything else (null) is a bug or an unknown failure, masked as an internal error.
 */
export type DriverFailure = 'unavailable' | 'contention' | 'vanished' | 'busy' | 'timeout' | 'duplicate';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function classifyDriverError(error: unknown): DriverFailure | null {
  if (!(error instanceof Neo4jError)) return null;
  const code = error.code;
  // The driver's own error, without a server code.
  if (error.message.startsWith('Connection acquisition timed out')) return 'busy';
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.Cluster')) return 'unavailable';
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'timeout';
  if (code === 'Neo.ClientError.Statement.EntityNotFound') return 'vanished';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'duplicate';
  if (code.startsWith('Neo.TransientError.')) return 'contention';
  return null;
}
