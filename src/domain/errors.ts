import type { ZodError } from 'zod';

/** Codes clients can act on; they appear as `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'RATE_LIMITED'
  /** A write clashed with concurrent writes and could not commit within the retry budget. */
  | 'TRANSIENT';

export interface ErrorDetail {
  /** Path of the offending input field, e.g. `input.parties.1.stakeholderId`. */
  field?: string;
  /** What would have been accepted. */
  expected?: string;
  /** Every problem, when there are several. */
  problems?: Array<{ field: string; message: string }>;
  /** True when the same request, sent again later, may well succeed. */
  retryable?: boolean;
  /** HTTP status and headers for errors that are about the request itself (yoga strips this). */
  http?: { status: number; headers?: Record<string, string> };
}

/** An expected failure: its message and details are safe to show to clients. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail: ErrorDetail = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string, field?: string) =>
  new DomainError('NOT_FOUND', `${what} "${id}" does not exist`, field ? { field } : {});

export const conflict = (message: string, field?: string) => new DomainError('CONFLICT', message, field ? { field } : {});

export const badInput = (field: string, message: string, expected?: string) =>
  new DomainError('BAD_USER_INPUT', `${field}: ${message}`, { field, ...(expected ? { expected } : {}) });

/** Turns a zod failure on an argument into one BAD_USER_INPUT error listing every problem. */
export function fromZod(argument: string, error: ZodError): DomainError {
  const problems = error.issues.map((issue) => ({
    field: [argument, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = problems[0] ?? { field: argument, message: 'invalid' };
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new DomainError('BAD_USER_INPUT', summary, { field: first.field, expected: first.message, problems });
}
