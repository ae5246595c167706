import louvainModule from 'graphology-communities-louvain';
import { HELICES, type Helix } from '../domain/vocabulary.js';
import { seededRandom } from '../random.js';
import type { TieGraph } from './projection.js';

/**
 * These packages are CommonJS typed as `export default`: under NodeNext the import is the
 * module.exports function at run time but typed as a namespace with `default`. Accept both.
 */
export const interop = <T>(module: { default: T }): T => ((module as { default?: T }).default ?? (module as unknown as T));
const louvain = interop(louvainModule);

/**
 * Influence measures over the tie graph, each a function of a CSR (typed arrays), so a measure
 * runs on its own, on arrays a worker thread can share, and can start from a previous answer.
 * graphology-communities-louvain finds the communities (on the graphology graph built from the
 * same arrays). The rest is written here because the libraries at hand take graphology objects
 * (rebuilding their own index per call, which cost 10x the iterations), cannot warm-start,
 * and cannot stop at a time budget: PageRank and eigenvector centrality (power iteration with
 * graphology-metrics' and NetworkX's stopping rule), Brandes betweenness (exact, or from
 * random sources), Wasserman-Faust closeness (exact, or from pivots), personalised PageRank,
 * two-step reach, helix diversity, and articulation points and bridges (iterative, so 100k
 * nodes cannot overflow the stack). The unit tests hold them to closed forms and the
 * benchmark to NetworkX.
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
/** Fewest pivots an estimate uses however tight its time budget. */
export const MIN_PIVOTS = 32;
/** Confidence of the error bounds estimates report. */
const CONFIDENCE = 0.95;

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

/** The adjacency part of a CSR: all a measure needs (and all a worker is sent). */
export type Adjacency = Pick<Csr, 'offsets' | 'targets' | 'weights'>;
const order = (csr: Adjacency) => csr.offsets.length - 1;

/** A measure that may be estimated: whether it is exact, from how many sources, and how far off it may be. */
export interface Estimate {
  values: Float64Array;
  exact: boolean;
  /** Sources (betweenness) or pivots (closeness) used; n when exact. */
  samples: number;
  /**
   * Half-width of a 95% interval around each score (Hoeffding), null when exact. Betweenness:
   * in its own units. Closeness: in hops, on the mean distance behind each score.
   */
  errorBound: number | null;
}

export interface SamplingOptions {
  exactLimit?: number;
  pivots?: number;
  seed?: number;
  /** Above the exact limit, stop drawing pivots after this long (at least MIN_PIVOTS are drawn). */
  budgetMs?: number;
}

const hoeffding = (range: number, k: number) => range * Math.sqrt(Math.log(2 / (1 - CONFIDENCE)) / (2 * k));

export function degrees(csr: Adjacency): Int32Array {
  return Int32Array.from({ length: order(csr) }, (_, u) => csr.offsets[u + 1]! - csr.offsets[u]!);
}

export function strengths(csr: Adjacency): Float64Array {
  const n = order(csr);
  const strength = new Float64Array(n);
  for (let u = 0; u < n; u++) for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) strength[u] = strength[u]! + csr.weights[e]!;
  return strength;
}

/**
 * Weighted PageRank, damping 0.85, by power iteration with graphology-metrics' and NetworkX's
 * rule: stop when the total change is below n x 1e-9. `start` (a previous answer over the same
 * nodes) makes the iteration begin near the fixed point, which after a small change takes a few
 * rounds instead of dozens.
 */
export function pageRank(csr: Adjacency, start?: Float64Array, alpha = 0.85, tolerance = 1e-9, maxIterations = 200): { values: Float64Array; iterations: number } {
  const n = order(csr);
  if (n === 0) return { values: new Float64Array(0), iterations: 0 };
  const strength = strengths(csr);
  const p = 1 / n;
  let x = start && start.length === n ? Float64Array.from(start) : new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    let dangling = 0;
    for (let u = 0; u < n; u++) if (strength[u] === 0) dangling += x[u]!;
    next.fill(alpha * dangling * p + (1 - alpha) * p);
    for (let u = 0; u < n; u++) {
      const s = strength[u]!;
      if (s === 0) continue;
      const share = (alpha * x[u]!) / s;
      for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
        const v = csr.targets[e]!;
        next[v] = next[v]! + share * csr.weights[e]!;
      }
    }
    let error = 0;
    for (let u = 0; u < n; u++) error += Math.abs(next[u]! - x[u]!);
    [x, next] = [next, x];
    if (error < n * tolerance) break;
  }
  return { values: x, iterations };
}

/** Weighted eigenvector centrality, power iteration as graphology-metrics does it, scaled so the largest is 1 (zeros if it does not converge). */
export function eigenvector(csr: Adjacency, tolerance = 1e-6, maxIterations = 500): Float64Array {
  const n = order(csr);
  let x = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations && csr.targets.length > 0; iteration++) {
    const next = Float64Array.from(x);
    for (let u = 0; u < n; u++) {
      for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
        const v = csr.targets[e]!;
        next[v] = next[v]! + x[u]! * csr.weights[e]!;
      }
    }
    let squares = 0;
    for (let u = 0; u < n; u++) squares += next[u]! * next[u]!;
    const norm = Math.sqrt(squares);
    let error = 0;
    for (let u = 0; u < n; u++) {
      next[u] = next[u]! / norm;
      error += Math.abs(next[u]! - x[u]!);
    }
    x = next;
    if (error < n * tolerance) {
      const max = x.reduce((m, v) => Math.max(m, v), 0);
      return max > 0 ? x.map((v) => v / max) : x;
    }
  }
  return new Float64Array(n);
}

function pivots(n: number, k: number, random: () => number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < Math.min(k, n); i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, Math.min(k, n));
}

/** The sources a sampled measure draws, in the order it uses them, and whether it is exact. */
function sources(n: number, options: SamplingOptions): { list: number[]; exact: boolean } {
  const exact = n <= (options.exactLimit ?? EXACT_LIMIT);
  return { list: exact ? Array.from({ length: n }, (_, i) => i) : pivots(n, options.pivots ?? DEFAULT_PIVOTS, seededRandom(options.seed ?? 1)), exact };
}

/** Runs `visit` on sources until done or, once MIN_PIVOTS are in, past the budget; returns how many ran. */
function withinBudget(list: number[], exact: boolean, budgetMs: number | undefined, visit: (source: number) => void): number {
  const started = performance.now();
  let done = 0;
  for (const source of list) {
    if (!exact && budgetMs !== undefined && done >= MIN_PIVOTS && performance.now() - started > budgetMs) break;
    visit(source);
    done++;
  }
  return done;
}

/**
 * Unweighted Brandes betweenness, normalised as NetworkX does for undirected graphs. Exact up
 * to the exact limit; above it, from random sources (Brandes-Pich) scaled by n/k: unbiased, and
 * each score within the reported bound of the exact one with 95% confidence.
 */
export function betweenness(csr: Adjacency, options: SamplingOptions = {}): Estimate {
  const n = order(csr);
  const total = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const { list, exact } = sources(n, options);
  const done = withinBudget(list, exact, options.budgetMs, (s) => {
    const tail = bfs(csr, s, distance, queue, sigma);
    for (let i = tail - 1; i >= 0; i--) {
      const w = queue[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let e = csr.offsets[w]!; e < csr.offsets[w + 1]!; e++) {
        const v = csr.targets[e]!;
        if (distance[v] === distance[w]! - 1) delta[v] = delta[v]! + sigma[v]! * coefficient;
      }
      if (w !== s) total[w] = total[w]! + delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  });
  const scale = n <= 2 || done === 0 ? 0 : n / done / ((n - 1) * (n - 2));
  for (let u = 0; u < n; u++) total[u] = total[u]! * scale;
  return { values: total, exact, samples: done, errorBound: exact || n <= 2 ? null : hoeffding(n / (n - 1), done) };
}

/**
 * Breadth-first distances from one source into `distance` (which must hold -1 everywhere on
 * entry; it stays -1 where unreachable), nodes in visiting order into `queue`, and, when given,
 * the number of shortest paths to each node into `sigma` (zero on entry). Returns how many were reached.
 */
function bfs(csr: Adjacency, source: number, distance: Int32Array, queue: Int32Array, sigma?: Float64Array): number {
  distance[source] = 0;
  if (sigma) sigma[source] = 1;
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
      if (sigma && distance[v] === distance[u]! + 1) sigma[v] = sigma[v]! + sigma[u]!;
    }
  }
  return tail;
}

/**
 * Wasserman-Faust closeness: exact up to the exact limit (a search from every node); above
 * it estimated from pivots (Eppstein-Wang): each node's mean distance to the pivots it reaches
 * stands for its mean distance to everything it reaches.
 */
export function closeness(csr: Adjacency, options: SamplingOptions = {}): Estimate {
  const n = order(csr);
  const result = new Float64Array(n);
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  const { list, exact } = sources(n, options);
  if (exact) {
    for (let u = 0; u < n; u++) {
      distance.fill(-1);
      const reached = bfs(csr, u, distance, queue);
      let sum = 0;
      for (let i = 1; i < reached; i++) sum += distance[queue[i]!]!;
      const r = reached - 1;
      if (r > 0 && n > 1) result[u] = (r / (n - 1)) * (r / sum);
    }
    return { values: result, exact, samples: n, errorBound: null };
  }
  const sum = new Float64Array(n);
  const hits = new Int32Array(n);
  const componentSize = components(csr);
  let farthest = 1;
  const done = withinBudget(list, exact, options.budgetMs, (p) => {
    distance.fill(-1);
    bfs(csr, p, distance, queue);
    for (let u = 0; u < n; u++) {
      const d = distance[u]!;
      if (d > 0) {
        sum[u] = sum[u]! + d;
        hits[u]!++;
        if (d > farthest) farthest = d;
      }
    }
  });
  for (let u = 0; u < n; u++) {
    const reachable = componentSize[u]! - 1;
    if (reachable <= 0 || hits[u] === 0 || n <= 1) continue;
    result[u] = (reachable / (n - 1)) * (1 / (sum[u]! / hits[u]!));
  }
  // Distances lie within twice the farthest a pivot saw (a diameter is at most twice any eccentricity).
  return { values: result, exact, samples: done, errorBound: hoeffding(2 * farthest, done) };
}

/** Size of each node's connected component. */
function components(csr: Adjacency): Int32Array {
  const n = order(csr);
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
export function twoStepReach(csr: Adjacency): Int32Array {
  const n = order(csr);
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

/** Partners per helix of node `u`, and the normalised entropy of that distribution. */
export function helixMix(csr: Adjacency, helices: readonly Helix[], u: number): { partnersByHelix: Record<Helix, number>; diversity: number } {
  const partnersByHelix = Object.fromEntries(HELICES.map((h) => [h, 0])) as Record<Helix, number>;
  for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) partnersByHelix[helices[csr.targets[e]!]!]++;
  const total = csr.offsets[u + 1]! - csr.offsets[u]!;
  let entropy = 0;
  for (const h of HELICES) {
    const p = total ? partnersByHelix[h] / total : 0;
    if (p > 0) entropy -= p * Math.log(p);
  }
  return { partnersByHelix, diversity: total ? entropy / Math.log(HELICES.length) : 0 };
}

export const helixDiversity = (csr: Adjacency, helices: readonly Helix[]): Float64Array =>
  Float64Array.from({ length: order(csr) }, (_, u) => helixMix(csr, helices, u).diversity);
export interface DepthFirst {
  articulation: Uint8Array;
  bridges: Array<[number, number]>;
  discovery: Int32Array;
  low: Int32Array;
  /** DFS parent, -1 for a root. */
  parent: Int32Array;
  /** Nodes in the order the search finished them (children before parents); only the searched ones. */
  postorder: Int32Array;
}

/**
 * Articulation points and bridges by an iterative Hopcroft-Tarjan depth-first search; with
 * `within` (whole connected components), only over the nodes it marks.
 */
export function cutPoints(csr: Pick<Adjacency, 'offsets' | 'targets'>, within?: Uint8Array): DepthFirst {
  const n = csr.offsets.length - 1;
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
    if (discovery[root] !== -1 || (within && !within[root])) continue;
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
  return { articulation, bridges, discovery, low, parent, postorder: postorder.subarray(0, finished) };
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

/** Louvain communities (graphology-communities-louvain, seeded so they repeat); isolated nodes get a community of their own. */
export function communities(graph: TieGraph, csr: Pick<Csr, 'ids'>, seed = 1): { community: Int32Array; modularity: number } {
  const found = graph.size === 0 ? { communities: {} as Record<string, number>, modularity: 0 } : louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  return { community: Int32Array.from(csr.ids, (id, i) => found.communities[id] ?? -1 - i), modularity: found.modularity };
}

export interface InfluenceTable {
  csr: Csr;
  helices: Helix[];
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

/** Every measure for every stakeholder of a graphology graph (tests and the benchmark; the engine asks for one at a time). */
export function computeInfluence(graph: TieGraph, options: SamplingOptions = {}): InfluenceTable {
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, fn: () => T): T => {
    const started = performance.now();
    const value = fn();
    timings[name] = Math.round((performance.now() - started) * 10) / 10;
    return value;
  };
  const csr = timed('index', () => toCsr(graph));
  const helices = csr.ids.map((id) => graph.getNodeAttribute(id, 'helix'));
  const between = timed('betweenness', () => betweenness(csr, options));
  const cuts = timed('articulation_points', () => cutPoints(csr));
  const found = timed('louvain', () => communities(graph, csr, options.seed));
  return {
    csr,
    helices,
    degree: degrees(csr),
    weightedDegree: strengths(csr),
    pageRank: timed('pagerank', () => pageRank(csr).values),
    betweenness: between.values,
    closeness: timed('closeness', () => closeness(csr, options).values),
    eigenvector: timed('eigenvector', () => eigenvector(csr)),
    reach: timed('reach', () => twoStepReach(csr)),
    helixDiversity: timed('helix_diversity', () => helixDiversity(csr, helices)),
    articulation: cuts.articulation,
    bridges: cuts.bridges.map(([a, b]) => [csr.ids[a]!, csr.ids[b]!]),
    community: found.community,
    modularity: found.modularity,
    betweennessExact: between.exact,
    betweennessSamples: between.samples,
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

/** One stakeholder's place in a ranking. */
export interface Standing {
  id: string;
  rank: number;
  score: number;
}

/** Node indices by decreasing value, ties by index (for a view, whose indices are in id order: by id). */
export function rankOrder(values: ArrayLike<number>): Int32Array {
  const order = Int32Array.from({ length: values.length }, (_, i) => i);
  return order.sort((a, b) => values[b]! - values[a]! || a - b);
}

/** Standings from an order made by rankOrder. */
export const standingsOf = (ids: readonly string[], values: ArrayLike<number>, order: Int32Array): Standing[] =>
  Array.from(order, (i, r) => ({ id: ids[i]!, score: values[i]!, rank: r + 1 }));

/** Everyone ranked by a measure, best first (ties broken by id, so ranks are stable). */
export function rankBy(ids: readonly string[], values: ArrayLike<number>, first = ids.length): Standing[] {
  const order = Array.from({ length: ids.length }, (_, i) => i);
  order.sort((a, b) => values[b]! - values[a]! || (ids[a]! < ids[b]! ? -1 : 1));
  return order.slice(0, first).map((i, r) => ({ id: ids[i]!, score: values[i]!, rank: r + 1 }));
}

/** The top `first` stakeholders of a table by a metric. */
export const rank = (table: InfluenceTable, metric: InfluenceMetric, first: number): Standing[] => rankBy(table.csr.ids, metricValues(table, metric), first);

/** Pairs of a stakeholder's partners that are not tied to each other: the connections it brokers. */
export function brokeredPairs(csr: Csr, u: number, limit: number): Array<[string, string]> {
  const weightOf = new Map<number, number>();
  for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) weightOf.set(csr.targets[e]!, csr.weights[e]!);
  const partners = [...weightOf.keys()].sort((a, b) => weightOf.get(b)! - weightOf.get(a)! || (csr.ids[a]! < csr.ids[b]! ? -1 : 1));
  const tied = (a: number, b: number) => {
    for (let e = csr.offsets[a]!; e < csr.offsets[a + 1]!; e++) if (csr.targets[e] === b) return true;
    return false;
  };
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < partners.length && pairs.length < limit; i++) {
    for (let j = i + 1; j < partners.length && pairs.length < limit; j++) {
      if (!tied(partners[i]!, partners[j]!)) pairs.push([csr.ids[partners[i]!]!, csr.ids[partners[j]!]!]);
    }
  }
  return pairs;
}
