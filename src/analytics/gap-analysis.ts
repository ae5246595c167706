import { HELICES, type Helix } from '../domain/vocabulary.js';
import type { Csr } from './centrality.js';
import { cutPointsOf, matchIds, type CutPoints } from './cut-points.js';
import type { ProjectedProgram, ProjectedStakeholder } from './projection.js';
import { epochDay } from './time.js';

/**
 * Where the pentahelix does not work together yet, computed over a (scoped) network in the
 * engine's compact form. All of it is written here: no graph library speaks in helices. The
 * heavy parts are linear or bounded (cut points from one depth-first search; suggestions from
 * two-hop neighbourhoods).
 */

/** What the gap analysis reads: the scope's adjacency (rows sorted by neighbour) and its stakeholders by node index. */
export interface GapNetwork {
  csr: Csr;
  stakeholders: readonly ProjectedStakeholder[];
}

const H = HELICES.length;
const helixIndex = new Map(HELICES.map((h, i) => [h, i]));
const pairIndex = (a: number, b: number) => (a <= b ? a * H + b : b * H + a);
const helixCodes = (net: GapNetwork) => Int32Array.from(net.stakeholders, (s) => helixIndex.get(s.helix)!);
const degreeOf = (csr: Csr, u: number) => csr.offsets[u + 1]! - csr.offsets[u]!;

export interface HelixCell {
  a: Helix;
  b: Helix;
  ties: number;
  strength: number;
  density: number;
  gap: boolean;
  weak: boolean;
}

/** Ties fewer than this share of what random mixing would give count as weak. */
export const WEAK_SHARE = 0.25;

/**
 * The 15 distinct cells of the 5x5 helix matrix (diagonal included). Density is ties over
 * possible pairs; a cell is a gap when both helices are present (two stakeholders for the
 * diagonal) and no tie links them, and weak when it has under WEAK_SHARE of the ties expected
 * if ties fell at random at the scope's overall density.
 */
export function helixMatrix(net: GapNetwork): HelixCell[] {
  const { csr } = net;
  const helixOf = helixCodes(net);
  const counts = new Array<number>(H).fill(0);
  for (const h of helixOf) counts[h]!++;
  const ties = new Array<number>(H * H).fill(0);
  const strength = new Array<number>(H * H).fill(0);
  const n = helixOf.length;
  for (let u = 0; u < n; u++) {
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      if (csr.targets[e]! <= u) continue;
      const cell = pairIndex(helixOf[u]!, helixOf[csr.targets[e]!]!);
      ties[cell]!++;
      strength[cell]! += csr.weights[e]!;
    }
  }
  const size = csr.targets.length / 2;
  const overallDensity = n > 1 ? size / ((n * (n - 1)) / 2) : 0;
  const cells: HelixCell[] = [];
  for (let a = 0; a < H; a++) {
    for (let b = a; b < H; b++) {
      const possible = a === b ? (counts[a]! * (counts[a]! - 1)) / 2 : counts[a]! * counts[b]!;
      const cell = pairIndex(a, b);
      const expected = overallDensity * possible;
      cells.push({
        a: HELICES[a]!,
        b: HELICES[b]!,
        ties: ties[cell]!,
        strength: Math.round(strength[cell]! * 1000) / 1000,
        density: possible > 0 ? ties[cell]! / possible : 0,
        gap: possible > 0 && ties[cell] === 0,
        weak: ties[cell]! > 0 && ties[cell]! < WEAK_SHARE * expected,
      });
    }
  }
  return cells;
}

export const absentHelices = (net: GapNetwork): Helix[] => {
  const present = new Set<Helix>(net.stakeholders.map((s) => s.helix));
  return HELICES.filter((h) => !present.has(h));
};

/** Stakeholders with ties, all of them within their own helix. */
export function siloedStakeholders(net: GapNetwork): string[] {
  const { csr, stakeholders } = net;
  const siloed: string[] = [];
  stakeholders.forEach((s, u) => {
    let own = degreeOf(csr, u) > 0;
    for (let e = csr.offsets[u]!; own && e < csr.offsets[u + 1]!; e++) own = stakeholders[csr.targets[e]!]!.helix === s.helix;
    if (own) siloed.push(s.id);
  });
  return siloed.sort();
}

export const isolatedStakeholders = (net: GapNetwork): string[] => net.stakeholders.filter((_s, u) => degreeOf(net.csr, u) === 0).map((s) => s.id).sort();

export interface HelixBroker {
  id: string;
  separates: Array<[Helix, Helix]>;
}

/**
 * Stakeholders whose loss would leave two helices that are still present in their component
 * with no path between them. Read from the scope's blocks (biconnected components, as
 * `cutPointsOf` or the engine's incrementally updated cut points give them): removing a cut
 * point v leaves one part per block hanging from v (that block and everything beyond it) and
 * one part for the rest of v's component. Helix counts accumulate up the block tree, deepest
 * blocks first, so the analysis is linear: O(n) over the blocks, no search of its own.
 */
export function helixBrokers(net: GapNetwork, cuts: Pick<CutPoints, 'articulation' | 'block' | 'attachment'> = cutPointsOf(net.csr)): HelixBroker[] {
  const { csr } = net;
  const helixOf = helixCodes(net);
  const n = csr.ids.length;
  const { block, attachment } = cuts;
  // Each block's depth in its component's block tree (1: it hangs from the root) and that root.
  const depth = new Int32Array(n);
  const rootOf = new Int32Array(n).fill(-1);
  const chain: number[] = [];
  for (let h = 0; h < n; h++) {
    if (block[h] !== h || depth[h] !== 0) continue;
    // Climb to a block already placed (or to the root), then place the blocks climbed through.
    let b = h;
    let known = 0;
    let root = -1;
    for (;;) {
      chain.push(b);
      const above = block[attachment[b]!]!;
      if (above === -1) {
        root = attachment[b]!;
        break;
      }
      if (depth[above] !== 0) {
        known = depth[above]!;
        root = rootOf[above]!;
        break;
      }
      b = above;
    }
    while (chain.length) {
      const c = chain.pop()!;
      depth[c] = ++known;
      rootOf[c] = root;
    }
  }
  const heads: number[] = [];
  for (let h = 0; h < n; h++) if (block[h] === h) heads.push(h);
  heads.sort((x, y) => depth[y]! - depth[x]!);
  // below[u]: helix counts of u and of every block hanging from u; part[h]: of block h and beyond.
  const below = new Int32Array(n * H);
  for (let u = 0; u < n; u++) below[u * H + helixOf[u]!] = 1;
  const members: number[][] = Array.from({ length: n }, () => []);
  const hanging: number[][] = Array.from({ length: n }, () => []);
  for (let u = 0; u < n; u++) if (block[u]! !== -1) members[block[u]!]!.push(u);
  for (const h of heads) hanging[attachment[h]!]!.push(h);
  const part = new Int32Array(n * H);
  for (const h of heads) {
    for (const u of members[h]!) for (let k = 0; k < H; k++) part[h * H + k]! += below[u * H + k]!;
    const p = attachment[h]!;
    for (let k = 0; k < H; k++) below[p * H + k]! += part[h * H + k]!;
  }
  const maskOf = (values: (h: number) => number) => {
    let mask = 0;
    for (let h = 0; h < H; h++) if (values(h) > 0) mask |= 1 << h;
    return mask;
  };
  const brokers: HelixBroker[] = [];
  for (let v = 0; v < n; v++) {
    if (!cuts.articulation[v]) continue;
    const root = block[v] === -1 ? v : rootOf[block[v]!]!;
    const rest = new Int32Array(H);
    for (let h = 0; h < H; h++) rest[h] = below[root * H + h]! - (h === helixOf[v] ? 1 : 0);
    const parts: number[] = [];
    for (const h of hanging[v]!) {
      parts.push(maskOf((k) => part[h * H + k]!));
      for (let k = 0; k < H; k++) rest[k] = rest[k]! - part[h * H + k]!;
    }
    const restMask = maskOf((h) => rest[h]!);
    if (restMask) parts.push(restMask);
    const remaining = parts.reduce((m, p) => m | p, 0);
    const separates: Array<[Helix, Helix]> = [];
    for (let a = 0; a < H; a++) {
      for (let b = a + 1; b < H; b++) {
        const both = (1 << a) | (1 << b);
        if ((remaining & both) === both && !parts.some((p) => (p & both) === both)) separates.push([HELICES[a]!, HELICES[b]!]);
      }
    }
    if (separates.length) brokers.push({ id: csr.ids[v]!, separates });
  }
  return brokers.sort((x, y) => y.separates.length - x.separates.length || (x.id < y.id ? -1 : 1));
}

export interface Suggestion {
  a: string;
  b: string;
  score: number;
  commonPartners: string[];
  closesGap: boolean;
  reason: string;
  /** The helix absent from the scope that `b` would bring in (null for a pair within the scope). */
  fillsAbsentHelix: Helix | null;
}

/** Partners with more ties than this are not expanded when enumerating candidate pairs. */
export const HUB_CAP = 300;
/** A suggestion across a helix pair with no or weak ties counts this much more. */
export const GAP_BOOST = 2;

const sameHierarchy = (a: ProjectedStakeholder, b: ProjectedStakeholder) =>
  a.ancestors.includes(b.id) || b.ancestors.includes(a.id) || a.ancestors.some((x) => b.ancestors.includes(x));

type Candidate = { u: number; w: number; score: number };
const ranksBefore = (x: Candidate, y: Candidate) => y.score - x.score < 0 || (x.score === y.score && (x.u - y.u || x.w - y.w) < 0);

/** "A", "A and B", "A, B and C". */
const nameList = (names: string[]) => (names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`);

/** The state of a scope's pairs that ranking reads: helices, what each partner adds, the boost per helix pair. */
function pairScoring(net: GapNetwork, cells: HelixCell[]) {
  const { csr } = net;
  const n = csr.ids.length;
  const lacking = cells.filter((c) => c.a !== c.b && (c.gap || c.weak)).map((c) => pairIndex(helixIndex.get(c.a)!, helixIndex.get(c.b)!));
  const boost = Float64Array.from({ length: H * H }, (_, cell) => (lacking.includes(cell) ? GAP_BOOST : 1));
  // What each partner adds to a pair it links: 1 / ln(degree), 0 for a hub or a leaf.
  const contribution = new Float64Array(n);
  for (let z = 0; z < n; z++) {
    const degree = degreeOf(csr, z);
    if (degree <= HUB_CAP && degree >= 2) contribution[z] = 1 / Math.log(degree);
  }
  return { helixOf: helixCodes(net), boost, contribution, lacking: lacking.sort((x, y) => x - y).join() };
}

/**
 * The best-ranked candidate pairs of a scope (by score, then by node index, which is id order),
 * kept so the next version of the scope can update them: every pair left out ranks after the
 * last kept, so after a write only the pairs the write can have changed are scored again.
 */
export interface PartnershipRanking {
  net: GapNetwork;
  keep: number;
  /** The helix pairs boosted as gaps or weak (a change re-ranks everything). */
  lacking: string;
  best: Candidate[];
  /** Every pair left out ranks after this one (by score, then ids); null: none was left out. */
  bound: { score: number; a: string; b: string } | null;
  /** Whether it was updated from the previous version's rather than ranked from scratch. */
  updated: boolean;
}

/** Inserts by binary search (the list stays sorted, never re-sorted per candidate) and keeps `keep`. */
function insertRanked(best: Candidate[], entry: Candidate, keep: number): void {
  let lo = 0;
  let hi = best.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranksBefore(best[mid]!, entry)) lo = mid + 1;
    else hi = mid;
  }
  best.splice(lo, 0, entry);
  if (best.length > keep) best.pop();
}

/**
 * Scores the pairs of u with every stakeholder two hops away (above u only when `above`), into
 * `score` for the `count` nodes it returns in `touched`. A pair sums its common partners in
 * increasing node order from either end, so its score is the same bit for bit.
 */
function scorePairs(net: GapNetwork, scoring: ReturnType<typeof pairScoring>, u: number, above: boolean, work: { score: Float64Array; stamp: Int32Array; tied: Int32Array; touched: Int32Array }): number {
  const { csr } = net;
  const { helixOf, contribution } = scoring;
  const { score, stamp, tied, touched } = work;
  let count = 0;
  for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) tied[csr.targets[e]!] = u;
  for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
    const z = csr.targets[e]!;
    const add = contribution[z]!;
    if (add === 0) continue;
    // Rows are sorted by neighbour: walk z's from the top down (to u when only pairs above it count).
    for (let f = csr.offsets[z + 1]! - 1; f >= csr.offsets[z]!; f--) {
      const w = csr.targets[f]!;
      if (above && w <= u) break;
      if (w === u || tied[w] === u || helixOf[w] === helixOf[u]) continue;
      if (stamp[w] !== u) {
        stamp[w] = u;
        score[w] = 0;
        touched[count++] = w;
      }
      score[w]! += add;
    }
  }
  return count;
}

const workspace = (n: number) => ({ score: new Float64Array(n), stamp: new Int32Array(n).fill(-1), tied: new Int32Array(n).fill(-1), touched: new Int32Array(n) });

/**
 * Ranks a scope's candidate pairs, keeping the best `keep`: from `previous` (an earlier version
 * of the same scope) when the same helix pairs are boosted, re-scoring only the pairs of the
 * stakeholders a write touched (a changed row or record, or a partner of one: its degree moved
 * what it adds); else from scratch.
 */
export function rankPartnerships(net: GapNetwork, keep: number, cells: HelixCell[] = helixMatrix(net), previous?: PartnershipRanking): PartnershipRanking {
  const scoring = pairScoring(net, cells);
  return (previous && previous.keep === keep && previous.lacking === scoring.lacking && updateRanking(previous, net, scoring)) || fullRanking(net, keep, scoring);
}

function fullRanking(net: GapNetwork, keep: number, scoring: ReturnType<typeof pairScoring>): PartnershipRanking {
  const { csr, stakeholders } = net;
  const n = csr.ids.length;
  const { helixOf, boost, contribution } = scoring;
  // The most a pair with each helix can be boosted.
  const boostOf = Float64Array.from({ length: H }, (_, h) => Math.max(...HELICES.map((_x, k) => (k === h ? 1 : boost[pairIndex(h, k)]!))));
  const work = workspace(n);
  const best: Candidate[] = [];
  for (let u = 0; u < n; u++) {
    if (best.length >= keep) {
      // No pair of u can score above what its partners with a partner above u add together
      // (summed in the same order, so rounding cannot lift a pair's sum above it): skip u when
      // that cannot enter.
      let bound = 0;
      for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
        const z = csr.targets[e]!;
        if (csr.targets[csr.offsets[z + 1]! - 1]! > u) bound += contribution[z]!;
      }
      if (bound * boostOf[helixOf[u]!]! <= best[keep - 1]!.score) continue;
    }
    const count = scorePairs(net, scoring, u, true, work);
    for (let i = 0; i < count; i++) {
      const w = work.touched[i]!;
      const boosted = work.score[w]! * boost[pairIndex(helixOf[u]!, helixOf[w]!)]!;
      const last = best[best.length - 1];
      // Ranked before the last kept (score, then u, then w), so the order w arrives in does not matter.
      if (best.length < keep || boosted > last!.score || (boosted === last!.score && (u < last!.u || (u === last!.u && w < last!.w)))) {
        if (!sameHierarchy(stakeholders[u]!, stakeholders[w]!)) insertRanked(best, { u, w, score: boosted }, keep);
      }
    }
  }
  return { net, keep, lacking: scoring.lacking, best, bound: best.length === keep ? named(csr.ids, best[keep - 1]!) : null, updated: false };
}

const named = (ids: readonly string[], c: Candidate) => ({ score: c.score, a: ids[c.u]!, b: ids[c.w]! });

/** The ranking of `net` from the previous version's, or null when too few pairs are known to be ranked right. */
function updateRanking(previous: PartnershipRanking, net: GapNetwork, scoring: ReturnType<typeof pairScoring>): PartnershipRanking | null {
  const { csr, stakeholders } = net;
  const before = previous.net;
  const n = csr.ids.length;
  const { toNew, toOld } = matchIds(before.csr.ids, csr.ids);
  // Touched: a new stakeholder, a changed record, or a changed row of partners.
  const affected = new Uint8Array(n);
  const touched: number[] = [];
  for (let u = 0; u < n; u++) {
    const o = toOld[u]!;
    let changed = o === -1 || before.stakeholders[o] !== stakeholders[u] || degreeOf(before.csr, o) !== degreeOf(csr, u);
    for (let e = csr.offsets[u]!, f = o === -1 ? 0 : before.csr.offsets[o]!; !changed && e < csr.offsets[u + 1]!; e++, f++) changed = toNew[before.csr.targets[f]!] !== csr.targets[e];
    if (changed) touched.push(u);
  }
  // Their partners' pairs too: a partner's degree sets what it adds to every pair it links.
  let count = 0;
  for (const u of touched) {
    if (!affected[u]) count++;
    affected[u] = 1;
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      if (!affected[csr.targets[e]!]) count++;
      affected[csr.targets[e]!] = 1;
    }
  }
  // A change this wide (a full reload re-describes everyone) costs less ranked from scratch.
  if (count * 4 > n) return null;
  // Pairs ranked after the previous bound are known to be outside (its stakeholders may be gone: it bounds by ids).
  const last = previous.bound;
  const within = (entry: Candidate) => !last || entry.score > last.score || (entry.score === last.score && idsBefore(csr.ids[entry.u]!, csr.ids[entry.w]!, last.a, last.b));
  const best: Candidate[] = [];
  for (const entry of previous.best) {
    const [u, w] = [toNew[entry.u]!, toNew[entry.w]!];
    if (u !== -1 && w !== -1 && !affected[u] && !affected[w]) best.push({ u, w, score: entry.score });
  }
  const work = workspace(n);
  const { helixOf, boost } = scoring;
  for (let u = 0; u < n; u++) {
    if (!affected[u]) continue;
    const count = scorePairs(net, scoring, u, false, work);
    for (let i = 0; i < count; i++) {
      const w = work.touched[i]!;
      // A pair of two affected stakeholders is scored from its lower end only.
      if (affected[w] && w < u) continue;
      const entry = u < w ? { u, w, score: 0 } : { u: w, w: u, score: 0 };
      entry.score = work.score[w]! * boost[pairIndex(helixOf[u]!, helixOf[w]!)]!;
      if (within(entry) && !sameHierarchy(stakeholders[entry.u]!, stakeholders[entry.w]!)) best.push(entry);
    }
  }
  best.sort((x, y) => (ranksBefore(x, y) ? -1 : ranksBefore(y, x) ? 1 : 0));
  let bound = last;
  if (best.length > previous.keep) {
    best.length = previous.keep;
    bound = named(csr.ids, best[previous.keep - 1]!);
  }
  // Fewer than a quarter of what is kept known to be ranked right: start again.
  if (bound && best.length < previous.keep / 4) return null;
  return { net, keep: previous.keep, lacking: scoring.lacking, best, bound, updated: true };
}

const idsBefore = (a: string, b: string, c: string, d: string) => a < c || (a === c && b < d);

/**
 * Cross-helix pairs not yet tied, ranked by Adamic-Adar: the sum over common partners z of
 * 1 / ln(deg z). It rewards introductions through a selective shared partner over those
 * through a hub that knows everyone, which is what an introduction is worth, and it is robust
 * on small sparse networks where common-neighbour counts tie constantly. Pairs across a helix
 * gap score GAP_BOOST times more. Candidates come from two-hop neighbourhoods only, so the cost
 * is bounded by the sum of squared degrees (hubs above HUB_CAP are not expanded). `ranking`
 * (of limit * 4 pairs) may come from `rankPartnerships` with the previous version's.
 */
export function suggestPartnerships(net: GapNetwork, limit: number, cells: HelixCell[] = helixMatrix(net), ranking = rankPartnerships(net, limit * 4, cells)): Suggestion[] {
  const { csr, stakeholders } = net;
  const n = csr.ids.length;
  const lacking = new Set(cells.filter((c) => c.a !== c.b && (c.gap || c.weak)).map((c) => pairIndex(helixIndex.get(c.a)!, helixIndex.get(c.b)!)));
  const helixOf = helixCodes(net);
  const best = ranking.best;
  const weightTo = new Float64Array(n);
  return best.slice(0, limit).map(({ u, w, score: s }) => {
    const a = stakeholders[u]!;
    const b = stakeholders[w]!;
    // Common partners, strongest first (the sum of both ties' weights), then by id.
    for (let f = csr.offsets[w]!; f < csr.offsets[w + 1]!; f++) weightTo[csr.targets[f]!] = csr.weights[f]!;
    const common: Array<{ z: number; weight: number }> = [];
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      const z = csr.targets[e]!;
      if (weightTo[z]! > 0) common.push({ z, weight: csr.weights[e]! + weightTo[z]! });
    }
    for (let f = csr.offsets[w]!; f < csr.offsets[w + 1]!; f++) weightTo[csr.targets[f]!] = 0;
    const shared = common
      .sort((x, y) => y.weight - x.weight || (csr.ids[x.z]! < csr.ids[y.z]! ? -1 : 1))
      .slice(0, 5)
      .map((c) => c.z);
    const closesGap = lacking.has(pairIndex(helixOf[u]!, helixOf[w]!));
    const [ha, hb] = [a.helix, b.helix];
    const cell = cells.find((c) => (c.a === ha && c.b === hb) || (c.a === hb && c.b === ha));
    const gapText = closesGap ? (cell?.gap ? `; it would be the first ${ha}–${hb} tie in this scope` : `; ${ha}–${hb} ties are rare in this scope`) : '';
    return {
      a: a.id,
      b: b.id,
      score: Math.round(s * 1000) / 1000,
      commonPartners: shared.map((z) => csr.ids[z]!),
      closesGap,
      reason: `${a.name} and ${b.name} both work with ${nameList(shared.map((z) => stakeholders[z]!.name))}${gapText}`,
      fillsAbsentHelix: null,
    };
  });
}

/**
 * Who could bring a helix the scope lacks: nobody inside can, so candidates come from the whole
 * network (`whole`, the same date). For each absent helix, its stakeholders that already work
 * with the most of the scope's stakeholders come first (then the best-connected); each is
 * paired with the scope's stakeholder it shares most partners with that it is not tied to yet,
 * else the scope's best-connected. At most `perHelix` per absent helix.
 */
export function fillAbsentHelices(scoped: GapNetwork, whole: GapNetwork, perHelix = 2): Suggestion[] {
  const absent = absentHelices(scoped);
  if (scoped.stakeholders.length === 0 || absent.length === 0) return [];
  const { csr } = whole;
  const inScope = (id: string) => scoped.csr.index.has(id);
  const strength = (u: number) => {
    let sum = 0;
    for (let e = scoped.csr.offsets[u]!; e < scoped.csr.offsets[u + 1]!; e++) sum += scoped.csr.weights[e]!;
    return sum;
  };
  const members = scoped.stakeholders
    .map((s, u) => ({ id: s.id, strength: strength(u) }))
    .sort((x, y) => y.strength - x.strength || (x.id < y.id ? -1 : 1))
    .map((m) => m.id);
  const neighbours = (u: number) => Array.from(csr.targets.subarray(csr.offsets[u], csr.offsets[u + 1]));
  const suggestions: Suggestion[] = [];
  for (const helix of absent) {
    const candidates = whole.stakeholders
      .flatMap((s, u) => (s.helix === helix && !inScope(s.id) ? [{ u, inScope: neighbours(u).filter((z) => inScope(csr.ids[z]!)), degree: degreeOf(csr, u) }] : []))
      .sort((x, y) => y.inScope.length - x.inScope.length || y.degree - x.degree || (csr.ids[x.u]! < csr.ids[y.u]! ? -1 : 1))
      .slice(0, perHelix);
    for (const candidate of candidates) {
      const tied = new Set(neighbours(candidate.u));
      const untied = members.map((m) => csr.index.get(m)).filter((m): m is number => m !== undefined && !tied.has(m));
      // Partners m shares with the candidate, counted once each (the first untied member with the most wins).
      const common = (m: number) => neighbours(m).filter((z) => tied.has(z));
      const shares = untied.map((m) => common(m).length);
      let best = 0;
      shares.forEach((count, i) => {
        if (count > shares[best]!) best = i;
      });
      const partner = untied[best];
      if (partner === undefined) continue;
      const shared = common(partner).slice(0, 5);
      const name = whole.stakeholders[candidate.u]!.name;
      const partnerName = whole.stakeholders[partner]!.name;
      const why = candidate.inScope.length
        ? `${name} already works with ${nameList(candidate.inScope.slice(0, 3).map((z) => whole.stakeholders[z]!.name))} here`
        : `${name} is among the best-connected ${helix} stakeholders in the network (${candidate.degree} partners)`;
      suggestions.push({
        a: csr.ids[partner]!,
        b: csr.ids[candidate.u]!,
        score: candidate.inScope.length + candidate.degree / (candidate.degree + 1),
        commonPartners: shared.map((z) => csr.ids[z]!),
        closesGap: true,
        reason: `No ${helix} stakeholder works in this scope; ${why}, and ${shared.length ? `shares partners with ${partnerName}` : `${partnerName} is one of the scope's best-connected`}`,
        fillsAbsentHelix: helix,
      });
    }
  }
  return suggestions;
}

/** Suggestions that address the gaps first: who could fill an absent helix, then pairs across a gap or weak pair, then the rest by score. */
export const gapsFirst = (fills: Suggestion[], pairs: Suggestion[]): Suggestion[] => [
  ...fills,
  ...pairs.filter((p) => p.closesGap),
  ...pairs.filter((p) => !p.closesGap),
];

export interface Balance {
  score: number;
  pairEntropy: number;
  crossHelixShare: number;
  helixShares: Array<{ helix: Helix; share: number }>;
  definition: string;
}

export const BALANCE_DEFINITION =
  'score = pairEntropy x crossHelixShare. pairEntropy is the Shannon entropy of tie weight over the ten cross-helix pairs divided by ln 10 ' +
  '(1 when every pair of helices works together equally, 0 when all cross-helix weight sits on one pair); crossHelixShare is the share of ' +
  'all tie weight that crosses helices. 1 means all five helices work with each other evenly; 0 means no cross-helix collaboration.';

/** One overall pentahelix balance score per scope; see BALANCE_DEFINITION. */
export function balanceScore(net: GapNetwork, cells: HelixCell[] = helixMatrix(net)): Balance {
  const cross = cells.filter((c) => c.a !== c.b);
  const crossWeight = cross.reduce((s, c) => s + c.strength, 0);
  const totalWeight = cells.reduce((s, c) => s + c.strength, 0);
  let entropy = 0;
  for (const c of cross) {
    const p = crossWeight ? c.strength / crossWeight : 0;
    if (p > 0) entropy -= p * Math.log(p);
  }
  const pairEntropy = entropy / Math.log(cross.length);
  const crossHelixShare = totalWeight ? crossWeight / totalWeight : 0;
  const counts = new Map<Helix, number>(HELICES.map((h) => [h, 0]));
  for (const s of net.stakeholders) counts.set(s.helix, counts.get(s.helix)! + 1);
  const n = net.stakeholders.length;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    score: round(pairEntropy * crossHelixShare),
    pairEntropy: round(pairEntropy),
    crossHelixShare: round(crossHelixShare),
    helixShares: HELICES.map((helix) => ({ helix, share: n ? round(counts.get(helix)! / n) : 0 })),
    definition: BALANCE_DEFINITION,
  };
}

/** At most this many programs of a scope are examined for missing helices, latest first. */
export const PROGRAM_LIMIT = 1000;

/**
 * The programs of a scope with the helices none of their members (participants of the program
 * and its parts, parties to collaborations under them) belong to. A program is in the scope when
 * it is the scope's program or a part of it, is held in the scope's region (or one below), and
 * started by asOf (undated counts). The latest PROGRAM_LIMIT are examined, undated first, then
 * by id, as the store lists programs.
 */
export function programsMissingHelices(programs: Iterable<ProjectedProgram>, scope: { program?: string; region?: string; asOf?: string }): Array<{ programId: string; missingHelices: Helix[] }> {
  const asOf = scope.asOf ? epochDay(scope.asOf) : null;
  const inScope = [...programs].filter(
    (p) =>
      (!scope.program || p.id === scope.program || p.partOf.includes(scope.program)) &&
      (!scope.region || p.regions.includes(scope.region)) &&
      (asOf === null || p.startsOn === null || p.startsOn <= asOf),
  );
  const latest = (p: ProjectedProgram) => (p.startsOn === null ? Infinity : p.startsOn);
  return inScope
    .sort((x, y) => latest(y) - latest(x) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, PROGRAM_LIMIT)
    .map((p) => ({ programId: p.id, missingHelices: HELICES.filter((h) => !p.helices.includes(h)) }))
    .filter((p) => p.missingHelices.length > 0);
}
