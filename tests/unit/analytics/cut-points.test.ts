import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPointsOf, sameBlock, updateCutPoints, type CutPoints, type NamedAdjacency } from '../../../src/analytics/cut-points.js';
import { seededRandom } from '../../../src/random.js';

/** A network as the engine holds a scope: ids in order, each row sorted by neighbour. */
function adjacency(ids: Iterable<string>, ties: Iterable<string>): NamedAdjacency {
  const sorted = [...ids].sort();
  const index = new Map(sorted.map((id, i) => [id, i]));
  const rows: number[][] = sorted.map(() => []);
  for (const tie of ties) {
    const [a, b] = tie.split('|').map((id) => index.get(id)!) as [number, number];
    rows[a]!.push(b);
    rows[b]!.push(a);
  }
  const offsets = new Int32Array(sorted.length + 1);
  rows.forEach((row, u) => (offsets[u + 1] = offsets[u]! + row.length));
  return { ids: sorted, offsets, targets: Int32Array.from(rows.flatMap((row) => row.sort((x, y) => x - y))) };
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function expectSame(incremental: CutPoints, full: CutPoints, n: number) {
  expect(Array.from(incremental.articulation)).toEqual(Array.from(full.articulation));
  expect(incremental.bridges).toEqual(full.bridges);
  // The blocks themselves, which the next update relies on.
  const blocks = (cuts: CutPoints) => {
    const pairs: string[] = [];
    for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) if (sameBlock(cuts, u, v)) pairs.push(`${u}-${v}`);
    return pairs;
  };
  expect(blocks(incremental)).toEqual(blocks(full));
}

/** Whether u and v share a block, by definition: tied, or connected with no single other stakeholder between them. */
function bruteSameBlock(csr: NamedAdjacency, u: number, v: number): boolean {
  const row = (x: number) => Array.from(csr.targets.subarray(csr.offsets[x], csr.offsets[x + 1]));
  if (row(u).includes(v)) return true;
  const connected = (without: number) => {
    const seen = new Set([u]);
    const queue = [u];
    while (queue.length) {
      for (const y of row(queue.shift()!)) {
        if (y === without || seen.has(y)) continue;
        seen.add(y);
        queue.push(y);
      }
    }
    return seen.has(v);
  };
  if (!connected(-1)) return false;
  return csr.ids.every((_id, w) => w === u || w === v || connected(w));
}

describe('blocks', () => {
  it('are the biconnected components by definition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
        const random = seededRandom(seed);
        const ids = Array.from({ length: 12 }, (_, i) => `n${String(i).padStart(2, '0')}`);
        const ties = new Set<string>();
        for (let i = 0; i < 14; i++) {
          const [a, b] = [ids[Math.floor(random() * 12)]!, ids[Math.floor(random() * 12)]!];
          if (a !== b) ties.add(key(a, b));
        }
        const csr = adjacency(ids, ties);
        const cuts = cutPointsOf(csr);
        for (let u = 0; u < 12; u++) for (let v = u + 1; v < 12; v++) expect([u, v, sameBlock(cuts, u, v)]).toEqual([u, v, bruteSameBlock(csr, u, v)]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('cut points after a write', () => {
  it('are reused without a search when a new tie joins two stakeholders of one block', () => {
    // A square a-b-c-d and a tail d-e: adding a-c stays inside the square's block.
    const ties = new Set(['a|b', 'b|c', 'c|d', 'a|d', 'd|e']);
    const before = adjacency('abcde', ties);
    const cuts = cutPointsOf(before);
    expect(Array.from(cuts.articulation)).toEqual([0, 0, 0, 1, 0]);
    const after = adjacency('abcde', new Set([...ties, 'a|c']));
    const updated = updateCutPoints({ csr: before, cuts }, after);
    expect(updated.searched).toBe(0);
    expectSame(updated, cutPointsOf(after), 5);
  });

  it('search only the component a change touches', () => {
    // Two components: a path a-b-c and a triangle x-y-z; removing b-c touches the path only.
    const before = adjacency(['a', 'b', 'c', 'x', 'y', 'z'], ['a|b', 'b|c', 'x|y', 'y|z', 'x|z']);
    const after = adjacency(['a', 'b', 'c', 'x', 'y', 'z'], ['a|b', 'x|y', 'y|z', 'x|z']);
    const updated = updateCutPoints({ csr: before, cuts: cutPointsOf(before) }, after);
    expect(updated.searched).toBe(3);
    expectSame(updated, cutPointsOf(after), 6);
    // A tie between two blocks (here: joining the components) is searched over the merged component.
    const joined = adjacency(['a', 'b', 'c', 'x', 'y', 'z'], ['a|b', 'b|c', 'x|y', 'y|z', 'x|z', 'c|x']);
    const merged = updateCutPoints({ csr: before, cuts: cutPointsOf(before) }, joined);
    expect(merged.searched).toBe(6);
    expectSame(merged, cutPointsOf(joined), 6);
  });

  it('match a full search after any sequence of random writes, each update built on the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 30 }), (seed, writes) => {
        const random = seededRandom(seed);
        const ids = new Set(Array.from({ length: 24 }, (_, i) => `n${String(i).padStart(2, '0')}`));
        const ties = new Set<string>();
        const pick = () => [...ids][Math.floor(random() * ids.size)]!;
        for (let i = 0; i < 30; i++) {
          const [a, b] = [pick(), pick()];
          if (a !== b) ties.add(key(a, b));
        }
        let csr = adjacency(ids, ties);
        let cuts = cutPointsOf(csr);
        for (let w = 0; w < writes; w++) {
          const kind = random();
          if (kind < 0.1) ids.add(`n${Math.floor(random() * 100)}x`);
          else if (kind < 0.2 && ids.size > 3) {
            const gone = pick();
            ids.delete(gone);
            for (const tie of [...ties]) if (tie.split('|').includes(gone)) ties.delete(tie);
          } else if (kind < 0.4 && ties.size) ties.delete([...ties][Math.floor(random() * ties.size)]!);
          else if (kind < 0.7) {
            // A tie to a partner's partner: often inside one block.
            const a = pick();
            const partners = (x: string) => [...ties].filter((t) => t.split('|').includes(x)).map((t) => t.split('|').find((y) => y !== x)!);
            const twoHops = partners(a).flatMap(partners).filter((b) => b !== a);
            if (twoHops.length) ties.add(key(a, twoHops[Math.floor(random() * twoHops.length)]!));
          } else {
            const [a, b] = [pick(), pick()];
            if (a !== b) ties.add(key(a, b));
          }
          const next = adjacency(ids, ties);
          cuts = updateCutPoints({ csr, cuts }, next);
          csr = next;
          expectSame(cuts, cutPointsOf(csr), csr.ids.length);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
