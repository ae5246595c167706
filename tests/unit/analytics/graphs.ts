import { toCsr } from '../../../src/analytics/centrality.js';
import type { GapNetwork } from '../../../src/analytics/gap-analysis.js';
import { buildTieGraph, type ProjectedStakeholder, type TieGraph } from '../../../src/analytics/projection.js';
import type { Helix } from '../../../src/domain/vocabulary.js';

/** A tie graph from an edge list; helices default to COMMUNITY; weights default to 1. */
export function graphOf(edges: Array<[string, string, number?]>, helices: Record<string, Helix> = {}, extra: Partial<Record<string, Partial<ProjectedStakeholder>>> = {}): TieGraph {
  const ids = [...new Set(edges.flatMap(([a, b]) => [a, b])), ...Object.keys(helices)];
  return buildTieGraph(
    {
      stakeholders: [...new Set(ids)].map((id) => ({ id, name: id.toUpperCase(), helix: helices[id] ?? 'COMMUNITY', kind: 'NGO', ancestors: [], regions: [], ...extra[id] })),
      ties: edges.map(([source, target, weight]) => ({ source, target, weight: weight ?? 1, collaborations: 1, programs: 0, evidence: 1, lastActiveOn: '2025-01-01' })),
    },
    new Date('2025-06-01'),
  );
}

/** A deterministic random graph (each node ties to a few earlier ones, preferring busy ones). */
export function randomGraph(n: number, perNode: number, seed: number): TieGraph {
  let a = seed;
  const random = () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
  const edges: Array<[string, string]> = [];
  const endpoints: string[] = ['n0'];
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < perNode; j++) {
      const target = endpoints[Math.floor(random() * endpoints.length)]!;
      if (target !== `n${i}`) edges.push([`n${i}`, target]);
      endpoints.push(target);
    }
    endpoints.push(`n${i}`);
  }
  return graphOf(edges);
}

/** A tie graph in the engine's compact form (node order kept, each row sorted by neighbour), as the gap analysis reads it. */
export function networkOf(graph: TieGraph): GapNetwork {
  const csr = toCsr(graph);
  for (let u = 0; u < csr.ids.length; u++) {
    const from = csr.offsets[u]!;
    const row = Array.from(csr.targets.subarray(from, csr.offsets[u + 1]), (v, i) => [v, csr.weights[from + i]!] as const).sort((x, y) => x[0] - y[0]);
    row.forEach(([v, w], i) => {
      csr.targets[from + i] = v;
      csr.weights[from + i] = w;
    });
  }
  return { csr, stakeholders: csr.ids.map((id) => graph.getNodeAttributes(id)) };
}
