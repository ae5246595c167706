import { describe, expect, it } from 'vitest';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import closenessModule from 'graphology-metrics/centrality/closeness.js';
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { brokeredPairs, computeInfluence, helixMix, interop, personalizedPageRank, rank, toCsr } from '../../../src/analytics/centrality.js';
import { graphOf, randomGraph } from './graphs.js';

const star = graphOf([['c', 'l1'], ['c', 'l2'], ['c', 'l3'], ['c', 'l4'], ['c', 'l5']]);
const path5 = graphOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
const clique = (p: string) => [0, 1, 2, 3].flatMap((i) => [0, 1, 2, 3].filter((j) => j > i).map((j) => [`${p}${i}`, `${p}${j}`] as [string, string]));
const bridged = graphOf([...clique('x'), ...clique('y'), ['x0', 'y0']]);
const at = (table: ReturnType<typeof computeInfluence>, field: 'betweenness' | 'closeness' | 'pageRank' | 'reach' | 'degree', id: string) => table[field][table.csr.index.get(id)!]!;

describe('influence on a star', () => {
  const table = computeInfluence(star);
  it('puts the centre first on every measure', () => {
    // Centre: on every leaf-leaf shortest path (normalised betweenness 1), one hop from all.
    expect(at(table, 'betweenness', 'c')).toBeCloseTo(1, 6);
    expect(at(table, 'betweenness', 'l1')).toBe(0);
    expect(at(table, 'closeness', 'c')).toBeCloseTo(1, 6);
    // Leaf: distances 1 + 4 x 2 = 9 to the 5 others, so 5/9.
    expect(at(table, 'closeness', 'l1')).toBeCloseTo(5 / 9, 6);
    expect(at(table, 'degree', 'c')).toBe(5);
    expect(at(table, 'reach', 'l1')).toBe(5);
  });
  it('matches the closed form of PageRank (damping 0.85)', () => {
    // c = 0.15/6 + 0.85 x 5L and L = 0.15/6 + 0.85 x c/5 give c = 0.13125 / 0.2775.
    expect(at(table, 'pageRank', 'c')).toBeCloseTo(0.13125 / 0.2775, 4);
    expect(at(table, 'pageRank', 'l3')).toBeCloseTo(0.025 + 0.17 * (0.13125 / 0.2775), 4);
    expect(rank(table, 'PAGERANK', 2).map((r) => r.id)).toEqual(['c', 'l1']);
  });
});

describe('influence on a path of five', () => {
  const table = computeInfluence(path5);
  it('has the betweenness of a line: pairs separated over pairs possible', () => {
    expect(at(table, 'betweenness', 'b')).toBeCloseTo(3 / 6, 6);
    expect(at(table, 'betweenness', 'c')).toBeCloseTo(4 / 6, 6);
    expect(at(table, 'betweenness', 'a')).toBe(0);
  });
  it('finds every inner node an articulation point and every tie a bridge', () => {
    expect(table.csr.ids.filter((_, i) => table.articulation[i]).sort()).toEqual(['b', 'c', 'd']);
    expect(table.bridges).toHaveLength(4);
  });
  it('ranks the target\'s neighbours first for personalised PageRank', () => {
    const csr = toCsr(path5);
    const scores = personalizedPageRank(csr, csr.index.get('c')!);
    const others = csr.ids.filter((id) => id !== 'c').sort((x, y) => scores[csr.index.get(y)!]! - scores[csr.index.get(x)!]!);
    expect(others.slice(0, 2).sort()).toEqual(['b', 'd']);
    expect(scores[csr.index.get('b')!]).toBeCloseTo(scores[csr.index.get('d')!]!, 9);
  });
});

describe('two cliques joined by a bridge', () => {
  const table = computeInfluence(bridged, { seed: 3 });
  it('finds the bridge, its two ends as cut points, and two communities', () => {
    expect(table.bridges).toEqual([['x0', 'y0']]);
    expect(table.csr.ids.filter((_, i) => table.articulation[i]).sort()).toEqual(['x0', 'y0']);
    const community = (id: string) => table.community[table.csr.index.get(id)!];
    expect(new Set(['x0', 'x1', 'x2', 'x3'].map(community)).size).toBe(1);
    expect(community('x1')).not.toBe(community('y1'));
    expect(table.modularity).toBeGreaterThan(0.3);
  });
  it('explains the brokers by their partners who are not tied to each other', () => {
    const { csr } = table;
    expect(brokeredPairs(csr, csr.index.get('x0')!, 5).every(([a, b]) => [a, b].includes('y0'))).toBe(true);
    expect(brokeredPairs(csr, csr.index.get('x1')!, 5)).toEqual([]);
  });
});

describe('edge cases and helix diversity', () => {
  it('handles an empty graph and a single stakeholder', () => {
    expect(computeInfluence(graphOf([])).csr.ids).toEqual([]);
    const single = computeInfluence(graphOf([], { alone: 'MEDIA' }));
    expect(Array.from(single.pageRank)).toEqual([1]);
    expect(single.betweenness[0]).toBe(0);
  });
  it('is 1 with one partner in each helix and 0 with partners of one helix', () => {
    const spread = graphOf([['h', 'g'], ['h', 'b'], ['h', 'a'], ['h', 'c'], ['h', 'm']], { g: 'GOVERNMENT', b: 'BUSINESS', a: 'ACADEMIA', c: 'COMMUNITY', m: 'MEDIA' });
    const mix = (graph: typeof star, id: string) => {
      const table = computeInfluence(graph);
      return helixMix(table.csr, table.helices, table.csr.index.get(id)!);
    };
    expect(mix(spread, 'h').diversity).toBeCloseTo(1, 9);
    expect(mix(star, 'c')).toMatchObject({ diversity: 0, partnersByHelix: { COMMUNITY: 5, MEDIA: 0 } });
  });
});

describe('sampled betweenness on a larger graph', () => {
  it('stays close to exact betweenness and agrees on the top brokers', () => {
    const graph = randomGraph(1500, 2, 11);
    const exact = computeInfluence(graph);
    const sampled = computeInfluence(graph, { exactLimit: 100, pivots: 400, seed: 5 });
    expect(exact.betweennessExact).toBe(true);
    expect(sampled.betweennessExact).toBe(false);
    const top = (t: typeof exact) => new Set(rank(t, 'BETWEENNESS', 5).map((r) => r.id));
    const overlap = [...top(exact)].filter((id) => top(sampled).has(id)).length;
    expect(overlap).toBeGreaterThanOrEqual(4);
    const topId = rank(exact, 'BETWEENNESS', 1)[0]!.id;
    const i = exact.csr.index.get(topId)!;
    expect(Math.abs(sampled.betweenness[sampled.csr.index.get(topId)!]! - exact.betweenness[i]!) / exact.betweenness[i]!).toBeLessThan(0.15);
    const closeTop = rank(exact, 'CLOSENESS', 1)[0]!.id;
    expect(rank(sampled, 'CLOSENESS', 5).map((r) => r.id)).toContain(closeTop);
  }, 30_000);
});

describe('against graphology-metrics on random graphs', () => {
  it('gives the library\'s PageRank, eigenvector, betweenness and closeness', () => {
    for (const seed of [1, 2, 3]) {
      const graph = randomGraph(200, 2, seed);
      graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, 'weight', 1 + ((seed * edge.length) % 3)));
      const table = computeInfluence(graph);
      const library = {
        pageRank: interop(pagerankModule)(graph, { getEdgeWeight: 'weight', alpha: 0.85, tolerance: 1e-9, maxIterations: 200 }),
        eigenvector: interop(eigenvectorModule)(graph, { getEdgeWeight: 'weight', maxIterations: 500, tolerance: 1e-6 }),
        betweenness: interop(betweennessModule)(graph, { getEdgeWeight: null, normalized: true }),
        closeness: interop(closenessModule)(graph, { wassermanFaust: true }),
      };
      const maxEigenvector = Math.max(...Object.values(library.eigenvector));
      table.csr.ids.forEach((id, i) => {
        expect(table.pageRank[i]).toBeCloseTo(library.pageRank[id]!, 8);
        expect(table.eigenvector[i]).toBeCloseTo(library.eigenvector[id]! / maxEigenvector, 5);
        expect(table.betweenness[i]).toBeCloseTo(library.betweenness[id]!, 12);
        expect(table.closeness[i]).toBeCloseTo(library.closeness[id]!, 12);
      });
    }
  }, 30_000);
});
