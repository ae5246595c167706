import { describe, expect, it } from 'vitest';
import { balanceScore, fillAbsentHelices, gapsFirst, helixBrokers, helixMatrix, isolatedStakeholders, siloedStakeholders, suggestPartnerships } from '../../../src/analytics/gap-analysis.js';
import { graphOf, networkOf } from './graphs.js';

const netOf = (...args: Parameters<typeof graphOf>) => networkOf(graphOf(...args));

// g1-g2 government pair, b1 business tied to g1, a1 academia reachable only through g2 (a broker),
// m1 media isolated, c1-c2 a community silo.
const helices = { g1: 'GOVERNMENT', g2: 'GOVERNMENT', b1: 'BUSINESS', a1: 'ACADEMIA', m1: 'MEDIA', c1: 'COMMUNITY', c2: 'COMMUNITY' } as const;
const graph = netOf([['g1', 'g2'], ['g1', 'b1'], ['g2', 'a1'], ['c1', 'c2']], helices);
const cell = (a: string, b: string) => helixMatrix(graph).find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))!;

describe('the helix matrix', () => {
  it('counts ties and densities per helix pair, diagonal included', () => {
    expect(helixMatrix(graph)).toHaveLength(15);
    expect(cell('GOVERNMENT', 'GOVERNMENT')).toMatchObject({ ties: 1, density: 1, gap: false });
    expect(cell('GOVERNMENT', 'BUSINESS')).toMatchObject({ ties: 1, density: 0.5 });
    expect(cell('BUSINESS', 'ACADEMIA')).toMatchObject({ ties: 0, gap: true });
    expect(cell('BUSINESS', 'BUSINESS')).toMatchObject({ ties: 0, density: 0, gap: false });
    expect(cell('MEDIA', 'GOVERNMENT')).toMatchObject({ ties: 0, gap: true });
  });
  it('flags pairs far below random mixing as weak', () => {
    // 40 government-business ties and one government-academia tie among many possible pairs.
    const edges: Array<[string, string]> = [];
    const h: Record<string, 'GOVERNMENT' | 'BUSINESS' | 'ACADEMIA'> = {};
    for (let i = 0; i < 10; i++) {
      h[`g${i}`] = 'GOVERNMENT';
      h[`b${i}`] = 'BUSINESS';
      h[`a${i}`] = 'ACADEMIA';
      for (let j = 0; j < 4; j++) edges.push([`g${i}`, `b${(i + j) % 10}`]);
    }
    edges.push(['g0', 'a0']);
    const weak = helixMatrix(netOf(edges, h)).find((c) => c.a === 'GOVERNMENT' && c.b === 'ACADEMIA')!;
    expect(weak).toMatchObject({ ties: 1, weak: true, gap: false });
  });
});

describe('silos, isolation and brokers', () => {
  it('finds siloed and isolated stakeholders', () => {
    expect(siloedStakeholders(graph)).toEqual(['c1', 'c2']);
    expect(isolatedStakeholders(graph)).toEqual(['m1']);
  });
  it('names the single points of failure between helices and what they separate', () => {
    const brokers = helixBrokers(graph);
    const g2 = brokers.find((b) => b.id === 'g2')!;
    expect(g2.separates).toEqual(expect.arrayContaining([['GOVERNMENT', 'ACADEMIA'], ['BUSINESS', 'ACADEMIA']]));
    const g1 = brokers.find((b) => b.id === 'g1')!;
    expect(g1.separates).toEqual(expect.arrayContaining([['GOVERNMENT', 'BUSINESS'], ['BUSINESS', 'ACADEMIA']]));
    expect(brokers.map((b) => b.id)).not.toContain('c1');
  });
  it('finds no broker where a cycle gives a second route', () => {
    const ring = netOf([['g1', 'b1'], ['b1', 'a1'], ['a1', 'g1']], { g1: 'GOVERNMENT', b1: 'BUSINESS', a1: 'ACADEMIA' });
    expect(helixBrokers(ring)).toEqual([]);
  });
});

describe('suggested partnerships', () => {
  const h = { u: 'ACADEMIA', v: 'BUSINESS', w: 'BUSINESS', x: 'GOVERNMENT', y: 'GOVERNMENT', parent: 'BUSINESS', unit: 'ACADEMIA', z: 'COMMUNITY' } as const;
  // u and v share partners x and y; u and w share only x; unit is part of parent's hierarchy.
  const g = graphOf(
    [['u', 'x'], ['u', 'y'], ['v', 'x'], ['v', 'y'], ['w', 'x'], ['unit', 'z'], ['parent', 'z'], ['u', 'z']],
    h,
    { unit: { ancestors: ['parent'] } },
  );
  const suggestions = suggestPartnerships(networkOf(g), 20);
  const pairs = suggestions.map((s) => [s.a, s.b].sort().join('+'));
  it('ranks two shared partners above one and explains by name', () => {
    expect(pairs.indexOf('u+v')).toBeLessThan(pairs.indexOf('u+w'));
    const uv = suggestions.find((s) => [s.a, s.b].sort().join('+') === 'u+v')!;
    expect(uv.commonPartners.sort()).toEqual(['x', 'y']);
    expect(uv.reason).toMatch(/^U and V both work with [XY] and [XY]/);
  });
  it('never proposes an existing tie, a same-helix pair or a pair within one hierarchy', () => {
    for (const s of suggestions) {
      expect(g.hasEdge(s.a, s.b)).toBe(false);
      expect(g.getNodeAttribute(s.a, 'helix')).not.toBe(g.getNodeAttribute(s.b, 'helix'));
    }
    expect(pairs).not.toContain('parent+unit');
    expect(pairs).not.toContain('v+w');
  });
  it('marks and boosts pairs that close a helix gap', () => {
    const uv = suggestions.find((s) => [s.a, s.b].sort().join('+') === 'u+v')!;
    expect(uv).toMatchObject({ closesGap: true });
    expect(uv.reason).toMatch(/the first ACADEMIA–BUSINESS tie in this scope/);
  });
});

describe('balance', () => {
  it('is 0 for a single-helix network and 1 when all five helices work together evenly', () => {
    expect(balanceScore(netOf([['a', 'b'], ['b', 'c']])).score).toBe(0);
    const five = ['GOVERNMENT', 'BUSINESS', 'ACADEMIA', 'COMMUNITY', 'MEDIA'] as const;
    const h = Object.fromEntries(five.map((x, i) => [`n${i}`, x]));
    const complete: Array<[string, string]> = [];
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) complete.push([`n${i}`, `n${j}`]);
    const balance = balanceScore(netOf(complete, h));
    expect(balance.score).toBeCloseTo(1, 6);
    expect(balance.helixShares.every((s) => s.share === 0.2)).toBe(true);
  });
});

describe('who could fill a helix the scope lacks', () => {
  // The whole network: a scope of g1, g2, b1 (no academia, no media); a2 works with g1 and g2
  // outside the scope, a3 with nobody in it; m9 is media with one partner elsewhere.
  const whole = graphOf(
    [['g1', 'g2'], ['g1', 'b1'], ['a2', 'g1'], ['a2', 'g2'], ['a3', 'x1'], ['a3', 'x2'], ['a3', 'x3'], ['m9', 'x1'], ['x1', 'b1']],
    { g1: 'GOVERNMENT', g2: 'GOVERNMENT', b1: 'BUSINESS', a2: 'ACADEMIA', a3: 'ACADEMIA', m9: 'MEDIA', x1: 'COMMUNITY', x2: 'COMMUNITY', x3: 'COMMUNITY' },
  );
  const scoped = whole.copy();
  for (const id of ['a2', 'a3', 'm9', 'x1', 'x2', 'x3']) scoped.dropNode(id);

  it('suggests, per absent helix, stakeholders from outside the scope that already work with it first', () => {
    const fills = fillAbsentHelices(networkOf(scoped), networkOf(whole));
    const academia = fills.filter((s) => s.fillsAbsentHelix === 'ACADEMIA');
    expect(academia.map((s) => s.b)).toEqual(['a2', 'a3']);
    // a2 already works with g1 and g2: it is paired with the scope member it is not yet tied to.
    expect(academia[0]).toMatchObject({ a: 'b1', closesGap: true });
    expect(academia[0]!.reason).toMatch(/No ACADEMIA .*A2 already works with G1 and G2 here/);
    expect(fills.find((s) => s.fillsAbsentHelix === 'MEDIA')).toMatchObject({ a: 'b1', b: 'm9', commonPartners: ['x1'] });
    expect(fills.find((s) => s.fillsAbsentHelix === 'COMMUNITY')?.b).toBe('x1');
    expect(fills.some((s) => s.fillsAbsentHelix === 'GOVERNMENT' || s.fillsAbsentHelix === 'BUSINESS')).toBe(false);
  });

  it('puts the fills first, then pairs across a gap, then the rest', () => {
    const fills = fillAbsentHelices(networkOf(scoped), networkOf(whole));
    const pairs = suggestPartnerships(graph, 10);
    const ranked = gapsFirst(fills, pairs);
    expect(ranked.slice(0, fills.length)).toEqual(fills);
    const rest = ranked.slice(fills.length).map((s) => s.closesGap);
    expect(rest).toEqual([...rest].sort((x, y) => Number(y) - Number(x)));
  });

  it('gives every pair a reason naming both stakeholders', () => {
    for (const s of suggestPartnerships(graph, 10)) expect(s.reason).toContain(`${s.a.toUpperCase()} and ${s.b.toUpperCase()}`);
  });
});
