/**
 * "As of a date" and "active on a date" for the in-memory projection: the JavaScript side of
 * the rule `src/db/time.ts` states in Cypher, and its only owner in analytics. Facts carry
 * epoch days; an undated start is -Infinity ("always") and an undated end +Infinity ("still
 * running"), so the rule needs no special cases and no storage encodings.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (or date-time). */
export const epochDay = (iso: string): number => Math.floor(Date.parse(iso) / DAY_MS);
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The dates a read is pinned to, as epoch days (null: not pinned). */
export interface TimeWindow {
  /** The network as it stood on this day: facts started by then. */
  asOf: number | null;
  /** Only facts in force on this day: started by then and not yet ended. */
  activeOn: number | null;
}

export const timeWindow = (scope: { asOf?: string | undefined; activeOn?: string | undefined }): TimeWindow => ({
  asOf: scope.asOf ? epochDay(scope.asOf) : null,
  activeOn: scope.activeOn ? epochDay(scope.activeOn) : null,
});

/** Whether a fact from `start` to `end` counts in the window. */
export const factCounts = (start: number, end: number, window: TimeWindow): boolean =>
  (window.asOf === null || start <= window.asOf) && (window.activeOn === null || (start <= window.activeOn && end >= window.activeOn));

/**
 * The last day a fact was active, seen from `horizon` (the asOf day or today): an open-ended
 * fact is active up to the horizon, an ended one up to its end. Null for an undated fact.
 */
export const lastActiveDay = (start: number, end: number, horizon: number): number | null =>
  start === -Infinity && end === Infinity ? null : Math.min(end, horizon);
