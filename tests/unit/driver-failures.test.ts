import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { classifyDriverError } from '../../src/db/failures.js';
import { createErrorMasker } from '../../src/graphql/errors.js';
import { createLogger } from '../../src/logger.js';

const driverError = (code: string, message = 'failed') => new Neo4jError(message, code, '50N42', 'error');

describe('driver failures', () => {
  it('are classified in one place', () => {
    expect(classifyDriverError(driverError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe('contention');
    expect(classifyDriverError(driverError('Neo.TransientError.Transaction.LockAcquisitionTimeout'))).toBe('contention');
    expect(classifyDriverError(driverError('Neo.ClientError.Statement.EntityNotFound'))).toBe('vanished');
    expect(classifyDriverError(driverError('ServiceUnavailable'))).toBe('unavailable');
    expect(classifyDriverError(driverError('Neo.TransientError.General.DatabaseUnavailable'))).toBe('unavailable');
    expect(classifyDriverError(driverError('N/A', 'Connection acquisition timed out in 5000 ms.'))).toBe('busy');
    expect(classifyDriverError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBe('timeout');
    expect(classifyDriverError(driverError('Neo.TransientError.Transaction.Terminated'))).toBe('contention');
    expect(classifyDriverError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed'))).toBe('duplicate');
    expect(classifyDriverError(driverError('Neo.ClientError.Statement.SyntaxError'))).toBeNull();
    expect(classifyDriverError(new Error('not a driver error'))).toBeNull();
  });

  it('reach clients as documented codes, retryable where trying again can work, never as internal errors', () => {
    const mask = createErrorMasker(createLogger('silent'));
    const extensions = (error: unknown) => (mask(error, 'Unexpected error.') as unknown as { extensions: Record<string, unknown> }).extensions;
    expect(extensions(driverError('Neo.TransientError.Transaction.DeadlockDetected'))).toEqual({ code: 'TRANSIENT', retryable: true });
    expect(extensions(driverError('N/A', 'Connection acquisition timed out in 5000 ms.'))).toEqual({ code: 'TRANSIENT', retryable: true });
    expect(extensions(driverError('Neo.ClientError.Statement.EntityNotFound'))).toEqual({ code: 'CONFLICT', retryable: true });
    expect(extensions(driverError('ServiceUnavailable'))).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(extensions(driverError('Neo.ClientError.Transaction.TransactionTimedOut'))).toEqual({ code: 'TIMEOUT' });
    expect(extensions(driverError('Neo.ClientError.Statement.SyntaxError'))).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
