import { dijkstra } from 'graphology-shortest-path';
import type { Helix, StakeholderKind } from '../domain/vocabulary.js';
import type { TieAttributes, TieGraph } from './projection.js';

/**
 * Weighted and k-best paths and group connectors over the tie graph. The searches themselves
 * are graphology-shortest-path's bidirectional Dijkstra; what is written here is what the
 * library does not offer: intermediary filters, a hop bound, Yen's k-shortest loopless paths
 * and the Kou-Markowsky-Berman Steiner tree.
 */

export interface RouteOptions {
  maxHops: number;
  onlyHelices?: Helix[];
  onlyKinds?: StakeholderKind[];
  avoid: string[];
  weighted: boolean;
}

export type NoPathReason = 'NO_PATH' | 'MAX_HOPS_EXCEEDED' | 'TIMED_OUT';

export interface RouteResult {
  ids: string[] | null;
  reason?: NoPathReason;
  timedOut: boolean;
}

interface Exclusions {
  nodes?: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
}

/**
 * Edge costs for one search between two ends: the tie's cost (weighted) or 1 (fewest hops);
 * infinite through an excluded or filtered-out intermediary. The library still walks infinite
 * edges last, so a path whose cost is infinite means "no allowed path".
 */
function edgeCosts(graph: TieGraph, options: RouteOptions, ends: [string, string], exclusions: Exclusions = {}) {
  const helices = options.onlyHelices ? new Set<string>(options.onlyHelices) : null;
  const kinds = options.onlyKinds ? new Set<string>(options.onlyKinds) : null;
  const avoid = new Set(options.avoid);
  const allowed = new Map<string, boolean>();
  const isAllowed = (node: string) => {
    if (node === ends[0] || node === ends[1]) return true;
    let ok = allowed.get(node);
    if (ok === undefined) {
      const attributes = graph.getNodeAttributes(node);
      ok = !avoid.has(node) && !exclusions.nodes?.has(node) && (!helices || helices.has(attributes.helix)) && (!kinds || kinds.has(attributes.kind));
      allowed.set(node, ok);
    }
    return ok;
  };
  return (edge: string, attributes: TieAttributes): number => {
    if (exclusions.edges?.has(edge)) return Infinity;
    const [source, target] = graph.extremities(edge);
    if (!isAllowed(source) || !isAllowed(target)) return Infinity;
    return options.weighted ? attributes.cost : 1;
  };
}

export function pathCost(graph: TieGraph, ids: string[], cost: (edge: string, attributes: TieAttributes) => number): number {
  let total = 0;
  for (let i = 1; i < ids.length; i++) {
    const edge = graph.edge(ids[i - 1]!, ids[i]!);
    if (edge === undefined) return Infinity;
    total += cost(edge, graph.getEdgeAttributes(edge));
  }
  return total;
}

function search(graph: TieGraph, from: string, to: string, cost: (edge: string, attributes: TieAttributes) => number): string[] | null {
  const ids = dijkstra.bidirectional(graph, from, to, cost) as string[] | null;
  return ids && Number.isFinite(pathCost(graph, ids, cost)) ? ids : null;
}

/**
 * Cheapest path of at most `maxHops` hops, by dynamic programming over hop layers (written here:
 * Dijkstra cannot bound hops). A node is expanded from a layer only when that layer improved on
 * every earlier one, which keeps the work near one Dijkstra's on sparse graphs.
 */
export function hopBoundedPath(graph: TieGraph, from: string, to: string, maxHops: number, cost: (edge: string, attributes: TieAttributes) => number): string[] | null {
  const best = new Map<string, number>([[from, 0]]);
  const layers: Array<Map<string, { cost: number; parent: string }>> = [];
  let frontier = new Map<string, number>([[from, 0]]);
  for (let hop = 1; hop <= maxHops && frontier.size > 0; hop++) {
    const layer = new Map<string, { cost: number; parent: string }>();
    for (const [node, base] of frontier) {
      if (node === to) continue;
      graph.forEachEdge(node, (edge, attributes, source, target) => {
        const next = source === node ? target : source;
        const total = base + cost(edge, attributes);
        if (!Number.isFinite(total)) return;
        const current = layer.get(next);
        if (!current || total < current.cost) layer.set(next, { cost: total, parent: node });
      });
    }
    layers.push(layer);
    frontier = new Map();
    for (const [node, entry] of layer) {
      const previous = best.get(node);
      if (previous === undefined || entry.cost < previous) {
        best.set(node, entry.cost);
        frontier.set(node, entry.cost);
      }
    }
  }
  let bestHop = -1;
  let bestCost = Infinity;
  layers.forEach((layer, i) => {
    const entry = layer.get(to);
    if (entry && entry.cost < bestCost) {
      bestCost = entry.cost;
      bestHop = i;
    }
  });
  if (bestHop < 0) return null;
  const ids = [to];
  for (let hop = bestHop, node = to; hop >= 0; hop--) {
    node = layers[hop]!.get(node)!.parent;
    ids.push(node);
  }
  return ids.reverse();
}

/** Cheapest (weighted) or fewest-hop path honouring the filters and the hop bound. */
export function shortestRoute(graph: TieGraph, from: string, to: string, options: RouteOptions, deadline: number): RouteResult {
  if (Date.now() > deadline) return { ids: null, reason: 'TIMED_OUT', timedOut: true };
  if (from === to) return { ids: [from], timedOut: false };
  const cost = edgeCosts(graph, options, [from, to]);
  const unbounded = search(graph, from, to, cost);
  if (!unbounded) return { ids: null, reason: 'NO_PATH', timedOut: false };
  if (unbounded.length - 1 <= options.maxHops) return { ids: unbounded, timedOut: false };
  const bounded = hopBoundedPath(graph, from, to, options.maxHops, cost);
  return bounded ? { ids: bounded, timedOut: Date.now() > deadline } : { ids: null, reason: 'MAX_HOPS_EXCEEDED', timedOut: false };
}

const key = (ids: string[]) => ids.join('\u0000');

/**
 * Yen's k shortest loopless paths (written here: no maintained JS library offers it), each
 * spur search being the library's Dijkstra with the root path's nodes and used edges excluded.
 * Candidates beyond maxHops are re-searched under the remaining hop budget.
 */
export function kShortestRoutes(graph: TieGraph, from: string, to: string, k: number, options: RouteOptions, deadline: number): { paths: string[][]; reason?: NoPathReason; timedOut: boolean } {
  const first = shortestRoute(graph, from, to, options, deadline);
  if (!first.ids) return { paths: [], reason: first.reason, timedOut: first.timedOut };
  const baseCost = edgeCosts(graph, options, [from, to]);
  const accepted: string[][] = [first.ids];
  const candidates: Array<{ ids: string[]; cost: number }> = [];
  const seen = new Set([key(first.ids)]);
  let timedOut = false;
  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1]!;
    for (let i = 0; i < previous.length - 1; i++) {
      if (Date.now() > deadline) {
        timedOut = true;
        break;
      }
      const spurNode = previous[i]!;
      const root = previous.slice(0, i + 1);
      const edges = new Set<string>();
      for (const path of accepted) {
        if (path.length > i + 1 && key(path.slice(0, i + 1)) === key(root)) {
          const edge = graph.edge(path[i]!, path[i + 1]!);
          if (edge !== undefined) edges.add(edge);
        }
      }
      const cost = edgeCosts(graph, options, [spurNode, to], { nodes: new Set(root.slice(0, -1)), edges });
      const budget = options.maxHops - i;
      let spur = search(graph, spurNode, to, cost);
      if (spur && spur.length - 1 > budget) spur = budget > 0 ? hopBoundedPath(graph, spurNode, to, budget, cost) : null;
      if (!spur) continue;
      const ids = [...root.slice(0, -1), ...spur];
      const id = key(ids);
      if (seen.has(id)) continue;
      seen.add(id);
      candidates.push({ ids, cost: pathCost(graph, ids, baseCost) });
    }
    if (timedOut || candidates.length === 0) break;
    candidates.sort((a, b) => a.cost - b.cost || (key(a.ids) < key(b.ids) ? -1 : 1));
    accepted.push(candidates.shift()!.ids);
  }
  return { paths: accepted, reason: accepted.length < k ? (timedOut ? 'TIMED_OUT' : 'NO_PATH') : undefined, timedOut };
}

export interface ConnectorTree {
  intermediaries: string[];
  edges: Array<[string, string]>;
  connected: boolean;
  unreachable: string[];
  method: string;
  timedOut: boolean;
}

export const STEINER_METHOD =
  'Kou-Markowsky-Berman Steiner tree approximation: metric closure of the group, minimum spanning tree, expansion into paths, spanning tree again, non-member leaves pruned; at most 2(1 - 1/l) times the optimum, l = leaves';

/** Prim's minimum spanning tree over a small complete or sparse weighted graph given as a cost function. */
function spanningTree(nodes: string[], costOf: (a: string, b: string) => number): Array<[string, string]> {
  if (nodes.length === 0) return [];
  const inTree = new Set([nodes[0]!]);
  const edges: Array<[string, string]> = [];
  while (inTree.size < nodes.length) {
    let best: [string, string] | null = null;
    let bestCost = Infinity;
    for (const a of inTree) {
      for (const b of nodes) {
        if (inTree.has(b)) continue;
        const c = costOf(a, b);
        if (c < bestCost) {
          bestCost = c;
          best = [a, b];
        }
      }
    }
    if (!best) break;
    inTree.add(best[1]);
    edges.push(best);
  }
  return edges;
}

/** The smallest set of intermediaries found that links the group (KMB, see STEINER_METHOD). */
export function connectGroup(graph: TieGraph, terminals: string[], options: RouteOptions, deadline: number): ConnectorTree {
  const group = [...new Set(terminals)];
  const anchor = group[0]!;
  const paths = new Map<string, string[]>();
  const distance = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  let timedOut = false;
  for (let i = 0; i < group.length && !timedOut; i++) {
    for (let j = i + 1; j < group.length; j++) {
      if (Date.now() > deadline) {
        timedOut = true;
        break;
      }
      const a = group[i]!;
      const b = group[j]!;
      const found = shortestRoute(graph, a, b, { ...options, maxHops: Number.MAX_SAFE_INTEGER }, deadline);
      if (found.ids) {
        paths.set(pairKey(a, b), found.ids);
        distance.set(pairKey(a, b), pathCost(graph, found.ids, edgeCosts(graph, options, [a, b])));
      }
    }
  }
  const closure = (a: string, b: string) => distance.get(pairKey(a, b)) ?? Infinity;
  const reachable = new Set([anchor]);
  for (const [a, b] of spanningTree(group, closure)) {
    if (Number.isFinite(closure(a, b))) {
      reachable.add(a);
      reachable.add(b);
    }
  }
  const members = group.filter((g) => reachable.has(g));
  const unreachable = group.filter((g) => !reachable.has(g));

  // Expand the closure tree into real ties, span that subgraph again, then prune.
  const expanded = new Map<string, number>();
  const subNodes = new Set<string>(members);
  for (const [a, b] of spanningTree(members, closure)) {
    const ids = paths.get(pairKey(a, b)) ?? [];
    for (let i = 1; i < ids.length; i++) {
      const edge = graph.edge(ids[i - 1]!, ids[i]!)!;
      const c = options.weighted ? graph.getEdgeAttribute(edge, 'cost') : 1;
      expanded.set(pairKey(ids[i - 1]!, ids[i]!), c);
      subNodes.add(ids[i - 1]!);
      subNodes.add(ids[i]!);
    }
  }
  let tree = spanningTree([...subNodes], (a, b) => expanded.get(pairKey(a, b)) ?? Infinity).filter(([a, b]) => expanded.has(pairKey(a, b)));
  const memberSet = new Set(members);
  for (let pruned = true; pruned; ) {
    pruned = false;
    const degree = new Map<string, number>();
    for (const [a, b] of tree) {
      degree.set(a, (degree.get(a) ?? 0) + 1);
      degree.set(b, (degree.get(b) ?? 0) + 1);
    }
    const next = tree.filter(([a, b]) => !((degree.get(a) === 1 && !memberSet.has(a)) || (degree.get(b) === 1 && !memberSet.has(b))));
    pruned = next.length < tree.length;
    tree = next;
  }
  const inTree = new Set(tree.flat());
  return {
    intermediaries: [...inTree].filter((n) => !memberSet.has(n)).sort(),
    edges: tree,
    connected: unreachable.length === 0 && !timedOut,
    unreachable,
    method: STEINER_METHOD,
    timedOut,
  };
}
