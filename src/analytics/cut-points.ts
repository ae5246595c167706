import { cutPoints, type Adjacency } from './centrality.js';

/**
 * Articulation points and bridges of a scope, kept with its biconnected components (blocks) so
 * the next graph version can reuse them: adding a tie inside one block changes no cut point;
 * any other change is recomputed over the connected components it touches only.
 */
export interface CutPoints {
  articulation: Uint8Array;
  /** Bridges as [a, b] node indices with a < b, in increasing order. */
  bridges: Array<[number, number]>;
  /**
   * Each node's block through its tie to its parent in the depth-first forest, named by the
   * block's first node below the node it hangs from; -1 for a root (it belongs to the blocks of
   * its children only).
   */
  block: Int32Array;
  /** For a block's first node h, the node the block hangs from. */
  attachment: Int32Array;
  /** How many nodes the depth-first search visited to produce this result (0 when reused). */
  searched: number;
}

/** A scope's network with its stakeholder ids by node index (in id order). */
export type NamedAdjacency = Pick<Adjacency, 'offsets' | 'targets'> & { ids: readonly string[] };

const byPair = (x: [number, number], y: [number, number]) => x[0] - y[0] || x[1] - y[1];

/** Cut points and blocks of the whole network, or only of the components `within` marks (the rest left empty). */
export function cutPointsOf(csr: NamedAdjacency, within?: Uint8Array): CutPoints {
  const n = csr.ids.length;
  const dfs = cutPoints(csr, within);
  const block = new Int32Array(n).fill(-1);
  const attachment = new Int32Array(n).fill(-1);
  // Parents before children: a child starts a block when nothing below it climbs above its parent.
  for (let i = dfs.postorder.length - 1; i >= 0; i--) {
    const c = dfs.postorder[i]!;
    const p = dfs.parent[c]!;
    if (p === -1) continue;
    if (dfs.low[c]! >= dfs.discovery[p]!) {
      block[c] = c;
      attachment[c] = p;
    } else block[c] = block[p]!;
  }
  return { articulation: dfs.articulation, bridges: dfs.bridges.sort(byPair), block, attachment, searched: dfs.postorder.length };
}

/** Whether two nodes share a biconnected component. */
export function sameBlock(cuts: Pick<CutPoints, 'block' | 'attachment'>, u: number, v: number): boolean {
  const bu = cuts.block[u]!;
  const bv = cuts.block[v]!;
  return (bu !== -1 && bu === bv) || (bv !== -1 && cuts.attachment[bv] === u) || (bu !== -1 && cuts.attachment[bu] === v);
}

/** Node indices of one version of a scope in the next (-1: gone) and back (-1: new); both in id order. */
export function matchIds(before: readonly string[], next: readonly string[]): { toNew: Int32Array; toOld: Int32Array } {
  const toNew = new Int32Array(before.length).fill(-1);
  const toOld = new Int32Array(next.length).fill(-1);
  for (let u = 0, o = 0; u < next.length && o < before.length; ) {
    if (next[u] === before[o]) {
      toNew[o] = u;
      toOld[u++] = o++;
    } else if (next[u]! < before[o]!) u++;
    else o++;
  }
  return { toNew, toOld };
}

/**
 * The cut points of `next` from those of `previous` (an earlier version of the same scope):
 * reused when every difference is a tie added between two stakeholders of one block (a second
 * route inside a block creates or removes no cut point), else recomputed over the connected
 * components of `next` that hold a changed tie or a new stakeholder, the others carried over.
 * O(n + m) to compare; the search covers the touched components only.
 */
export function updateCutPoints(previous: { csr: NamedAdjacency; cuts: CutPoints }, next: NamedAdjacency): CutPoints {
  const before = previous.csr;
  const n = next.ids.length;
  // Both orders are by id, so mapping old indices to new keeps each row sorted.
  const { toNew, toOld } = matchIds(before.ids, next.ids);
  const touched: number[] = [];
  const added: Array<[number, number]> = [];
  let onlyAdded = toNew.every((u) => u !== -1);
  for (let u = 0; u < n; u++) {
    const o = toOld[u]!;
    if (o === -1) {
      touched.push(u);
      onlyAdded = false;
      continue;
    }
    let e = next.offsets[u]!;
    let f = before.offsets[o]!;
    const eEnd = next.offsets[u + 1]!;
    const fEnd = before.offsets[o + 1]!;
    let differs = false;
    while (e < eEnd || f < fEnd) {
      const v = e < eEnd ? next.targets[e]! : Infinity;
      const w = f < fEnd ? toNew[before.targets[f]!]! : Infinity;
      if (w === -1) {
        differs = true;
        f++;
      } else if (v === w) {
        e++;
        f++;
      } else if (v < w) {
        differs = true;
        if (u < v) added.push([u, v]);
        e++;
      } else {
        differs = true;
        onlyAdded = false;
        f++;
      }
    }
    if (differs) touched.push(u);
  }
  const old = previous.cuts;
  const carried = (u: number, values: Int32Array) => (values[toOld[u]!]! === -1 ? -1 : toNew[values[toOld[u]!]!]!);
  // The same stakeholders, and every new tie inside one block (or none): nothing moves.
  if (onlyAdded && added.every(([u, v]) => sameBlock(old, toOld[u]!, toOld[v]!))) return { ...old, searched: 0 };

  // The connected components of `next` that hold a touched node.
  const affected = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const u of touched) {
    affected[u] = 1;
    queue[tail++] = u;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let e = next.offsets[u]!; e < next.offsets[u + 1]!; e++) {
      const v = next.targets[e]!;
      if (affected[v]) continue;
      affected[v] = 1;
      queue[tail++] = v;
    }
  }
  const fresh = cutPointsOf(next, affected);
  for (let u = 0; u < n; u++) {
    if (affected[u]) continue;
    const o = toOld[u]!;
    fresh.articulation[u] = old.articulation[o]!;
    fresh.block[u] = carried(u, old.block);
    fresh.attachment[u] = carried(u, old.attachment);
  }
  for (const [a, b] of old.bridges) {
    const u = toNew[a]!;
    if (u !== -1 && !affected[u]) fresh.bridges.push([u, toNew[b]!]);
  }
  fresh.bridges.sort(byPair);
  return fresh;
}
