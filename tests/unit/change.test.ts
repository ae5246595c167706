import { describe, expect, it } from 'vitest';
import { compareRankings, comparePairs } from '../../src/analytics/change.js';

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

  it('lists who rose and who fell by places, who joined and who left', () => {
    const change = compareRankings(before, after, 10);
    expect(change.rose).toEqual([{ stakeholderId: 'c', rankBefore: 3, rankAfter: 1, scoreBefore: 0.2, scoreAfter: 0.4, rankChange: 2 }]);
    expect(change.fell.map((f) => [f.stakeholderId, f.rankChange])).toEqual([
      ['b', -2],
      ['a', -1],
    ]);
    expect(change.joined).toEqual(['new']);
    expect(change.left).toEqual(['gone']);
  });

  it('keeps at most `first` of each and nothing moves between equal rankings', () => {
    expect(compareRankings(before, after, 1).fell.map((f) => f.stakeholderId)).toEqual(['b']);
    expect(compareRankings(before, before, 10)).toEqual({ rose: [], fell: [], joined: [], left: [] });
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
