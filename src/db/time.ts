import { ifGiven } from './optional.js';

/**
 * The two ways a read can be pinned to a date, as Cypher fragments over fixed expressions
 * (never request text; the date itself is always the $activeOn or $asOf parameter):
 * - activeOn: facts in force on that day (started by then and not yet ended);
 * - asOf: the network as it stood on that day, history included: facts started by then.
 * An undated start counts as "always"; an undated end as "still running".
 */
export const inForceOn = (start: string, end: string) =>
  `coalesce(${start}, date($activeOn)) <= date($activeOn) AND coalesce(${end}, date($activeOn)) >= date($activeOn)`;

export const startedBy = (start: string) => `coalesce(${start}, date($asOf)) <= date($asOf)`;

/** A stored tie (`t`, with its facts' parallel start/end lists) with a fact active on $activeOn; null: any tie. */
export const TIE_ACTIVE_ON = `($activeOn IS NULL OR any(i IN range(0, size(t.factStarts) - 1)
  WHERE t.factStarts[i] <= date($activeOn) AND t.factEnds[i] >= date($activeOn)))`;

/** A stored tie with a fact started by $asOf (open starts are stored as the first day). */
const TIE_STARTED_BY = 'any(d IN t.factStarts WHERE d <= date($asOf))';

/** The same, or any tie when $asOf is null: for statements whose text does not depend on whether it is given. */
export const TIE_AS_OF = `($asOf IS NULL OR ${TIE_STARTED_BY})`;

/** The same for a statement written knowing whether $asOf is given: without it, no condition. */
export const tieAsOf = (present: boolean) => ifGiven(present, TIE_STARTED_BY);

/** A stored tie's weight from its facts started by $asOf: the weight it had on that day. */
const TIE_WEIGHT_AS_OF =
  'reduce(w = 0.0, i IN range(0, size(t.factStarts) - 1) | w + CASE WHEN t.factStarts[i] <= date($asOf) THEN t.factWeights[i] ELSE 0.0 END)';

const factsOfKindBy = (kind: 'collaboration' | 'program') =>
  `size([i IN range(0, size(t.factStarts) - 1) WHERE t.factKinds[i] = '${kind}' AND t.factStarts[i] <= date($asOf)])`;

/** A tie's weight and counts: as stored (today), or as of $asOf from its facts started by then. */
export const tieFigures = (asOf: boolean) =>
  asOf
    ? { weight: TIE_WEIGHT_AS_OF, collaborations: factsOfKindBy('collaboration'), programs: factsOfKindBy('program') }
    : { weight: 't.weight', collaborations: 't.collaborations', programs: 't.programs' };

/** Both conditions on a tie `t`; each is a no-op when its parameter is null. */
export const TIE_IN_TIME = `${TIE_ACTIVE_ON} AND ${TIE_AS_OF}`;

/** The date parameters of a read; absent ones are null so the fragments above switch off. */
export interface TimeFilter {
  activeOn?: string | null;
  asOf?: string | null;
}

export const timeParams = (time: TimeFilter) => ({ activeOn: time.activeOn ?? null, asOf: time.asOf ?? null });
