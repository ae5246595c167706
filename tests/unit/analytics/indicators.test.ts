import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brokerage,
  brokeredHelixPairs,
  helixAssortativity,
  helixMask,
  helixSynergy,
  indexNetwork,
  liaisonsBetween,
  openness,
  roleCounts,
  roleOf,
  type BrokerageRole,
  type ScopeNetwork,
} from '../../../src/analytics/indicators.js';
import { groupCounts } from '../../../src/analytics/grouped-counts.js';
import { HELICES, type Helix } from '../../../src/domain/vocabulary.js';

const [G, B, A, , M] = HELICES;

/** Units over the first triad (GOVERNMENT, BUSINESS, ACADEMIA) from presence patterns "xyz". */
const units = (...patterns: string[]) => patterns.map((p) => helixMask([G, B, A].filter((_, i) => p[i] === '1')));
const firstTriad = (masks: number[]) => helixSynergy(masks).find((t) => t.helices.join() === [G, B, A].join())!;

const network = (helices: Record<string, Helix>, ties: Array<[string, string]>): ScopeNetwork => ({
  stakeholders: Object.entries(helices).map(([id, helix]) => ({ id, helix })),
  ties: ties.map(([source, target]) => ({ source, target })),
});

describe('helix synergy (Leydesdorff T in millibits)', () => {
  it('returns the ten triads with the units counted', () => {
    const result = helixSynergy(units('110', '011'));
    expect(result).toHaveLength(10);
    expect(new Set(result.map((t) => t.helices.join())).size).toBe(10);
    expect(result.every((t) => t.units === 2)).toBe(true);
  });

  it('is -1000 mbit for the XOR pattern: each pair independent, the three together determined', () => {
    // H(X)=H(Y)=H(Z)=1, each pair 2 bits, the triple 2 bits: T = 3 - 6 + 2 = -1 bit.
    expect(firstTriad(units('000', '110', '101', '011')).millibits).toBe(-1000);
  });

  it('is +1000 mbit when the three always appear together or not at all', () => {
    // Every entropy is 1 bit: T = 3 - 3 + 1.
    expect(firstTriad(units('000', '111')).millibits).toBe(1000);
  });

  it('is 0 for independent presence and for no variation', () => {
    expect(firstTriad(units('000', '001', '010', '011', '100', '101', '110', '111')).millibits).toBe(0);
    expect(firstTriad(units('111', '111', '111')).millibits).toBe(0);
    expect(firstTriad([]).millibits).toBe(0);
    expect(firstTriad([]).units).toBe(0);
  });

  it('matches a hand-computed uneven case', () => {
    // 000, 100, 110, 111: H(X)=H(3/4)=q=0.8113, H(Y)=1, H(Z)=H(1/4)=q, H(XY)=H(1/4,1/4,2/4)=1.5,
    // H(XZ)=1.5, H(YZ)=1.5, H(XYZ)=2: T = 1 + 2q - 4.5 + 2 = 0.1226 bits.
    const q = -(0.25 * Math.log2(0.25) + 0.75 * Math.log2(0.75));
    expect(firstTriad(units('000', '100', '110', '111')).millibits).toBeCloseTo((1 + 2 * q - 4.5 + 2) * 1000, 2);
  });

  it('is symmetric in the order units come in and counts helices outside the triad as absence', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 40 }), (masks) => {
        const a = helixSynergy(masks);
        const b = helixSynergy([...masks].reverse());
        expect(a).toEqual(b);
        // T is bounded by the smallest of the three single entropies (each at most 1 bit).
        for (const t of a) expect(Math.abs(t.millibits)).toBeLessThanOrEqual(1000 + 1e-6);
      }),
    );
  });
});

describe('E-I index (Krackhardt and Stern)', () => {
  // g1-g2 internal; g1-b1, g2-b1, b1-a1 external; a2 isolated.
  const net = network({ g1: G, g2: G, b1: B, a1: A, a2: A }, [['g1', 'g2'], ['g1', 'b1'], ['g2', 'b1'], ['b1', 'a1']]);
  const result = openness(net);

  it('per stakeholder', () => {
    expect(result.byStakeholder.get('g1')).toEqual({ external: 1, internal: 1, index: 0 });
    expect(result.byStakeholder.get('b1')).toEqual({ external: 3, internal: 0, index: 1 });
    expect(result.byStakeholder.get('a2')).toEqual({ external: 0, internal: 0, index: null });
  });

  it('per helix: internal ties once, external ties from the helix', () => {
    const gov = result.byHelix.find((h) => h.helix === G)!;
    expect(gov).toMatchObject({ stakeholders: 2, internal: 1, external: 2, index: 1 / 3 });
    // Random mixing: 2 x 3 = 6 external pairs against 1 internal: (6 - 1) / 7.
    expect(gov.expected).toBeCloseTo(5 / 7, 10);
    expect(result.byHelix.find((h) => h.helix === M)).toMatchObject({ stakeholders: 0, index: null, expected: null });
    const academia = result.byHelix.find((h) => h.helix === A)!;
    expect(academia).toMatchObject({ internal: 0, external: 1, index: 1 });
  });

  it('for the scope, against random mixing', () => {
    expect(result.scope).toMatchObject({ external: 3, internal: 1, index: 0.5 });
    // 10 pairs, 2 internal (g1-g2, a1-a2): (8 - 2) / 10.
    expect(result.scope.expected).toBeCloseTo(0.6, 10);
  });

  it('stays in [-1, 1] and sums consistently', () => {
    fc.assert(
      fc.property(randomNetwork(), (net) => {
        const r = openness(net);
        const ends = [...r.byStakeholder.values()].reduce((s, x) => s + x.external + x.internal, 0);
        expect(ends).toBe(2 * net.ties.length);
        expect(r.scope.internal + r.scope.external).toBe(net.ties.length);
        for (const x of [r.scope, ...r.byHelix, ...r.byStakeholder.values()]) if (x.index !== null) expect(Math.abs(x.index)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('helix assortativity (Newman r)', () => {
  it('is 1 when ties stay within helices and -1 for a perfectly disassortative pair', () => {
    expect(helixAssortativity(network({ a: G, b: G, c: B, d: B }, [['a', 'b'], ['c', 'd']]))).toBeCloseTo(1, 12);
    expect(helixAssortativity(network({ a: G, b: B }, [['a', 'b']]))).toBeCloseTo(-1, 12);
  });

  it('matches a hand-computed mixing matrix', () => {
    // Ties g1-g2, g1-b1, b1-a1. Ends: e_GG = 2/6, e_GB = e_BG = 1/6, e_BA = e_AB = 1/6.
    // a = (3/6, 2/6, 1/6): sum a^2 = 14/36; trace = 2/6. r = (12/36 - 14/36) / (22/36) = -1/11.
    const net = network({ g1: G, g2: G, b1: B, a1: A }, [['g1', 'g2'], ['g1', 'b1'], ['b1', 'a1']]);
    expect(helixAssortativity(net)).toBeCloseTo(-1 / 11, 12);
  });

  it('is undefined without ties or when every tie is within one helix', () => {
    expect(helixAssortativity(network({ a: G }, []))).toBeNull();
    expect(helixAssortativity(network({ a: G, b: G }, [['a', 'b']]))).toBeNull();
  });
});

/** Brute force: every unordered pair of partners, untied, classified by its three helices. */
function bruteRoles(net: ScopeNetwork): Map<string, Record<BrokerageRole, number>> {
  const helixOf = new Map(net.stakeholders.map((s) => [s.id, HELICES.indexOf(s.helix)]));
  const partners = new Map(net.stakeholders.map((s) => [s.id, new Set<string>()]));
  for (const t of net.ties) {
    if (t.source === t.target) continue;
    partners.get(t.source)!.add(t.target);
    partners.get(t.target)!.add(t.source);
  }
  const result = new Map<string, Record<BrokerageRole, number>>();
  for (const [v, ps] of partners) {
    const counts = { COORDINATOR: 0, ITINERANT: 0, GATEKEEPER_REPRESENTATIVE: 0, LIAISON: 0 };
    const list = [...ps];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (partners.get(list[i]!)!.has(list[j]!)) continue;
        counts[roleOf(helixOf.get(v)!, helixOf.get(list[i]!)!, helixOf.get(list[j]!)!)]++;
      }
    }
    result.set(v, counts);
  }
  return result;
}

function randomNetwork() {
  return fc
    .tuple(fc.array(fc.constantFrom(...HELICES), { minLength: 1, maxLength: 14 }), fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 50 }))
    .map(([helices, pairs]): ScopeNetwork => ({
      stakeholders: helices.map((helix, i) => ({ id: `s${i}`, helix })),
      ties: pairs.filter(([a, b]) => a < helices.length && b < helices.length).map(([a, b]) => ({ source: `s${a}`, target: `s${b}` })),
    }));
}

describe('brokerage roles (Gould and Fernandez, undirected)', () => {
  // Liaison: m (MEDIA) links g (GOVERNMENT) and b (BUSINESS), which are not tied.
  // Coordinator: g2 between g and g3. Itinerant: b between a1 and a2 (ACADEMIA), a1-a2 untied.
  // Gatekeeper/representative: g between g2 and m.
  const net = network(
    { g: G, b: B, m: M, g2: G, g3: G, a1: A, a2: A },
    [['m', 'g'], ['m', 'b'], ['g2', 'g'], ['g2', 'g3'], ['b', 'a1'], ['b', 'a2']],
  );
  const result = brokerage(indexNetwork(net));
  const of = (id: string, between?: [Helix, Helix]) => roleCounts(result, result.index.get(id)!, between);

  it('classifies each open two-path by the three helices', () => {
    expect(of('m')).toEqual({ COORDINATOR: 0, ITINERANT: 0, GATEKEEPER_REPRESENTATIVE: 0, LIAISON: 1 });
    expect(of('g2')).toEqual({ COORDINATOR: 1, ITINERANT: 0, GATEKEEPER_REPRESENTATIVE: 0, LIAISON: 0 });
    // b: {a1, a2} itinerant; {m, a1} and {m, a2} liaison (MEDIA, ACADEMIA, b is BUSINESS).
    expect(of('b')).toEqual({ COORDINATOR: 0, ITINERANT: 1, GATEKEEPER_REPRESENTATIVE: 0, LIAISON: 2 });
    expect(of('g')).toEqual({ COORDINATOR: 0, ITINERANT: 0, GATEKEEPER_REPRESENTATIVE: 1, LIAISON: 0 });
    expect(of('a1')).toEqual({ COORDINATOR: 0, ITINERANT: 0, GATEKEEPER_REPRESENTATIVE: 0, LIAISON: 0 });
  });

  it('counts only the pairs between two given helices', () => {
    expect(of('m', [G, B]).LIAISON).toBe(1);
    expect(of('m', [G, A]).LIAISON).toBe(0);
    expect(of('b', [A, M]).LIAISON).toBe(2);
    expect(of('b', [M, A]).LIAISON).toBe(2);
    expect(brokeredHelixPairs(result, result.index.get('b')!)).toEqual([
      { a: 'ACADEMIA', b: 'ACADEMIA', role: 'ITINERANT', pairs: 1 },
      { a: 'ACADEMIA', b: 'MEDIA', role: 'LIAISON', pairs: 2 },
    ]);
  });

  it('does not count a closed triangle', () => {
    const closed = brokerage(indexNetwork(network({ g: G, b: B, m: M }, [['m', 'g'], ['m', 'b'], ['g', 'b']])));
    expect(roleCounts(closed, closed.index.get('m')!).LIAISON).toBe(0);
  });

  it('names the liaisons of an untied pair', () => {
    expect(liaisonsBetween(result, 'g', 'b')).toEqual(['m']);
    expect(liaisonsBetween(result, 'a1', 'a2')).toEqual([]);
  });

  it('agrees with enumerating every pair of partners, duplicates and self-ties ignored', () => {
    fc.assert(
      fc.property(randomNetwork(), (net) => {
        const fast = brokerage(indexNetwork(net));
        for (const [id, counts] of bruteRoles(net)) expect(roleCounts(fast, fast.index.get(id)!)).toEqual(counts);
      }),
    );
  });
});

describe('grouped counts', () => {
  const items = [
    { helix: ['GOVERNMENT', 'BUSINESS'], status: ['ACTIVE'] },
    { helix: ['GOVERNMENT', 'GOVERNMENT'], status: ['ENDED'] },
    { helix: [], status: ['ACTIVE'] },
  ];
  it('counts an item once under each of its values, null when it has none', () => {
    expect(groupCounts(items, ['helix'])).toEqual([
      { values: { helix: 'GOVERNMENT' }, count: 2 },
      { values: { helix: 'BUSINESS' }, count: 1 },
      { values: { helix: null }, count: 1 },
    ]);
  });
  it('crosses dimensions and counts every item once with no dimension', () => {
    expect(groupCounts(items, ['status', 'helix'])).toEqual([
      { values: { status: 'ACTIVE', helix: 'BUSINESS' }, count: 1 },
      { values: { status: 'ACTIVE', helix: 'GOVERNMENT' }, count: 1 },
      { values: { status: 'ACTIVE', helix: null }, count: 1 },
      { values: { status: 'ENDED', helix: 'GOVERNMENT' }, count: 1 },
    ]);
    expect(groupCounts(items, [])).toEqual([{ values: {}, count: 3 }]);
  });
});
