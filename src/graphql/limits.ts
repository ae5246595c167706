import { badInput } from '../domain/errors.js';

/**
 * The one size policy of the API: a size argument left out takes its default; one given must be
 * an integer from 1 to its maximum, anything else is BAD_USER_INPUT naming the argument (never
 * silently clamped: a client asking for 1,000 learns it gets at most 100).
 */
export const limit =
  (name: string, fallback: number, max: number) =>
  (value: number | null | undefined): number => {
    const size = value ?? fallback;
    if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(name, `must be between 1 and ${max}`, `an integer from 1 to ${max}`);
    return size;
  };

/** Every bound in one table (the README lists them). */
export const SIZES = {
  /** `first` of a connection: stakeholders, programs, collaborations, auditTrail. */
  page: limit('first', 20, 100),
  sources: limit('first', 50, 100),
  regionStakeholders: limit('first', 50, 100),
  citations: limit('first', 200, 500),
  partners: limit('first', 100, 500),
  search: limit('first', 10, 50),
  snapshots: limit('first', 20, 100),
  snapshotRanking: limit('first', 20, 200),
  snapshotChange: limit('first', 10, 100),
  duplicates: limit('first', 20, 100),
};
