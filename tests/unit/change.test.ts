import { describe, expect, it } from 'vitest';
import { compareRankings, comparePairs, describeChange, standingsOf } from '../../src/analytics/change.js';

describe('compareRankings', () => {
  const before = [
    { id: 'a', rank: 1, score: 0.5 },
    { id: 'b', rank: 2, score: 0.3 },
    { id: 'c', rank: 3, score: 0.2 },
    { id: 'gone', rank: 4, score: 0.1 },
  ];
  const after = [
    { id: 'c', rank: 1, score: 0.4 },
    { id: 'a', rank: 2, score: 0.35 },
    { id: 'new', rank: 3, score: 0.15 },
    { id: 'b', rank: 4, score: 0.1 },
  ];

  it('lists who rose and who fell by places, among those ranked on both dates', () => {
    const change = compareRankings(before, after, 10);
    expect(change.rose).toEqual([{ stakeholderId: 'c', rankBefore: 3, rankAfter: 1, scoreBefore: 0.2, scoreAfter: 0.4, rankChange: 2 }]);
    expect(change.fell.map((f) => [f.stakeholderId, f.rankChange])).toEqual([
      ['b', -2],
      ['a', -1],
    ]);
    expect(change.rose.concat(change.fell).map((m) => m.stakeholderId)).not.toContain('new');
  });

  it('keeps at most `first` of each and nothing moves between equal rankings', () => {
    expect(compareRankings(before, after, 1).fell.map((f) => f.stakeholderId)).toEqual(['b']);
    expect(compareRankings(before, before, 10)).toEqual({ rose: [], fell: [] });
  });
});

describe('comparePairs', () => {
  it('tells closed gaps from opened ones', () => {
    const gov = { a: 'GOVERNMENT', b: 'MEDIA' };
    const biz = { a: 'BUSINESS', b: 'COMMUNITY' };
    const aca = { a: 'ACADEMIA', b: 'MEDIA' };
    expect(comparePairs([gov, biz], [biz, aca])).toEqual({ closed: [gov], opened: [aca] });
  });
});

describe('standingsOf', () => {
  it('ranks stored scores highest first, ties broken by id, as live rankings are', () => {
    expect(standingsOf(['b', 'a', 'c'], [1, 1, 2])).toEqual([
      { id: 'c', score: 2, rank: 1 },
      { id: 'a', score: 1, rank: 2 },
      { id: 'b', score: 1, rank: 3 },
    ]);
    expect(standingsOf([], [])).toEqual([]);
  });
});

describe('describeChange', () => {
  it('puts the two sets of figures side by side with the rankings and gaps compared', () => {
    const figures = (on: string, scores: number[], missing: Array<{ a: string; b: string }>, connected: string[]) => ({
      on, standings: standingsOf(['x', 'y'], scores), connected: new Set(connected), missingPairs: missing, balance: missing.length ? 0.2 : 0.6, stakeholderCount: 2, tieCount: missing.length ? 0 : 1,
    });
    const change = describeChange(figures('2024-01-01', [2, 1], [{ a: 'GOVERNMENT', b: 'MEDIA' }], ['x']), figures('2025-01-01', [1, 3], [], ['x', 'y']), 'DEGREE', 5);
    expect(change).toMatchObject({ from: '2024-01-01', to: '2025-01-01', metric: 'DEGREE', balanceBefore: 0.2, balanceAfter: 0.6, tiesBefore: 0, tiesAfter: 1 });
    expect(change.rose.map((r) => r.stakeholderId)).toEqual(['y']);
    expect(change.fell.map((r) => r.stakeholderId)).toEqual(['x']);
    expect(change.gapsClosed).toEqual([{ a: 'GOVERNMENT', b: 'MEDIA' }]);
    // In the network = tied: y had no tie on the earlier date.
    expect(change).toMatchObject({ joined: ['y'], left: [] });
  });
});
