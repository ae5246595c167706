import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TieGraph } from '../../../src/analytics/projection.js';
import { hopBoundedPath, kShortestRoutes, shortestRoute, type RouteOptions } from '../../../src/analytics/routing.js';
import type { Helix } from '../../../src/domain/vocabulary.js';
import { graphOf } from './graphs.js';

/** Cheapest simple path of at most maxHops hops by enumerating every one: the reference answer. */
function bruteForce(graph: TieGraph, from: string, to: string, maxHops: number, options: RouteOptions): number | null {
  const helices = options.onlyHelices ? new Set<string>(options.onlyHelices) : null;
  const allowed = (id: string) => id === from || id === to || (!options.avoid.includes(id) && (!helices || helices.has(graph.getNodeAttribute(id, 'helix'))));
  let best: number | null = null;
  const walk = (node: string, seen: Set<string>, cost: number, hops: number) => {
    if (node === to) {
      best = best === null ? cost : Math.min(best, cost);
      return;
    }
    if (hops === maxHops) return;
    graph.forEachNeighbor(node, (next) => {
      if (seen.has(next) || !allowed(next)) return;
      seen.add(next);
      walk(next, seen, cost + (options.weighted ? graph.getEdgeAttribute(node, next, 'cost') : 1), hops + 1);
      seen.delete(next);
    });
  };
  walk(from, new Set([from]), 0, 0);
  return best;
}

const costOf = (graph: TieGraph, ids: string[], weighted: boolean) =>
  ids.slice(1).reduce((sum, id, i) => sum + (weighted ? graph.getEdgeAttribute(ids[i]!, id, 'cost') : 1), 0);

const HELICES: Helix[] = ['GOVERNMENT', 'BUSINESS', 'COMMUNITY'];

describe('hopBoundedPath', () => {
  it('finds the cheapest path within the hop bound, as exhaustive search does (random graphs, filters, avoided nodes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.array(fc.tuple(fc.nat(8), fc.nat(8), fc.double({ min: 0.1, max: 5, noNaN: true })), { minLength: 2, maxLength: 24 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.option(fc.subarray(HELICES, { minLength: 1 }), { nil: undefined }),
        fc.array(fc.nat(8), { maxLength: 2 }),
        (n, rawEdges, maxHops, weighted, onlyHelices, avoided) => {
          const edges = rawEdges.filter(([a, b]) => a % n !== b % n).map(([a, b, w]) => [`n${a % n}`, `n${b % n}`, w] as [string, string, number]);
          if (edges.length === 0) return;
          const graph = graphOf(edges, Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, HELICES[i % 3]!])));
          const nodes = graph.nodes().sort();
          const from = nodes[0]!;
          const to = nodes[nodes.length - 1]!;
          const options: RouteOptions = { maxHops, avoid: avoided.map((a) => `n${a % n}`).filter((id) => id !== from && id !== to), weighted, ...(onlyHelices ? { onlyHelices } : {}) };
          const expected = bruteForce(graph, from, to, maxHops, options);
          const found = hopBoundedPath(graph, from, to, maxHops, options);
          if (expected === null) {
            expect(found).toBeNull();
            return;
          }
          expect(found).not.toBeNull();
          expect(found![0]).toBe(from);
          expect(found![found!.length - 1]).toBe(to);
          expect(found!.length - 1).toBeLessThanOrEqual(maxHops);
          for (let i = 1; i < found!.length; i++) expect(graph.hasEdge(found![i - 1]!, found![i]!)).toBe(true);
          expect(costOf(graph, found!, weighted)).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('takes a dearer, shorter route when the cheapest one is too long', () => {
    // a-b-c-d-e is cheap (strong ties) but 4 hops; a-x-e is dear but 2.
    const graph = graphOf([['a', 'b', 5], ['b', 'c', 5], ['c', 'd', 5], ['d', 'e', 5], ['a', 'x', 0.2], ['x', 'e', 0.2]]);
    const options: RouteOptions = { maxHops: 6, avoid: [], weighted: true };
    expect(shortestRoute(graph, 'a', 'e', options, Date.now() + 1000).ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shortestRoute(graph, 'a', 'e', { ...options, maxHops: 3 }, Date.now() + 1000).ids).toEqual(['a', 'x', 'e']);
    expect(shortestRoute(graph, 'a', 'e', { ...options, maxHops: 3, avoid: ['x'] }, Date.now() + 1000)).toMatchObject({ ids: null, reason: 'MAX_HOPS_EXCEEDED' });
  });

  it('lets k-shortest routes exclude the ties of earlier routes under the hop bound', () => {
    const graph = graphOf([['a', 'b', 5], ['b', 'c', 5], ['c', 'd', 5], ['a', 'x', 1], ['x', 'd', 1], ['a', 'y', 0.5], ['y', 'd', 0.5]]);
    const found = kShortestRoutes(graph, 'a', 'd', 3, { maxHops: 2, avoid: [], weighted: true }, Date.now() + 1000);
    expect(found.paths).toEqual([['a', 'x', 'd'], ['a', 'y', 'd']]);
    expect(found.reason).toBe('NO_PATH');
  });
});
