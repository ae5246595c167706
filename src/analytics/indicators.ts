import { HELICES, type Helix } from '../domain/vocabulary.js';

/**
 * Indicators from the literature on triple- and pentahelix collaboration, computed over plain
 * inputs (stakeholders with their helix, undirected ties, units with the stakeholders in them)
 * so they do not depend on how the analytics engine represents its graph:
 * - helix synergy: Leydesdorff's mutual information in three dimensions (Leydesdorff 2003);
 * - openness: Krackhardt and Stern's E-I index (1988), per stakeholder, per helix and overall;
 * - helix assortativity: Newman's r for a categorical attribute (Newman 2003);
 * - brokerage roles: Gould and Fernandez (1989) applied to the undirected network.
 */

const H = HELICES.length;
const helixIndex = new Map<Helix, number>(HELICES.map((h, i) => [h, i]));

export interface HelixMember {
  id: string;
  helix: Helix;
}

export interface PlainTie {
  source: string;
  target: string;
}

/** A scope's stakeholders and the ties among them. */
export interface ScopeNetwork {
  stakeholders: readonly HelixMember[];
  ties: readonly PlainTie[];
}

// ---------------------------------------------------------------- synergy

export interface TriadSynergy {
  helices: [Helix, Helix, Helix];
  /** T in millibits; negative = synergy (the three together reduce uncertainty). */
  millibits: number;
  /** Units the distribution was counted over. */
  units: number;
}

/** The ten triads of the five helices, in pentahelix order. */
export const TRIADS: ReadonlyArray<[number, number, number]> = (() => {
  const triads: Array<[number, number, number]> = [];
  for (let i = 0; i < H; i++) for (let j = i + 1; j < H; j++) for (let k = j + 1; k < H; k++) triads.push([i, j, k]);
  return triads;
})();

/** Shannon entropy in bits of a frequency table. */
function entropy(counts: readonly number[], total: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / total) * Math.log2(c / total);
  return h;
}

/** Bit mask of the helices present in a unit (bit i = HELICES[i]). */
export const helixMask = (helices: Iterable<Helix>): number => {
  let mask = 0;
  for (const h of helices) mask |= 1 << helixIndex.get(h)!;
  return mask;
};

/**
 * Leydesdorff's T(XYZ) = H(X)+H(Y)+H(Z)-H(XY)-H(XZ)-H(YZ)+H(XYZ), in millibits, for every triad
 * of helices. Each unit (a collaboration, a programme) contributes one observation of three
 * binary variables: whether helix X, Y and Z are present among its members. Units with none of
 * the three count too (the 000 cell), as documents without any of the three do in Leydesdorff's
 * co-authorship counts. With no units every entropy is 0, and so is T.
 */
export function helixSynergy(masks: readonly number[]): TriadSynergy[] {
  // One histogram of the 32 presence patterns serves all ten triads.
  const patterns = new Array<number>(1 << H).fill(0);
  for (const m of masks) patterns[m]!++;
  const n = masks.length;
  return TRIADS.map(([i, j, k]) => {
    const cells = new Array<number>(8).fill(0);
    patterns.forEach((count, m) => {
      if (count > 0) cells[((m >> i) & 1) | (((m >> j) & 1) << 1) | (((m >> k) & 1) << 2)]! += count;
    });
    const marginal = (bits: number[]) => {
      const table = new Array<number>(1 << bits.length).fill(0);
      cells.forEach((count, cell) => {
        table[bits.reduce((acc, bit, b) => acc | (((cell >> bit) & 1) << b), 0)]! += count;
      });
      return n > 0 ? entropy(table, n) : 0;
    };
    const t = marginal([0]) + marginal([1]) + marginal([2]) - marginal([0, 1]) - marginal([0, 2]) - marginal([1, 2]) + marginal([0, 1, 2]);
    return { helices: [HELICES[i]!, HELICES[j]!, HELICES[k]!], millibits: Math.round(t * 1e6) / 1000, units: n };
  });
}

// ---------------------------------------------------------------- openness

export interface EiFigures {
  /** Ties to other helices. */
  external: number;
  /** Ties within the own helix. */
  internal: number;
  /** (external - internal) / (external + internal) in [-1, 1]; null without ties. */
  index: number | null;
}

export interface HelixOpenness extends EiFigures {
  helix: Helix;
  stakeholders: number;
  /** The index random mixing would give with these group sizes; null when undefined. */
  expected: number | null;
}

export interface Openness {
  scope: EiFigures & { expected: number | null };
  byHelix: HelixOpenness[];
  /** Per stakeholder (every one of the scope, isolated ones with a null index). */
  byStakeholder: Map<string, EiFigures>;
}

const ei = (external: number, internal: number): EiFigures => ({
  external,
  internal,
  index: external + internal > 0 ? (external - internal) / (external + internal) : null,
});

/**
 * Krackhardt and Stern's E-I index over undirected ties. For a stakeholder, E and I count its
 * ties to other helices and to its own; for a helix, I counts the ties among its members
 * (each once) and E the ties from a member to a non-member; for the scope, I is every tie
 * within a helix and E every tie across. `expected` is the index if ties fell at random over
 * all pairs of stakeholders (the possible external and internal pairs), the baseline the
 * group sizes alone imply.
 */
export function openness(network: ScopeNetwork): Openness {
  const helixOf = new Map(network.stakeholders.map((s) => [s.id, helixIndex.get(s.helix)!]));
  const size = new Array<number>(H).fill(0);
  for (const s of network.stakeholders) size[helixIndex.get(s.helix)!]!++;
  const perStakeholder = new Map(network.stakeholders.map((s) => [s.id, { external: 0, internal: 0 }]));
  const internal = new Array<number>(H).fill(0);
  const external = new Array<number>(H).fill(0);
  for (const t of network.ties) {
    const a = helixOf.get(t.source);
    const b = helixOf.get(t.target);
    if (a === undefined || b === undefined) continue;
    const kind = a === b ? 'internal' : 'external';
    perStakeholder.get(t.source)![kind]++;
    perStakeholder.get(t.target)![kind]++;
    if (a === b) internal[a]!++;
    else {
      external[a]!++;
      external[b]!++;
    }
  }
  const n = network.stakeholders.length;
  const pairs = (k: number) => (k * (k - 1)) / 2;
  const expected = (e: number, i: number) => (e + i > 0 ? (e - i) / (e + i) : null);
  const internalPossible = size.reduce((sum, k) => sum + pairs(k), 0);
  const scopeInternal = internal.reduce((x, y) => x + y, 0);
  return {
    scope: { ...ei(network.ties.length - scopeInternal, scopeInternal), expected: expected(pairs(n) - internalPossible, internalPossible) },
    byHelix: HELICES.map((helix, h) => ({
      helix,
      stakeholders: size[h]!,
      ...ei(external[h]!, internal[h]!),
      expected: expected(size[h]! * (n - size[h]!), pairs(size[h]!)),
    })),
    byStakeholder: new Map([...perStakeholder].map(([id, c]) => [id, ei(c.external, c.internal)])),
  };
}

// ---------------------------------------------------------------- assortativity

/**
 * Newman's assortativity coefficient r for the helix attribute: with e the symmetric mixing
 * matrix of tie ends (each undirected tie counted in both directions, normalised to sum 1) and
 * a its row sums, r = (sum_i e_ii - sum_i a_i^2) / (1 - sum_i a_i^2). 1: ties only within
 * helices; 0: mixing as random given the helices' shares of tie ends; negative: ties prefer
 * other helices. Null when undefined (no ties, or every tie end in one helix), where NetworkX
 * returns NaN.
 */
export function helixAssortativity(network: ScopeNetwork): number | null {
  const helixOf = new Map(network.stakeholders.map((s) => [s.id, helixIndex.get(s.helix)!]));
  const mixing = new Array<number>(H * H).fill(0);
  let ends = 0;
  for (const t of network.ties) {
    const a = helixOf.get(t.source);
    const b = helixOf.get(t.target);
    if (a === undefined || b === undefined || t.source === t.target) continue;
    mixing[a * H + b]!++;
    mixing[b * H + a]!++;
    ends += 2;
  }
  if (ends === 0) return null;
  let trace = 0;
  let squares = 0;
  for (let i = 0; i < H; i++) {
    trace += mixing[i * H + i]! / ends;
    let row = 0;
    for (let j = 0; j < H; j++) row += mixing[i * H + j]! / ends;
    squares += row * row;
  }
  if (1 - squares < 1e-12) return null;
  return (trace - squares) / (1 - squares);
}

// ---------------------------------------------------------------- brokerage

export const BROKERAGE_ROLES = ['COORDINATOR', 'ITINERANT', 'GATEKEEPER_REPRESENTATIVE', 'LIAISON'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** Index of an unordered helix pair in the 15 cells of the upper triangle (diagonal included). */
export const helixPairCell = (a: number, b: number): number => {
  const [i, j] = a <= b ? [a, b] : [b, a];
  return i * H - (i * (i - 1)) / 2 + (j - i);
};
export const HELIX_PAIR_CELLS = (H * (H + 1)) / 2;

/** The role a broker of helix `v` plays between ends of helices `a` and `b`. */
export function roleOf(v: number, a: number, b: number): BrokerageRole {
  if (a === b) return a === v ? 'COORDINATOR' : 'ITINERANT';
  return a === v || b === v ? 'GATEKEEPER_REPRESENTATIVE' : 'LIAISON';
}

/** A scope's network indexed for neighbourhood questions. */
export interface NetworkIndex {
  ids: string[];
  index: Map<string, number>;
  /** Helix index of each stakeholder, parallel to ids. */
  helix: Int8Array;
  /** Partners of each stakeholder (indices); duplicate ties and self-ties are dropped. */
  adjacency: number[][];
}

export function indexNetwork(network: ScopeNetwork): NetworkIndex {
  const ids = network.stakeholders.map((s) => s.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const helix = Int8Array.from(network.stakeholders, (s) => helixIndex.get(s.helix)!);
  const adjacency: number[][] = ids.map(() => []);
  const seen = new Set<string>();
  for (const t of network.ties) {
    const a = index.get(t.source);
    const b = index.get(t.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  return { ids, index, helix, adjacency };
}

/** The same index over a scope in the engine's compact form (its rows hold no duplicate and no self-tie). */
export function indexAdjacency(csr: { ids: string[]; index: Map<string, number>; offsets: Int32Array; targets: Int32Array }, helices: readonly Helix[]): NetworkIndex {
  return {
    ids: csr.ids,
    index: csr.index,
    helix: Int8Array.from(helices, (h) => helixIndex.get(h)!),
    adjacency: csr.ids.map((_id, u) => Array.from(csr.targets.subarray(csr.offsets[u], csr.offsets[u + 1]))),
  };
}

export interface Brokerage extends NetworkIndex {
  /**
   * Brokered pairs per stakeholder by the helices of the two ends: HELIX_PAIR_CELLS counts per
   * stakeholder, stakeholder i's at [i * HELIX_PAIR_CELLS, (i + 1) * HELIX_PAIR_CELLS).
   */
  pairs: Float64Array;
}

/**
 * Gould and Fernandez's brokerage on the undirected tie network. A stakeholder v brokers a pair
 * of its partners a and b when a and b are not tied to each other (the open two-path a - v - b);
 * each unordered pair counts once per broker. The role follows from the three helices:
 * coordinator (a, v, b all of one helix), itinerant broker (a and b of one helix, v of
 * another), gatekeeper/representative (v shares its helix with exactly one end: the directed
 * definitions tell gatekeeper from representative by which end the tie comes from, which an
 * undirected tie does not say, so they are one role here) and liaison (three different helices:
 * v links two helices it belongs to neither of).
 *
 * Counting: for each v, the pairs of its partners by helix follow from the partner counts per
 * helix (c_i c_j, or c_i (c_i - 1) / 2 within a helix); the tied pairs (triangles through v) are
 * enumerated with a mark on v's partners and subtracted. Cost: the sum of squared degrees.
 */
export function brokerage(network: NetworkIndex): Brokerage {
  const { helix, adjacency } = network;
  const n = network.ids.length;
  const pairs = new Float64Array(n * HELIX_PAIR_CELLS);
  const mark = new Int32Array(n).fill(-1);
  const byHelix = new Array<number>(H);
  for (let v = 0; v < n; v++) {
    const partners = adjacency[v]!;
    if (partners.length < 2) continue;
    byHelix.fill(0);
    for (const a of partners) {
      byHelix[helix[a]!]!++;
      mark[a] = v;
    }
    const base = v * HELIX_PAIR_CELLS;
    for (let i = 0; i < H; i++) {
      pairs[base + helixPairCell(i, i)]! += (byHelix[i]! * (byHelix[i]! - 1)) / 2;
      for (let j = i + 1; j < H; j++) pairs[base + helixPairCell(i, j)]! += byHelix[i]! * byHelix[j]!;
    }
    // Tied pairs of partners are closed triangles, not brokerage: each found once (a < b).
    for (const a of partners) {
      for (const b of adjacency[a]!) if (b > a && mark[b] === v) pairs[base + helixPairCell(helix[a]!, helix[b]!)]!--;
    }
  }
  return { ...network, pairs };
}

export type RoleCounts = Record<BrokerageRole, number>;

/**
 * A stakeholder's brokered pairs by role, counting only pairs whose ends are of the helices in
 * `between` when given (a pair of helices: ends one of each, or both of it when the two are equal).
 */
export function roleCounts(b: Brokerage, i: number, between?: readonly [Helix, Helix]): RoleCounts {
  const counts: RoleCounts = { COORDINATOR: 0, ITINERANT: 0, GATEKEEPER_REPRESENTATIVE: 0, LIAISON: 0 };
  const only = between ? helixPairCell(helixIndex.get(between[0])!, helixIndex.get(between[1])!) : null;
  const v = b.helix[i]!;
  for (let x = 0; x < H; x++) {
    for (let y = x; y < H; y++) {
      const cell = helixPairCell(x, y);
      if (only !== null && cell !== only) continue;
      counts[roleOf(v, x, y)] += b.pairs[i * HELIX_PAIR_CELLS + cell]!;
    }
  }
  return counts;
}

/** Brokered pairs of one stakeholder by the helices of the two ends (non-zero cells only). */
export function brokeredHelixPairs(b: Brokerage, i: number): Array<{ a: Helix; b: Helix; role: BrokerageRole; pairs: number }> {
  const rows: Array<{ a: Helix; b: Helix; role: BrokerageRole; pairs: number }> = [];
  for (let x = 0; x < H; x++) {
    for (let y = x; y < H; y++) {
      const count = b.pairs[i * HELIX_PAIR_CELLS + helixPairCell(x, y)]!;
      if (count > 0) rows.push({ a: HELICES[x]!, b: HELICES[y]!, role: roleOf(b.helix[i]!, x, y), pairs: count });
    }
  }
  return rows;
}

/**
 * Partners of both a and b that belong to neither's helix: for an untied pair of two helices,
 * the stakeholders in the liaison role between exactly these two (none for a same-helix pair,
 * whose common partners of another helix are itinerant brokers).
 */
export function liaisonsBetween(brokers: NetworkIndex, a: string, b: string): string[] {
  const i = brokers.index.get(a);
  const j = brokers.index.get(b);
  if (i === undefined || j === undefined || brokers.helix[i] === brokers.helix[j]) return [];
  const ofB = new Set(brokers.adjacency[j]);
  return brokers.adjacency[i]!
    .filter((z) => ofB.has(z) && brokers.helix[z] !== brokers.helix[i] && brokers.helix[z] !== brokers.helix[j])
    .map((z) => brokers.ids[z]!)
    .sort();
}
