import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import closenessModule from 'graphology-metrics/centrality/closeness.js';
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { HELICES, type Helix } from '../domain/vocabulary.js';
import { seededRandom } from '../random.js';
import type { TieGraph } from './projection.js';

/**
 * These packages are CommonJS typed as `export default`: under NodeNext the import is the
 * module.exports function at run time but typed as a namespace with `default`. Accept both.
 */
export const interop = <T>(module: { default: T }): T => ((module as { default?: T }).default ?? (module as unknown as T));
const louvain = interop(louvainModule);
const betweennessCentrality = interop(betweennessModule);
const closenessCentrality = interop(closenessModule);
const eigenvectorCentrality = interop(eigenvectorModule);
const pagerank = interop(pagerankModule);

/** What the library's indexed Brandes returns, as its JavaScript has it (the typings omit the index). */
interface IndexedBrandes {
  (source: number): [{ size: number; items: ArrayLike<number>; pop(): number | undefined }, number[][], ArrayLike<number>];
  index: { nodes: string[] };
}

/**
 * Influence measures over the tie graph. graphology-metrics computes PageRank, eigenvector,
 * and (on graphs up to EXACT_LIMIT) exact betweenness and closeness; graphology-communities-
 * louvain the communities. Written here, because no installed library offers them: pivot-
 * sampled betweenness and closeness for large graphs, personalised PageRank, two-step reach,
 * helix diversity, and articulation points and bridges (iterative, so 100k nodes cannot
 * overflow the stack). They run over a CSR index built once per graph.
 *
 * | metric           | normalisation                                                            |
 * |------------------|--------------------------------------------------------------------------|
 * | DEGREE           | number of partners                                                        |
 * | WEIGHTED_DEGREE  | sum of tie weights                                                        |
 * | PAGERANK         | weighted, damping 0.85; sums to 1 over the scope                          |
 * | BETWEENNESS      | share of shortest paths between other pairs through the node, in [0, 1]   |
 * | CLOSENESS        | Wasserman-Faust: (r-1)/(n-1) x (r-1)/sum of distances to the r reachable  |
 * | EIGENVECTOR      | weighted, scaled so the largest is 1                                      |
 * | REACH            | stakeholders within two hops                                              |
 * | HELIX_DIVERSITY  | entropy of partners' helices / ln 5, in [0, 1]                            |
 */

export const INFLUENCE_METRICS = ['DEGREE', 'WEIGHTED_DEGREE', 'PAGERANK', 'BETWEENNESS', 'CLOSENESS', 'EIGENVECTOR', 'REACH', 'HELIX_DIVERSITY'] as const;
export type InfluenceMetric = (typeof INFLUENCE_METRICS)[number];

/** Above this many stakeholders, betweenness and closeness are estimated from pivots. */
export const EXACT_LIMIT = 5_000;
export const DEFAULT_PIVOTS = 256;

export interface Csr {
  ids: string[];
  index: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** The graph as compressed adjacency lists, each tie twice, with one edge attribute as the weight. */
export function toCsr(graph: TieGraph, attribute: 'weight' | 'cost' = 'weight'): Csr {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => {
    offsets[i + 1] = offsets[i]! + graph.degree(id);
  });
  const targets = new Int32Array(offsets[ids.length]!);
  const weights = new Float64Array(targets.length);
  const fill = Int32Array.from(offsets.subarray(0, ids.length));
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    targets[fill[s]!] = t;
    weights[fill[s]!++] = attributes[attribute];
    targets[fill[t]!] = s;
    weights[fill[t]!++] = attributes[attribute];
  });
  return { ids, index, offsets, targets, weights };
}

function pivots(n: number, k: number, random: () => number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < Math.min(k, n); i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, Math.min(k, n));
}

/**
 * Betweenness from `k` random sources (Brandes-Pich), scaled by n/k: unbiased, with a standard
 * error that shrinks as 1/sqrt(k). Uses the library's indexed Brandes for each source.
 */
function sampledBetweenness(graph: TieGraph, csr: Csr, k: number, random: () => number): Float64Array {
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const n = csr.ids.length;
  const byLibraryIndex = new Float64Array(n);
  const delta = new Float64Array(n);
  for (const source of pivots(n, k, random)) {
    const libraryIndex = brandes.index.nodes.indexOf(csr.ids[source]!);
    const [stack, predecessors, sigma] = brandes(libraryIndex);
    for (let j = 0; j < stack.size; j++) delta[stack.items[j]!] = 0;
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v] = delta[v]! + sigma[v]! * coefficient;
      if (w !== libraryIndex) byLibraryIndex[w] = byLibraryIndex[w]! + delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / Math.min(k, n) / ((n - 1) * (n - 2));
  const result = new Float64Array(n);
  brandes.index.nodes.forEach((id: string, i: number) => {
    result[csr.index.get(id)!] = byLibraryIndex[i]! * scale;
  });
  return result;
}

/** Breadth-first distances from one source; -1 where unreachable. */
function bfs(csr: Csr, source: number, distance: Int32Array, queue: Int32Array): void {
  distance.fill(-1);
  distance[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++]!;
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      if (distance[v] === -1) {
        distance[v] = distance[u]! + 1;
        queue[tail++] = v;
      }
    }
  }
}

/**
 * Wasserman-Faust closeness estimated from `k` pivots (Eppstein-Wang): each node's mean
 * distance to the pivots it can reach stands for its mean distance to everything it reaches.
 */
function sampledCloseness(csr: Csr, k: number, random: () => number): Float64Array {
  const n = csr.ids.length;
  const sum = new Float64Array(n);
  const hits = new Int32Array(n);
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  const componentSize = components(csr);
  for (const p of pivots(n, k, random)) {
    bfs(csr, p, distance, queue);
    for (let u = 0; u < n; u++) {
      if (distance[u]! > 0) {
        sum[u] = sum[u]! + distance[u]!;
        hits[u] = hits[u]! + 1;
      }
    }
  }
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const reachable = componentSize[u]! - 1;
    if (reachable <= 0 || hits[u] === 0 || n <= 1) continue;
    const meanDistance = sum[u]! / hits[u]!;
    result[u] = (reachable / (n - 1)) * (1 / meanDistance);
  }
  return result;
}

/** Size of each node's connected component. */
function components(csr: Csr): Int32Array {
  const n = csr.ids.length;
  const label = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const stack = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    const id = sizes.length;
    let top = 0;
    stack[top++] = s;
    label[s] = id;
    let size = 0;
    while (top > 0) {
      const u = stack[--top]!;
      size++;
      for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
        const v = csr.targets[e]!;
        if (label[v] === -1) {
          label[v] = id;
          stack[top++] = v;
        }
      }
    }
    sizes.push(size);
  }
  return Int32Array.from(label, (l) => sizes[l]!);
}

/** Number of stakeholders within two hops of each one (a stamp array avoids a set per node). */
function twoStepReach(csr: Csr): Int32Array {
  const n = csr.ids.length;
  const stamp = new Int32Array(n).fill(-1);
  const reach = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    stamp[u] = u;
    let count = 0;
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const v = csr.targets[e]!;
      if (stamp[v] !== u) {
        stamp[v] = u;
        count++;
      }
      for (let f = csr.offsets[v]!; f < csr.offsets[v + 1]!; f++) {
        const w = csr.targets[f]!;
        if (stamp[w] !== u) {
          stamp[w] = u;
          count++;
        }
      }
    }
    reach[u] = count;
  }
  return reach;
}

/** Partners per helix, and the normalised entropy of that distribution. */
export function helixMix(graph: TieGraph, id: string): { partnersByHelix: Record<Helix, number>; diversity: number } {
  const partnersByHelix = Object.fromEntries(HELICES.map((h) => [h, 0])) as Record<Helix, number>;
  graph.forEachNeighbor(id, (_neighbor, attributes) => {
    partnersByHelix[attributes.helix]++;
  });
  const total = HELICES.reduce((s, h) => s + partnersByHelix[h], 0);
  let entropy = 0;
  for (const h of HELICES) {
    const p = total ? partnersByHelix[h] / total : 0;
    if (p > 0) entropy -= p * Math.log(p);
  }
  return { partnersByHelix, diversity: total ? entropy / Math.log(HELICES.length) : 0 };
}

export interface DepthFirst {
  articulation: Uint8Array;
  bridges: Array<[number, number]>;
  discovery: Int32Array;
  low: Int32Array;
  /** DFS parent, -1 for a root. */
  parent: Int32Array;
  /** Nodes in the order the search finished them (children before parents). */
  postorder: Int32Array;
}

/** Articulation points and bridges by an iterative Hopcroft-Tarjan depth-first search. */
export function cutPoints(csr: Csr): DepthFirst {
  const n = csr.ids.length;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextEdge = new Int32Array(n);
  const articulation = new Uint8Array(n);
  const bridges: Array<[number, number]> = [];
  const stack = new Int32Array(n);
  const postorder = new Int32Array(n);
  let finished = 0;
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    discovery[root] = low[root] = time++;
    nextEdge[root] = csr.offsets[root]!;
    let rootChildren = 0;
    while (top > 0) {
      const u = stack[top - 1]!;
      if (nextEdge[u]! < csr.offsets[u + 1]!) {
        const v = csr.targets[nextEdge[u]!++]!;
        if (discovery[v] === -1) {
          parent[v] = u;
          discovery[v] = low[v] = time++;
          nextEdge[v] = csr.offsets[v]!;
          stack[top++] = v;
          if (u === root) rootChildren++;
        } else if (v !== parent[u]) {
          low[u] = Math.min(low[u]!, discovery[v]!);
        }
      } else {
        top--;
        postorder[finished++] = u;
        const p = parent[u]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[u]!);
          if (low[u]! > discovery[p]!) bridges.push(p < u ? [p, u] : [u, p]);
          if (p !== root && low[u]! >= discovery[p]!) articulation[p] = 1;
        }
      }
    }
    if (rootChildren > 1) articulation[root] = 1;
  }
  return { articulation, bridges, discovery, low, parent, postorder };
}

/**
 * Personalised PageRank with restarts at the target, over weighted ties (power iteration,
 * damping 0.85, stops below 1e-9 total change or at 100 rounds). A high score means a random
 * walk from the target comes back through you often: you are well placed to influence it.
 */
export function personalizedPageRank(csr: Csr, target: number, alpha = 0.85): Float64Array {
  const n = csr.ids.length;
  const strength = new Float64Array(n);
  for (let u = 0; u < n; u++) for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) strength[u] = strength[u]! + csr.weights[e]!;
  let rank = new Float64Array(n);
  rank[target] = 1;
  for (let round = 0; round < 100; round++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      if (rank[u] === 0) continue;
      if (strength[u] === 0) {
        dangling += rank[u]!;
        continue;
      }
      const share = (alpha * rank[u]!) / strength[u]!;
      for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) next[csr.targets[e]!] = next[csr.targets[e]!]! + share * csr.weights[e]!;
    }
    next[target] = next[target]! + (1 - alpha) + alpha * dangling;
    let change = 0;
    for (let u = 0; u < n; u++) change += Math.abs(next[u]! - rank[u]!);
    rank = next;
    if (change < 1e-9) break;
  }
  return rank;
}

export interface InfluenceTable {
  csr: Csr;
  degree: Int32Array;
  weightedDegree: Float64Array;
  pageRank: Float64Array;
  betweenness: Float64Array;
  closeness: Float64Array;
  eigenvector: Float64Array;
  reach: Int32Array;
  helixDiversity: Float64Array;
  articulation: Uint8Array;
  bridges: Array<[string, string]>;
  community: Int32Array;
  modularity: number;
  betweennessExact: boolean;
  betweennessSamples: number;
  /** Milliseconds each measure took, for the benchmark. */
  timings: Record<string, number>;
}

const fromMapping = (csr: Csr, mapping: Record<string, number>) => Float64Array.from(csr.ids, (id) => mapping[id] ?? 0);

/** Eigenvector centrality; power iteration may not converge on some graphs (then zeros, logged by the caller). */
function safeEigenvector(graph: TieGraph, csr: Csr): Float64Array {
  if (graph.size === 0) return new Float64Array(csr.ids.length);
  try {
    const values = fromMapping(csr, eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 500, tolerance: 1e-6 }));
    const max = values.reduce((m, x) => Math.max(m, x), 0);
    return max > 0 ? values.map((x) => x / max) : values;
  } catch {
    return new Float64Array(csr.ids.length);
  }
}

/** Every measure for every stakeholder of the graph. */
export function computeInfluence(graph: TieGraph, options: { seed?: number; pivots?: number; exactLimit?: number } = {}): InfluenceTable {
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, fn: () => T): T => {
    const started = performance.now();
    const value = fn();
    timings[name] = Math.round((performance.now() - started) * 10) / 10;
    return value;
  };
  const csr = timed('index', () => toCsr(graph));
  const n = csr.ids.length;
  const random = seededRandom(options.seed ?? 1);
  const exact = n <= (options.exactLimit ?? EXACT_LIMIT);
  const samples = exact ? n : Math.min(options.pivots ?? DEFAULT_PIVOTS, n);
  const degree = Int32Array.from(csr.ids, (id) => graph.degree(id));
  const weightedDegree = new Float64Array(n);
  for (let u = 0; u < n; u++) for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) weightedDegree[u] = weightedDegree[u]! + csr.weights[e]!;
  const pageRank = timed('pagerank', () =>
    graph.size === 0 ? new Float64Array(n).fill(n ? 1 / n : 0) : fromMapping(csr, pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, tolerance: 1e-9, maxIterations: 200 })),
  );
  const betweenness = timed('betweenness', () =>
    n === 0 ? new Float64Array(0) : exact ? fromMapping(csr, betweennessCentrality(graph, { getEdgeWeight: null, normalized: true })) : sampledBetweenness(graph, csr, samples, random),
  );
  const closeness = timed('closeness', () =>
    n === 0 ? new Float64Array(0) : exact ? fromMapping(csr, closenessCentrality(graph, { wassermanFaust: true })) : sampledCloseness(csr, samples, random),
  );
  const cuts = timed('articulation_points', () => cutPoints(csr));
  const communities = timed('louvain', () =>
    n === 0 || graph.size === 0 ? { communities: {} as Record<string, number>, modularity: 0 } : louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 1) }),
  );
  return {
    csr,
    degree,
    weightedDegree,
    pageRank,
    betweenness,
    closeness,
    eigenvector: timed('eigenvector', () => safeEigenvector(graph, csr)),
    reach: timed('reach', () => twoStepReach(csr)),
    helixDiversity: timed('helix_diversity', () => Float64Array.from(csr.ids, (id) => helixMix(graph, id).diversity)),
    articulation: cuts.articulation,
    bridges: cuts.bridges.map(([a, b]) => [csr.ids[a]!, csr.ids[b]!]),
    community: Int32Array.from(csr.ids, (id, i) => communities.communities[id] ?? -1 - i),
    modularity: communities.modularity,
    betweennessExact: exact,
    betweennessSamples: samples,
    timings,
  };
}

export function metricValues(table: InfluenceTable, metric: InfluenceMetric): ArrayLike<number> {
  switch (metric) {
    case 'DEGREE':
      return table.degree;
    case 'WEIGHTED_DEGREE':
      return table.weightedDegree;
    case 'PAGERANK':
      return table.pageRank;
    case 'BETWEENNESS':
      return table.betweenness;
    case 'CLOSENESS':
      return table.closeness;
    case 'EIGENVECTOR':
      return table.eigenvector;
    case 'REACH':
      return table.reach;
    case 'HELIX_DIVERSITY':
      return table.helixDiversity;
  }
}

/** The top `first` stakeholders by a metric (ties broken by id, so ranks are stable). */
export function rank(table: InfluenceTable, metric: InfluenceMetric, first: number): Array<{ id: string; score: number; rank: number }> {
  const values = metricValues(table, metric);
  const order = Array.from({ length: table.csr.ids.length }, (_, i) => i);
  order.sort((a, b) => values[b]! - values[a]! || (table.csr.ids[a]! < table.csr.ids[b]! ? -1 : 1));
  return order.slice(0, first).map((i, r) => ({ id: table.csr.ids[i]!, score: values[i]!, rank: r + 1 }));
}

/** Pairs of a stakeholder's partners that are not tied to each other: the connections it brokers. */
export function brokeredPairs(graph: TieGraph, id: string, limit: number): Array<[string, string]> {
  const partners = graph.neighbors(id).sort((a, b) => graph.getEdgeAttribute(id, b, 'weight') - graph.getEdgeAttribute(id, a, 'weight') || (a < b ? -1 : 1));
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < partners.length && pairs.length < limit; i++) {
    for (let j = i + 1; j < partners.length && pairs.length < limit; j++) {
      if (!graph.hasEdge(partners[i]!, partners[j]!)) pairs.push([partners[i]!, partners[j]!]);
    }
  }
  return pairs;
}
