import { dijkstra } from 'graphology-shortest-path';
import type { Helix, StakeholderKind } from '../domain/vocabulary.js';
import heapModule from 'mnemonist/heap.js';
import { interop, toCsr, type Csr } from './centrality.js';
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
  /** Ties that may not be crossed, as pairKey(a, b). */
  pairs?: ReadonlySet<string>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Which stakeholders a search may pass through: the ends always; others by the filters and exclusions. */
function nodeFilter(graph: TieGraph, options: RouteOptions, ends: [string, string], exclusions: Exclusions) {
  const helices = options.onlyHelices ? new Set<string>(options.onlyHelices) : null;
  const kinds = options.onlyKinds ? new Set<string>(options.onlyKinds) : null;
  const avoid = new Set(options.avoid);
  return (node: string): boolean => {
    if (node === ends[0] || node === ends[1]) return true;
    const attributes = graph.getNodeAttributes(node);
    return !avoid.has(node) && !exclusions.nodes?.has(node) && (!helices || helices.has(attributes.helix)) && (!kinds || kinds.has(attributes.kind));
  };
}

/**
 * Edge costs for one search between two ends: the tie's cost (weighted) or 1 (fewest hops);
 * infinite through an excluded or filtered-out intermediary. The library still walks infinite
 * edges last, so a path whose cost is infinite means "no allowed path".
 */
function edgeCosts(graph: TieGraph, options: RouteOptions, ends: [string, string], exclusions: Exclusions = {}) {
  const passes = nodeFilter(graph, options, ends, exclusions);
  const allowed = new Map<string, boolean>();
  const isAllowed = (node: string) => {
    let ok = allowed.get(node);
    if (ok === undefined) {
      ok = passes(node);
      allowed.set(node, ok);
    }
    return ok;
  };
  return (edge: string, attributes: TieAttributes): number => {
    const [source, target] = graph.extremities(edge);
    if (!isAllowed(source) || !isAllowed(target) || exclusions.pairs?.has(pairKey(source, target))) return Infinity;
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

const Heap = interop(heapModule);

/** Routing runs over a CSR copy of the graph with the traversal cost as weight, built once per graph. */
const routingIndexes = new WeakMap<TieGraph, Csr>();
function routingIndex(graph: TieGraph): Csr {
  let csr = routingIndexes.get(graph);
  if (!csr) {
    csr = toCsr(graph, 'cost');
    routingIndexes.set(graph, csr);
  }
  return csr;
}

/** Edge costs over the CSR: the same rules as edgeCosts (filters, exclusions, weighted or hops). */
function indexCosts(graph: TieGraph, csr: Csr, options: RouteOptions, ends: [string, string], exclusions: Exclusions) {
  const n = csr.ids.length;
  const passes = nodeFilter(graph, options, ends, exclusions);
  const allowed = Uint8Array.from(csr.ids, (id) => Number(passes(id)));
  const excluded = new Set<number>();
  for (const pair of exclusions.pairs ?? []) {
    const [a, b] = pair.split('\u0000').map((id) => csr.index.get(id));
    if (a !== undefined && b !== undefined) excluded.add(Math.min(a, b) * n + Math.max(a, b));
  }
  return (u: number, v: number, e: number): number => {
    if (!allowed[u] || !allowed[v] || (excluded.size > 0 && excluded.has(Math.min(u, v) * n + Math.max(u, v)))) return Infinity;
    return options.weighted ? csr.weights[e]! : 1;
  };
}

/** Hops from `source` to every node within `limit` hops over finite-cost ties (-1: further or unreachable). */
function hopsFrom(csr: Csr, source: number, limit: number, cost: (u: number, v: number, e: number) => number): Int32Array {
  const hops = new Int32Array(csr.ids.length).fill(-1);
  const queue = new Int32Array(csr.ids.length);
  let head = 0;
  let tail = 0;
  hops[source] = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++]!;
    if (hops[u]! >= limit) continue;
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      if (hops[v] !== -1 || !Number.isFinite(cost(u, v, e))) continue;
      hops[v] = hops[u]! + 1;
      queue[tail++] = v;
    }
  }
  return hops;
}

/** Cheapest cost from `source` to every node allowed by `within` (Dijkstra; stale heap entries skipped). */
function costsFrom(csr: Csr, source: number, within: (v: number) => boolean, cost: (u: number, v: number, e: number) => number): Float64Array {
  const distance = new Float64Array(csr.ids.length).fill(Infinity);
  const queue = new Heap<[number, number]>((a, b) => a[0] - b[0]);
  distance[source] = 0;
  queue.push([0, source]);
  for (let top = queue.pop(); top; top = queue.pop()) {
    const [d, u] = top;
    if (d > distance[u]!) continue;
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      if (!within(v)) continue;
      const next = d + cost(u, v, e);
      if (next >= distance[v]!) continue;
      distance[v] = next;
      queue.push([next, v]);
    }
  }
  return distance;
}

/**
 * Cheapest path of at most `maxHops` hops (written here: Dijkstra cannot bound hops), by
 * dynamic programming over hop layers, pruned so it stays near the two ends: a node is kept
 * only if the target is still within the remaining hops (a BFS from the target), and only if
 * its cost so far plus the cheapest unbounded cost to the target (a Dijkstra from the target
 * within that hop range: a lower bound) can still beat the best path known, starting from the
 * cheapest fewest-hop path. Exact: every pruned node provably cannot be on a better path.
 */
export function hopBoundedPath(graph: TieGraph, from: string, to: string, maxHops: number, options: RouteOptions, exclusions: Exclusions = {}): string[] | null {
  const csr = routingIndex(graph);
  const source = csr.index.get(from);
  const target = csr.index.get(to);
  if (source === undefined || target === undefined) return null;
  const cost = indexCosts(graph, csr, options, [from, to], exclusions);
  const hopsTo = hopsFrom(csr, target, maxHops, cost);
  if (hopsTo[source] === -1) return null;
  const costTo = costsFrom(csr, target, (v) => hopsTo[v] !== -1, cost);

  // Start from the cheapest of the fewest-hop paths found greedily: every step gets one hop closer.
  let bestPath = [source];
  let bestCost = 0;
  for (let u = source; u !== target; ) {
    let next = -1;
    let step = Infinity;
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      const c = cost(u, v, e);
      if (hopsTo[v] === hopsTo[u]! - 1 && c < step) {
        next = v;
        step = c;
      }
    }
    bestPath.push(next);
    bestCost += step;
    u = next;
  }

  const n = csr.ids.length;
  const best = new Float64Array(n).fill(Infinity);
  best[source] = 0;
  const layerCost: Float64Array[] = [];
  const layerParent: Int32Array[] = [];
  let frontier = [source];
  let found = -1;
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    const costs = new Float64Array(n).fill(Infinity);
    const parents = new Int32Array(n).fill(-1);
    const touched: number[] = [];
    const base = hop === 1 ? null : layerCost[hop - 2]!;
    for (const u of frontier) {
      const g = base ? base[u]! : 0;
      for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
        const v = csr.targets[e]!;
        if (hopsTo[v] === -1 || hop + hopsTo[v]! > maxHops) continue;
        const total = g + cost(u, v, e);
        if (!(total + costTo[v]! < bestCost) || total >= costs[v]!) continue;
        if (costs[v] === Infinity) touched.push(v);
        costs[v] = total;
        parents[v] = u;
      }
    }
    layerCost.push(costs);
    layerParent.push(parents);
    if (costs[target]! < bestCost) {
      bestCost = costs[target]!;
      found = hop;
    }
    frontier = touched.filter((v) => v !== target && costs[v]! < best[v]!);
    for (const v of frontier) best[v] = costs[v]!;
  }
  if (found > 0) {
    bestPath = [target];
    for (let hop = found - 1, v = target; hop >= 0; hop--) {
      v = layerParent[hop]![v]!;
      bestPath.push(v);
    }
    bestPath.reverse();
  }
  return bestPath.map((i) => csr.ids[i]!);
}

/** Cheapest (weighted) or fewest-hop path honouring the filters and the hop bound. */
export function shortestRoute(graph: TieGraph, from: string, to: string, options: RouteOptions, deadline: number): RouteResult {
  if (Date.now() > deadline) return { ids: null, reason: 'TIMED_OUT', timedOut: true };
  if (from === to) return { ids: [from], timedOut: false };
  const cost = edgeCosts(graph, options, [from, to]);
  const unbounded = search(graph, from, to, cost);
  if (!unbounded) return { ids: null, reason: 'NO_PATH', timedOut: false };
  if (unbounded.length - 1 <= options.maxHops) return { ids: unbounded, timedOut: false };
  const bounded = hopBoundedPath(graph, from, to, options.maxHops, options);
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
      const pairs = new Set<string>();
      for (const path of accepted) {
        if (path.length > i + 1 && key(path.slice(0, i + 1)) === key(root)) pairs.add(pairKey(path[i]!, path[i + 1]!));
      }
      const exclusions = { nodes: new Set(root.slice(0, -1)), pairs };
      const cost = edgeCosts(graph, options, [spurNode, to], exclusions);
      const budget = options.maxHops - i;
      let spur = search(graph, spurNode, to, cost);
      if (spur && spur.length - 1 > budget) spur = budget > 0 ? hopBoundedPath(graph, spurNode, to, budget, options, exclusions) : null;
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
