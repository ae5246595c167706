import { Neo4jError } from 'neo4j-driver';

/**
 * The one reading of Neo4j driver failures: what each means for the service. The error mapping
 * turns them into client codes, the database marks itself down, a path search reports a timeout.
 */
export type DriverFailure = 'UNREACHABLE' | 'UNAVAILABLE' | 'TIMEOUT' | 'CONSTRAINT';

/** Codes that mean the database cannot be reached at all. */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function classifyDriverError(error: unknown): DriverFailure | null {
  if (!(error instanceof Neo4jError)) return null;
  if (UNREACHABLE.has(error.code)) return 'UNREACHABLE';
  if (error.code === 'Neo.TransientError.General.DatabaseUnavailable' || error.code.startsWith('Neo.TransientError.Cluster')) return 'UNAVAILABLE';
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'TIMEOUT';
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'CONSTRAINT';
  return null;
}
