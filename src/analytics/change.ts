import type { InfluenceMetric, Standing } from './centrality.js';
import type { TriadSynergy } from './indicators.js';

export type { Standing } from './centrality.js';

export interface StandingChangeRow {
  stakeholderId: string;
  rankBefore: number;
  rankAfter: number;
  scoreBefore: number;
  scoreAfter: number;
  /** Places gained (positive) or lost (negative). */
  rankChange: number;
}

export interface RankingChange {
  rose: StandingChangeRow[];
  fell: StandingChangeRow[];
}

/**
 * Compares two rankings of the same scope at two dates: who rose and who fell (by places, then
 * by score change, at most `first` each) among those ranked on both.
 */
export function compareRankings(before: Standing[], after: Standing[], first: number): RankingChange {
  const then = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const moved: StandingChangeRow[] = [];
  for (const [id, a] of now) {
    const b = then.get(id);
    if (!b) continue;
    moved.push({ stakeholderId: id, rankBefore: b.rank, rankAfter: a.rank, scoreBefore: b.score, scoreAfter: a.score, rankChange: b.rank - a.rank });
  }
  const byGain = (x: StandingChangeRow, y: StandingChangeRow) =>
    y.rankChange - x.rankChange || y.scoreAfter - y.scoreBefore - (x.scoreAfter - x.scoreBefore) || (x.stakeholderId < y.stakeholderId ? -1 : 1);
  return {
    rose: moved.filter((m) => m.rankChange > 0).sort(byGain).slice(0, first),
    fell: moved.filter((m) => m.rankChange < 0).sort((x, y) => byGain(y, x)).slice(0, first),
  };
}

/** Helix pairs missing before and not after (closed), and the reverse (opened). */
export function comparePairs(before: Array<{ a: string; b: string }>, after: Array<{ a: string; b: string }>) {
  const key = (p: { a: string; b: string }) => `${p.a}|${p.b}`;
  const then = new Set(before.map(key));
  const now = new Set(after.map(key));
  return { closed: before.filter((p) => !now.has(key(p))), opened: after.filter((p) => !then.has(key(p))) };
}

export interface HelixPair {
  a: string;
  b: string;
}

/** What a comparison needs from a scope at one moment, computed live or read from a snapshot. */
export interface NetworkFigures {
  /** The date the figures describe. */
  on: string;
  standings: Standing[];
  /** Stakeholders with at least one tie then: the ones in the network, not merely in the scope. */
  connected: ReadonlySet<string>;
  missingPairs: HelixPair[];
  balance: number;
  stakeholderCount: number;
  tieCount: number;
  /** Helix synergy of the ten triads over collaborations (null: a snapshot from before it was kept). */
  synergy?: TriadSynergy[] | null;
}

export interface NetworkChangeRow extends RankingChange {
  /** Tied on the later date and not on the earlier one. */
  joined: string[];
  /** Tied on the earlier date and not on the later one. */
  left: string[];
  from: string;
  to: string;
  metric: InfluenceMetric;
  gapsClosed: HelixPair[];
  gapsOpened: HelixPair[];
  balanceBefore: number;
  balanceAfter: number;
  stakeholdersBefore: number;
  stakeholdersAfter: number;
  tiesBefore: number;
  tiesAfter: number;
  synergyBefore: TriadSynergy[] | null;
  synergyAfter: TriadSynergy[] | null;
}

/** The change between two sets of figures of one scope. */
export function describeChange(before: NetworkFigures, after: NetworkFigures, metric: InfluenceMetric, first: number): NetworkChangeRow {
  const pairs = comparePairs(before.missingPairs, after.missingPairs);
  return {
    from: before.on,
    to: after.on,
    metric,
    ...compareRankings(before.standings, after.standings, first),
    joined: [...after.connected].filter((id) => !before.connected.has(id)).sort(),
    left: [...before.connected].filter((id) => !after.connected.has(id)).sort(),
    gapsClosed: pairs.closed,
    gapsOpened: pairs.opened,
    balanceBefore: before.balance,
    balanceAfter: after.balance,
    stakeholdersBefore: before.stakeholderCount,
    stakeholdersAfter: after.stakeholderCount,
    tiesBefore: before.tieCount,
    tiesAfter: after.tieCount,
    synergyBefore: before.synergy ?? null,
    synergyAfter: after.synergy ?? null,
  };
}

/**
 * Ranks stored scores (parallel to ids) the way live rankings are ranked: highest first, ties
 * broken by id, so a snapshot and a live analysis of the same graph agree.
 */
export function standingsOf(ids: readonly string[], scores: readonly number[]): Standing[] {
  const order = ids.map((_, i) => i).sort((x, y) => scores[y]! - scores[x]! || (ids[x]! < ids[y]! ? -1 : 1));
  return order.map((i, r) => ({ id: ids[i]!, score: scores[i]!, rank: r + 1 }));
}
